"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingForNotes = meetingForNotes;
exports.requireRecorder = requireRecorder;
exports.requireChair = requireChair;
exports.findMemberByName = findMemberByName;
exports.audit = audit;
exports.say = say;
/**
 * Shared by speakers, tasks and targets: which meeting a note belongs to, who
 * may write it, how a typed name finds a roster member, and the audit trail.
 */
const errors_1 = require("../../core/errors");
const text_1 = require("../../core/text");
const context_1 = require("../shared/context");
const meeting_queries_1 = require("../meetings/meeting-queries");
/** The meeting in progress; after it closed, the latest held one (the minute-taker finishes the notes). */
async function meetingForNotes(ctx, meetingId) {
    const cell = (0, context_1.requireCell)(ctx);
    if (meetingId)
        return (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, meetingId);
    const current = await (0, meeting_queries_1.findCurrentMeeting)(ctx.db, cell.id);
    if (current?.status === 'in_progress')
        return current;
    const held = await (0, meeting_queries_1.findLatestHeldMeeting)(ctx.db, cell.id);
    if (!held)
        throw new errors_1.DomainError('rollcall.not_open');
    return (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, held.id);
}
/** The chair, the minute-taker of this meeting, or a committee member; anyone else is refused. */
function requireRecorder(ctx, meeting) {
    const member = (0, context_1.requireMember)(ctx);
    if ((0, context_1.memberIsCommittee)(member) || member.id === meeting.chairMemberId || member.id === meeting.minuteTakerMemberId)
        return member;
    throw new errors_1.DomainError('role.secretary_only');
}
/** The chair or a committee member (tasks and targets are the chair's to set). */
function requireChair(ctx, meeting) {
    const member = (0, context_1.requireMember)(ctx);
    if ((0, context_1.memberIsCommittee)(member) || (meeting !== null && member.id === meeting.chairMemberId))
        return member;
    throw new errors_1.DomainError('role.secretary_only');
}
/**
 * The roster member a typed name means: the exact full name (accents optional),
 * else the only member whose name ends with it ("Bảo" → "Phạm Quốc Bảo").
 */
async function findMemberByName(ctx, cellId, typed) {
    const wanted = (0, text_1.normalizeText)(typed);
    if (wanted === '')
        return null;
    const members = await ctx.db.prisma.member.findMany({ where: { cellId } });
    const exact = members.filter((m) => (0, text_1.normalizeText)(m.fullName) === wanted);
    if (exact.length === 1)
        return exact[0] ?? null;
    const suffix = members.filter((m) => (0, text_1.normalizeText)(m.fullName).endsWith(` ${wanted}`));
    return suffix.length === 1 ? (suffix[0] ?? null) : null;
}
/** One audit row per change a note makes. */
async function audit(ctx, actor, type, subjectId, data) {
    await ctx.db.prisma.auditEvent.create({ data: { cellId: actor.cellId, actorMemberId: actor.id, type, subjectId, data: JSON.stringify(data) } });
}
/** The locale's sentence, picked once. */
function say(ctx, vi, en) {
    return ctx.turn.locale === 'vi' ? vi : en;
}
//# sourceMappingURL=notes-context.js.map