"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.showSchedule = showSchedule;
exports.changeRule = changeRule;
exports.changeReminders = changeReminders;
exports.moveNextMeeting = moveNextMeeting;
exports.cancelNextMeeting = cancelNextMeeting;
/**
 * The schedule commands (committee only, each audited): "lịch" shows what the
 * scheduler will send; "lịch ngày 5 14:00" / "lịch thứ Hai đầu tiên 19:30"
 * change the rule; "nhắc lịch 7 ngày, 1 ngày, 1 giờ" the reminders; "dời họp
 * 08/9/2025 14:00" moves the next meeting; "hủy họp [lý do]" cancels it.
 */
const errors_1 = require("../../core/errors");
const format_1 = require("../../core/format");
const labels_1 = require("../../scheduler/labels");
const offsets_1 = require("../../scheduler/offsets");
const schedule_view_1 = require("../../scheduler/schedule-view");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const describe_rule_1 = require("./describe-rule");
const parse_schedule_1 = require("./parse-schedule");
const schedule_changes_1 = require("./schedule-changes");
const DAY = 24 * 60 * 60_000;
function say(ctx, vi, en, tone = 'success') {
    return (0, results_1.replyWith)((0, results_1.messageView)(ctx.turn.locale, tone, ctx.turn.locale === 'vi' ? vi : en));
}
/** "lịch": the next 45 days of scheduled messages and the rule. */
async function showSchedule(ctx) {
    (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const locale = ctx.turn.locale;
    const now = ctx.clock.now();
    const items = (await (0, schedule_view_1.planSchedule)(ctx.db, cell.id, now, new Date(now.getTime() + 45 * DAY))) ?? [];
    const lines = items.map((i) => `${(0, format_1.formatShortDate)(i.at, cell.timezone, locale)} ${(0, format_1.formatClock)(i.at, cell.timezone, locale)} – ${(0, labels_1.jobLabel)(i.job, locale)} (${(0, labels_1.jobStatusLabel)(i.status, locale)})`);
    const head = locale === 'vi' ? `Lịch sinh hoạt: ${(0, describe_rule_1.describeRule)(cell.meetingRule, locale)}.` : `Meeting rule: ${(0, describe_rule_1.describeRule)(cell.meetingRule, locale)}.`;
    const none = locale === 'vi' ? 'Không có thông báo, nhắc lịch nào trong 45 ngày tới.' : 'Nothing scheduled in the next 45 days.';
    return (0, results_1.replyWith)((0, results_1.messageView)(locale, 'info', [head, ...(lines.length > 0 ? lines : [none])].join('\n'), locale === 'vi' ? 'Lịch gửi thông báo, nhắc lịch' : 'Schedule'));
}
/** "lịch ngày 5 14:00 …": a new rule for the meetings not stored yet (stored ones are moved one by one). */
async function changeRule(ctx, text) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const rule = (0, parse_schedule_1.parseRuleText)(text);
    if (!rule)
        throw new errors_1.DomainError('input.invalid', text);
    const json = JSON.stringify(rule);
    await ctx.db.prisma.cell.update({ where: { id: cell.id }, data: { meetingRule: json } });
    await ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'schedule.rule_changed', subjectId: cell.id, data: JSON.stringify({ from: cell.meetingRule, to: json }) } });
    const described = (0, describe_rule_1.describeRule)(json, ctx.turn.locale);
    return say(ctx, `Đã cập nhật lịch sinh hoạt định kỳ: ${described}.`, `Meeting rule updated: ${described}.`);
}
/** "nhắc lịch 7 ngày, 1 ngày, 1 giờ": a week or more = the notice, half a day or more = members who have not answered, less = the join reminder. */
async function changeReminders(ctx, text) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const minutes = (0, parse_schedule_1.parseReminderText)(text);
    if (!minutes)
        throw new errors_1.DomainError('input.invalid', text);
    const current = (0, offsets_1.parseOffsets)(cell.reminderOffsets);
    const notice = minutes.filter((m) => m >= 7 * 1_440);
    const offsets = {
        ...current,
        noticeMinutesBefore: notice[0] ?? current.noticeMinutesBefore,
        rsvpMinutesBefore: minutes.filter((m) => m >= 720 && m < 7 * 1_440),
        joinMinutesBefore: minutes.filter((m) => m < 720),
    };
    await ctx.db.prisma.cell.update({ where: { id: cell.id }, data: { reminderOffsets: (0, offsets_1.offsetsJson)(offsets) } });
    await ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'schedule.reminders_changed', subjectId: cell.id, data: JSON.stringify({ minutes }) } });
    return say(ctx, `Đã cập nhật thời điểm nhắc lịch (${text.trim()}).`, `Reminders updated (${text.trim()}).`);
}
/** "dời họp 08/9/2025 14:00". */
async function moveNextMeeting(ctx, when) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const parsed = (0, parse_schedule_1.parseWhenText)(when, new Date(ctx.clock.now().getTime()).getUTCFullYear());
    if (!parsed)
        throw new errors_1.DomainError('input.invalid', when);
    const { meeting, corrected } = await (0, schedule_changes_1.moveMeeting)(ctx, cell, member.id, parsed[0], parsed[1]);
    const at = (0, format_1.formatMeetingTime)(meeting.startsAt, cell.timezone, ctx.turn.locale);
    return corrected
        ? say(ctx, `Đã dời kỳ sinh hoạt sang ${at}. Thông báo điều chỉnh sẽ được gửi tới chi bộ; các nhắc lịch được lập lại theo thời gian mới.`, `Meeting moved to ${at}; a correction goes to the cell and reminders follow the new time.`)
        : say(ctx, `Đã dời kỳ sinh hoạt sang ${at}; thông báo và nhắc lịch sẽ theo thời gian mới.`, `Meeting moved to ${at}; the notice and reminders follow the new time.`);
}
/** "hủy họp [lý do …]". */
async function cancelNextMeeting(ctx, reason) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const { meeting, announced } = await (0, schedule_changes_1.cancelMeeting)(ctx, cell, member.id, reason ?? null);
    const at = (0, format_1.formatMeetingTime)(meeting.startsAt, cell.timezone, ctx.turn.locale);
    const tail = announced ? (ctx.turn.locale === 'vi' ? ' Thông báo hủy sẽ được gửi tới chi bộ.' : ' A cancellation notice goes to the cell.') : '';
    return say(ctx, `Đã hủy kỳ sinh hoạt dự kiến vào ${at}; không gửi nhắc lịch cho kỳ này.${tail}`, `Meeting of ${at} cancelled; no reminders will be sent for it.${tail}`, 'warning');
}
//# sourceMappingURL=index.js.map