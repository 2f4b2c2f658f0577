"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openRollCall = openRollCall;
exports.checkIn = checkIn;
/** "Điểm danh": the committee opens the roll call (the meeting starts); members answer "Có mặt". */
const errors_1 = require("../../core/errors");
const card_keys_1 = require("../shared/card-keys");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const meeting_queries_1 = require("../meetings/meeting-queries");
const rsvp_1 = require("./rsvp");
const rollcall_view_1 = require("./rollcall-view");
const mappers_1 = require("../../store/mappers");
/** Starts the meeting and posts the shared roll-call card. */
async function openRollCall(ctx, meetingId) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const meeting = meetingId ? await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, meetingId) : await (0, meeting_queries_1.requireCurrentMeeting)(ctx.db, cell.id);
    if (meeting.status === 'closed' || meeting.status === 'cancelled')
        throw new errors_1.DomainError('meeting.closed');
    if (meeting.status !== 'in_progress') {
        await ctx.db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'in_progress', startedAt: ctx.clock.now() } });
        await ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'rollcall.opened', subjectId: meeting.id } });
    }
    const fresh = await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, meeting.id);
    const shared = await (0, rollcall_view_1.rollCallViewFor)(ctx, fresh, null, ctx.turn.locale);
    return { replies: [{ kind: 'card', view: shared, cardKey: (0, card_keys_1.cardKey)('rollcall', meeting.id) }], refreshes: [] };
}
/** Records the member present (at a venue, when the meeting has several) and refreshes the counts. */
async function checkIn(ctx, input) {
    const member = (0, context_1.requireMember)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const status = (0, mappers_1.toMemberStatus)(member.status);
    if (status === 'attached_out' || status === 'suspended')
        throw new errors_1.DomainError('member.not_invited');
    const meeting = input.meetingId ? await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, input.meetingId) : await (0, meeting_queries_1.requireCurrentMeeting)(ctx.db, cell.id);
    if (meeting.status !== 'in_progress')
        throw new errors_1.DomainError('rollcall.not_open');
    const venue = (0, rsvp_1.matchVenue)(meeting, input.venue);
    const fields = { presence: 'present', presenceVenue: venue, presenceReason: null, checkedInAt: ctx.clock.now() };
    await ctx.db.prisma.attendance.upsert({
        where: { meetingId_memberId: { meetingId: meeting.id, memberId: member.id } },
        create: { meetingId: meeting.id, memberId: member.id, ...fields },
        update: fields,
    });
    const [mine, shared] = await Promise.all([(0, rollcall_view_1.rollCallViewFor)(ctx, meeting, member, ctx.turn.locale), (0, rollcall_view_1.rollCallViewFor)(ctx, meeting, null, ctx.turn.locale)]);
    const replies = ctx.turn.event.kind === 'message'
        ? [{ kind: 'card', view: (0, results_1.messageView)(ctx.turn.locale, 'success', ctx.turn.locale === 'vi' ? 'Đã ghi nhận đồng chí có mặt.' : 'You are recorded as present.') }]
        : [];
    return { replies, updatedCard: mine, refreshes: [{ cardKey: (0, card_keys_1.cardKey)('rollcall', meeting.id), view: shared }] };
}
//# sourceMappingURL=rollcall.js.map