"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.noticeViewFor = noticeViewFor;
const format_1 = require("../../core/format");
const statuses_1 = require("../../core/statuses");
const mappers_1 = require("../../store/mappers");
const context_1 = require("../shared/context");
const meeting_details_1 = require("../meetings/meeting-details");
const DAY_MS = 24 * 60 * 60 * 1000;
function countAnswers(members, attendances) {
    const invited = new Set(members.filter((m) => (0, statuses_1.isInvited)((0, mappers_1.toMemberStatus)(m.status))).map((m) => m.id));
    const counts = { attend: 0, attendOnline: 0, excused: 0, noAnswer: 0 };
    for (const row of attendances) {
        if (!invited.has(row.memberId))
            continue;
        const answer = (0, mappers_1.toRsvp)(row.rsvp);
        if (answer === 'attend')
            counts.attend += 1;
        else if (answer === 'attend_online')
            counts.attendOnline += 1;
        else if (answer === 'excused')
            counts.excused += 1;
    }
    counts.noAnswer = invited.size - counts.attend - counts.attendOnline - counts.excused;
    return counts;
}
function requestSentence(meeting, locale) {
    const deadline = (0, format_1.formatLongDate)(new Date(meeting.startsAt.getTime() - DAY_MS), meeting.cell.timezone, locale);
    return locale === 'vi'
        ? `Đề nghị các đồng chí tham dự đầy đủ, đúng giờ; trường hợp vắng mặt, đề nghị báo cáo đồng chí Bí thư và nêu rõ lý do trước ${deadline}.`
        : `Please attend in full and on time; if you cannot, tell the secretary with your reason before ${deadline}.`;
}
function committeeWarnings(meeting, locale) {
    const warnings = [];
    if (meeting.form !== 'in_person' && !meeting.cell.onlineApprovalRef) {
        warnings.push(locale === 'vi'
            ? 'Sinh hoạt trực tuyến cần có văn bản đồng ý của cấp ủy cấp trên (Hướng dẫn 03-HD/TW); chi bộ chưa lưu số, ngày văn bản.'
            : 'Online meetings need the upper committee’s approval (Guidance 03-HD/TW); the cell has no approval reference on file.');
    }
    if ((0, meeting_details_1.parseDocuments)(meeting.documents).some((d) => (0, meeting_details_1.isMarkedSecret)(d.title))) {
        warnings.push(locale === 'vi' ? 'Tài liệu mật chỉ được dẫn liên kết, không gửi tệp vào nhóm.' : 'Secret documents are linked only, never posted.');
    }
    return warnings;
}
function nameOf(members, id) {
    return members.find((m) => m.id === id)?.fullName;
}
function myAnswer(row) {
    const answer = (0, mappers_1.toRsvp)(row?.rsvp ?? null);
    if (!row || !answer)
        return undefined;
    return { answer, ...(row.rsvpVenue ? { venue: row.rsvpVenue } : {}), ...(row.rsvpReason ? { reason: row.rsvpReason } : {}) };
}
/** The notice as `viewer` sees it (their own answer marked); viewer null = the shared card. */
async function noticeViewFor(services, meeting, viewer) {
    const locale = services.turn.locale;
    const [members, attendances] = await Promise.all([
        services.db.prisma.member.findMany({ where: { cellId: meeting.cellId } }),
        services.db.prisma.attendance.findMany({ where: { meetingId: meeting.id } }),
    ]);
    const tz = meeting.cell.timezone;
    const kind = (0, format_1.meetingKindLabel)((0, mappers_1.toMeetingKind)(meeting.kind), locale);
    const chair = nameOf(members, meeting.chairMemberId);
    const minuteTaker = nameOf(members, meeting.minuteTakerMemberId);
    const mine = viewer ? myAnswer(attendances.find((a) => a.memberId === viewer.id)) : undefined;
    return {
        type: 'notice',
        locale,
        meetingId: meeting.id,
        cellName: meeting.cell.name,
        parentOrganisation: meeting.cell.parentOrganisation,
        heading: locale === 'vi' ? `THÔNG BÁO sinh hoạt chi bộ ${kind} ${(0, format_1.periodLabel)(meeting.period, locale)}` : `NOTICE: ${kind} cell meeting, ${(0, format_1.periodLabel)(meeting.period, locale)}`,
        when: (0, format_1.formatMeetingTime)(meeting.startsAt, tz, locale),
        formLabel: (0, format_1.formLabel)((0, mappers_1.toMeetingForm)(meeting.form), locale),
        venues: (0, meeting_details_1.parseVenues)(meeting.venues),
        agenda: meeting.agendaItems.map((item) => ({
            position: item.position,
            title: item.title,
            ...(item.presenter ? { presenter: item.presenter } : {}),
            ...(item.documentUrl ? { documentUrl: item.documentUrl } : {}),
        })),
        documents: (0, meeting_details_1.parseDocuments)(meeting.documents),
        guests: meeting.guests.map((g) => ({ name: g.name, position: g.position })),
        ...(chair ? { chair } : {}),
        ...(minuteTaker ? { minuteTaker } : {}),
        request: requestSentence(meeting, locale),
        counts: countAnswers(members, attendances),
        ...(mine ? { myAnswer: mine } : {}),
        cancelled: meeting.status === 'cancelled',
        ...(meeting.status === 'draft' ? { preview: true } : {}),
        warnings: viewer && (0, context_1.memberIsCommittee)(viewer) ? committeeWarnings(meeting, locale) : [],
    };
}
//# sourceMappingURL=notice-view.js.map