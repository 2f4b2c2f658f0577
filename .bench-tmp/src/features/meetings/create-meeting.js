"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.showMeetingForm = showMeetingForm;
exports.createMeeting = createMeeting;
const format_1 = require("../../core/format");
const errors_1 = require("../../core/errors");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const meeting_form_input_1 = require("./meeting-form-input");
const types_1 = require("../../core/types");
const meeting_rule_1 = require("./meeting-rule");
const notice_view_1 = require("../notices/notice-view");
const meeting_queries_1 = require("./meeting-queries");
/** Puts back what was submitted (only known keys and valid choices), so a form with errors loses nothing. */
function refill(submitted) {
    const { kind, form, ...rest } = submitted;
    return {
        ...rest,
        ...(kind && types_1.MEETING_KINDS.includes(kind) ? { kind: kind } : {}),
        ...(form && types_1.MEETING_FORMS.includes(form) ? { form: form } : {}),
    };
}
async function formView(ctx, cell, errors, submitted = {}) {
    const rule = (0, meeting_rule_1.parseMeetingRule)(cell.meetingRule);
    const members = await ctx.db.prisma.member.findMany({
        where: { cellId: cell.id, status: { in: ['official', 'probationary'] } },
        orderBy: { fullName: 'asc' },
    });
    return {
        type: 'meeting.form',
        locale: ctx.turn.locale,
        cellName: cell.name,
        defaults: { date: (0, meeting_rule_1.suggestedMeetingDate)(rule, ctx.clock.now(), cell.timezone), time: rule.time, form: 'in_person', ...refill(submitted) },
        members: members.map((m) => ({ id: m.id, name: m.fullName })),
        ...(errors && errors.length > 0 ? { errors } : {}),
    };
}
/** Shows the new-meeting form to a committee member. */
async function showMeetingForm(ctx) {
    (0, context_1.requireCommittee)(ctx);
    return (0, results_1.replyWith)(await formView(ctx, (0, context_1.requireCell)(ctx)));
}
async function assertMembersOfCell(ctx, cellId, ids) {
    const wanted = ids.filter((id) => id !== undefined);
    const found = await ctx.db.prisma.member.count({ where: { cellId, id: { in: wanted } } });
    if (found !== new Set(wanted).size)
        throw new errors_1.DomainError('meeting.invalid', 'chủ trì / thư ký');
}
async function storeMeeting(ctx, cell, plan) {
    const startsAt = (0, format_1.localDateTimeToUtc)(plan.date, plan.time, cell.timezone);
    const meeting = await ctx.db.prisma.meeting.create({
        data: {
            cellId: cell.id,
            period: (0, format_1.periodOf)(startsAt, cell.timezone),
            kind: plan.kind,
            form: plan.form,
            startsAt,
            venues: JSON.stringify(plan.venues),
            documents: JSON.stringify(plan.documents),
            chairMemberId: plan.chairMemberId ?? null,
            minuteTakerMemberId: plan.minuteTakerMemberId ?? null,
            agendaItems: { create: plan.agenda.map((item, i) => ({ position: i + 1, title: item.title, presenter: item.presenter ?? null })) },
            guests: { create: plan.guests },
        },
    });
    return meeting.id;
}
/** Validates the submitted form and stores the meeting; a bad form comes back with its errors. */
async function createMeeting(ctx, data) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const parsed = (0, meeting_form_input_1.parseMeetingForm)(data);
    if (!parsed.ok)
        return (0, results_1.replyWith)(await formView(ctx, cell, parsed.errors, (0, meeting_form_input_1.submittedDefaults)(data)));
    await assertMembersOfCell(ctx, cell.id, [parsed.plan.chairMemberId, parsed.plan.minuteTakerMemberId]);
    const meetingId = await storeMeeting(ctx, cell, parsed.plan);
    await ctx.db.prisma.auditEvent.create({
        data: { cellId: cell.id, actorMemberId: member.id, type: 'meeting.created', subjectId: meetingId },
    });
    const meeting = await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, meetingId);
    const preview = await (0, notice_view_1.noticeViewFor)(ctx, meeting, null);
    const done = (0, results_1.messageView)(ctx.turn.locale, 'success', ctx.turn.locale === 'vi'
        ? 'Đã tạo kỳ sinh hoạt (bản nháp). Xem lại thông báo dưới đây rồi gõ "thông báo" hoặc bấm "Gửi thông báo" để gửi tới chi bộ.'
        : 'Meeting created (draft). Review the notice below, then type "notice" or press "Post notice" to send it to the cell.');
    return { replies: [{ kind: 'card', view: { ...done, actions: [postNoticeAction(ctx, meetingId)] } }, { kind: 'card', view: preview }], refreshes: [] };
}
function postNoticeAction(ctx, meetingId) {
    return {
        verb: 'notice.post',
        title: ctx.turn.locale === 'vi' ? 'Gửi thông báo' : 'Post notice',
        data: { meetingId },
    };
}
//# sourceMappingURL=create-meeting.js.map