"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matchVenue = matchVenue;
exports.assertOpenForAnswers = assertOpenForAnswers;
exports.answerRsvp = answerRsvp;
/** Members answer the notice: attend, attend online from a venue, or excused with a reason. */
const errors_1 = require("../../core/errors");
const text_1 = require("../../core/text");
const mappers_1 = require("../../store/mappers");
const card_keys_1 = require("../shared/card-keys");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const meeting_details_1 = require("../meetings/meeting-details");
const meeting_queries_1 = require("../meetings/meeting-queries");
const notice_view_1 = require("../notices/notice-view");
/** Members who are neither summoned nor allowed to attend cannot answer (attached elsewhere, suspended). */
function assertMayAttend(member) {
    const status = (0, mappers_1.toMemberStatus)(member.status);
    if (status === 'attached_out' || status === 'suspended')
        throw new errors_1.DomainError('member.not_invited');
}
/** Matches a typed venue to the notice's venues, accent-insensitively; unknown venues are refused. */
function matchVenue(meeting, typed) {
    if (!typed || typed.trim() === '')
        return null;
    const wanted = (0, text_1.normalizeText)(typed);
    const venue = (0, meeting_details_1.parseVenues)(meeting.venues).find((v) => (0, text_1.normalizeText)(v.name) === wanted || (0, text_1.normalizeText)(v.name).includes(wanted));
    if (!venue)
        throw new errors_1.DomainError('rsvp.venue_unknown', typed);
    return venue.name;
}
function assertOpenForAnswers(meeting) {
    if (meeting.status === 'closed' || meeting.status === 'cancelled')
        throw new errors_1.DomainError('meeting.closed');
    if (meeting.status === 'draft')
        throw new errors_1.DomainError('meeting.not_announced');
}
function confirmation(ctx, input, venue) {
    const vi = ctx.turn.locale === 'vi';
    if (input.answer === 'excused')
        return vi ? `Đã ghi nhận đồng chí xin vắng, lý do: ${input.reason}.` : `Recorded: excused, reason: ${input.reason}.`;
    const where = venue ? (vi ? ` – điểm cầu ${venue}` : ` – venue ${venue}`) : '';
    if (input.answer === 'attend_online')
        return vi ? `Đã ghi nhận đồng chí tham dự trực tuyến${where}.` : `Recorded: attending online${where}.`;
    return vi ? `Đã ghi nhận đồng chí tham dự${where}.` : `Recorded: attending${where}.`;
}
/** Stores the member's answer (changeable until the meeting ends) and refreshes the notice. */
async function answerRsvp(ctx, input) {
    const member = (0, context_1.requireMember)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    assertMayAttend(member);
    const meeting = input.meetingId ? await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, input.meetingId) : await (0, meeting_queries_1.requireCurrentMeeting)(ctx.db, cell.id);
    assertOpenForAnswers(meeting);
    const reason = input.reason?.trim() ?? '';
    if (input.answer === 'excused' && reason === '')
        throw new errors_1.DomainError('rsvp.reason_required');
    const venue = input.answer === 'excused' ? null : matchVenue(meeting, input.venue);
    const now = ctx.clock.now();
    const fields = { rsvp: input.answer, rsvpVenue: venue, rsvpReason: input.answer === 'excused' ? reason.slice(0, 500) : null, rsvpAt: now };
    await ctx.db.prisma.attendance.upsert({
        where: { meetingId_memberId: { meetingId: meeting.id, memberId: member.id } },
        create: { meetingId: meeting.id, memberId: member.id, ...fields },
        update: fields,
    });
    await ctx.db.prisma.auditEvent.create({
        data: { cellId: cell.id, actorMemberId: member.id, type: 'rsvp.answered', subjectId: meeting.id, data: JSON.stringify(fields) },
    });
    const [mine, shared] = await Promise.all([(0, notice_view_1.noticeViewFor)(ctx, meeting, member), (0, notice_view_1.noticeViewFor)(ctx, meeting, null)]);
    const replies = ctx.turn.event.kind === 'message' ? [{ kind: 'card', view: (0, results_1.messageView)(ctx.turn.locale, 'success', confirmation(ctx, input, venue)) }] : [];
    return { replies, updatedCard: mine, refreshes: [{ cardKey: (0, card_keys_1.cardKey)('notice', meeting.id), view: shared }] };
}
//# sourceMappingURL=rsvp.js.map