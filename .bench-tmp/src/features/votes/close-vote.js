"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.closeVote = closeVote;
/** "Kết thúc biểu quyết": the chair or committee closes the vote; the electorate and result are frozen. */
const errors_1 = require("../../core/errors");
const mappers_1 = require("../../store/mappers");
const attendance_data_1 = require("../attendance/attendance-data");
const card_keys_1 = require("../shared/card-keys");
const context_1 = require("../shared/context");
const ballot_store_1 = require("./ballot-store");
const motion_queries_1 = require("./motion-queries");
const vote_outcome_1 = require("./vote-outcome");
const vote_view_1 = require("./vote-view");
function assertMayClose(member, motion) {
    if (member.id !== motion.meeting.chairMemberId && !(0, context_1.memberIsCommittee)(member))
        throw new errors_1.DomainError('role.chair_only');
}
/** Freezes the outcome in the same transaction that locks the motion, so no ballot slips in after the snapshot. */
async function freeze(ctx, motion, member) {
    // Presence is read before the transaction (it does not change the ballots); ballots are read under the lock.
    const attendance = await (0, attendance_data_1.loadMeetingAttendance)(ctx.db, motion.meeting);
    await ctx.db.prisma.$transaction(async (tx) => {
        await (0, ballot_store_1.lockOpenMotion)(tx, motion.id);
        const ballots = await tx.ballot.findMany({ where: { motionId: motion.id } });
        const outcome = (0, vote_outcome_1.computeOutcome)((0, mappers_1.toMotionKind)(motion.kind), attendance, ballots, (0, mappers_1.toCellRules)(motion.meeting.cell));
        const now = ctx.clock.now();
        await tx.motion.update({
            where: { id: motion.id },
            data: { status: 'closed', closedAt: now, closedByMemberId: member.id, passed: outcome.passed, resultSnapshot: JSON.stringify(outcome) },
        });
        await tx.auditEvent.create({
            data: { cellId: motion.meeting.cellId, actorMemberId: member.id, type: 'motion.closed', subjectId: motion.id, data: JSON.stringify(outcome) },
        });
    });
}
/** Closes the named (or the cell's open) motion and posts the result in the Party's wording. */
async function closeVote(ctx, motionId) {
    const member = (0, context_1.requireMember)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const motion = motionId ? await (0, motion_queries_1.requireMotionOfCell)(ctx.db, cell.id, motionId) : await (0, motion_queries_1.requireOpenMotion)(ctx.db, cell.id);
    assertMayClose(member, motion);
    if (motion.status !== 'open')
        throw new errors_1.DomainError('motion.closed');
    await freeze(ctx, motion, member);
    const closed = await (0, motion_queries_1.findMotion)(ctx.db, motion.id);
    if (!closed)
        throw new errors_1.DomainError('motion.not_found');
    const { mine, shared } = await (0, vote_view_1.voteViewsFor)(ctx, closed, member, ctx.turn.locale);
    const key = (0, card_keys_1.cardKey)('vote', motion.id);
    return {
        replies: [{ kind: 'text', text: shared.resultLines.join('\n') }],
        updatedCard: mine,
        refreshes: [{ cardKey: key, view: shared }],
    };
}
//# sourceMappingURL=close-vote.js.map