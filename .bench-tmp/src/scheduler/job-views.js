"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rsvpReminder = rsvpReminder;
exports.joinReminder = joinReminder;
exports.voteReminder = voteReminder;
exports.movedNotice = movedNotice;
exports.cancelledNotice = cancelledNotice;
const format_1 = require("../core/format");
const mappers_1 = require("../store/mappers");
const meeting_details_1 = require("../features/meetings/meeting-details");
function meetingName(m, locale) {
    const kind = (0, format_1.meetingKindLabel)((0, mappers_1.toMeetingKind)(m.kind), locale);
    return locale === 'vi' ? `sinh hoạt chi bộ ${kind} ${(0, format_1.periodLabel)(m.period, locale)}` : `the ${kind} cell meeting of ${(0, format_1.periodLabel)(m.period, locale)}`;
}
function when(m, locale) {
    return (0, format_1.formatMeetingTime)(m.startsAt, m.timeZone, locale);
}
function venueLine(m, locale) {
    const venues = (0, meeting_details_1.parseVenues)(m.venues).map((v) => (v.joinUrl ? `${v.name} (${v.joinUrl})` : v.name));
    if (venues.length === 0)
        return '';
    return locale === 'vi' ? ` Địa điểm: ${venues.join('; ')}.` : ` Venue: ${venues.join('; ')}.`;
}
/** To a member who has not answered the notice. */
function rsvpReminder(m, locale) {
    const text = locale === 'vi'
        ? `Nhắc lịch: ${meetingName(m, locale)} vào ${when(m, locale)}. Đồng chí chưa báo tham dự; đề nghị đồng chí xác nhận tham dự, hoặc báo vắng và nêu rõ lý do.`
        : `Reminder: ${meetingName(m, locale)} at ${when(m, locale)}. You have not answered yet; please confirm, or send your apologies with a reason.`;
    return {
        type: 'message',
        locale,
        tone: 'info',
        title: locale === 'vi' ? 'Nhắc lịch' : 'Reminder',
        text,
        actions: [
            { verb: 'rsvp.answer', title: locale === 'vi' ? 'Tham dự' : 'Attend', data: { meetingId: m.id, answer: 'attend' }, style: 'positive' },
            { verb: 'rsvp.answer', title: locale === 'vi' ? 'Tham dự trực tuyến' : 'Attend online', data: { meetingId: m.id, answer: 'attend_online' } },
        ],
    };
}
/** To the cell shortly before the start, with the venue and join link. */
function joinReminder(m, locale) {
    const text = locale === 'vi'
        ? `Nhắc lịch: ${meetingName(m, locale)} bắt đầu vào ${when(m, locale)}.${venueLine(m, locale)} Đề nghị các đồng chí tham dự đầy đủ, đúng giờ.`
        : `Reminder: ${meetingName(m, locale)} starts at ${when(m, locale)}.${venueLine(m, locale)} Please be on time.`;
    return { type: 'message', locale, tone: 'info', title: locale === 'vi' ? 'Nhắc lịch' : 'Reminder', text };
}
/** To an official member who has not voted before the motion's deadline. */
function voteReminder(m, motionTitle, deadline, locale) {
    const at = (0, format_1.formatMeetingTime)(deadline, m.timeZone, locale);
    const text = locale === 'vi'
        ? `Nhắc biểu quyết: "${motionTitle}" (${meetingName(m, locale)}) kết thúc vào ${at}. Đồng chí chưa biểu quyết; đề nghị đồng chí biểu quyết trước thời hạn.`
        : `Vote reminder: "${motionTitle}" (${meetingName(m, locale)}) closes at ${at}. You have not voted yet.`;
    return { type: 'message', locale, tone: 'info', title: locale === 'vi' ? 'Nhắc biểu quyết' : 'Vote reminder', text };
}
/** To the cell when a meeting already announced is moved. */
function movedNotice(m, locale) {
    const text = locale === 'vi'
        ? `Thời gian ${meetingName(m, locale)} được điều chỉnh sang ${when(m, locale)}.${venueLine(m, locale)} Đề nghị các đồng chí lưu ý và tham dự đầy đủ, đúng giờ.`
        : `${meetingName(m, locale)} has been moved to ${when(m, locale)}.${venueLine(m, locale)}`;
    return { type: 'message', locale, tone: 'warning', title: locale === 'vi' ? 'THÔNG BÁO điều chỉnh lịch sinh hoạt' : 'Meeting moved', text };
}
/** To the cell when a meeting already announced is cancelled. */
function cancelledNotice(m, reason, locale) {
    const why = reason ? (locale === 'vi' ? ` Lý do: ${reason}.` : ` Reason: ${reason}.`) : '';
    const text = locale === 'vi'
        ? `Chi ủy thông báo: ${meetingName(m, locale)} dự kiến vào ${when(m, locale)} không tổ chức.${why} Lịch sinh hoạt tiếp theo sẽ được thông báo sau.`
        : `${meetingName(m, locale)} planned for ${when(m, locale)} is cancelled.${why} The next meeting will be announced.`;
    return { type: 'message', locale, tone: 'warning', title: locale === 'vi' ? 'THÔNG BÁO hủy kỳ sinh hoạt' : 'Meeting cancelled', text };
}
//# sourceMappingURL=job-views.js.map