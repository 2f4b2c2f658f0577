"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.castVote = castVote;
/** Members vote with the card buttons or by text; probationary members' words are kept as opinions. */
const errors_1 = require("../../core/errors");
const voting_1 = require("../../core/voting");
const mappers_1 = require("../../store/mappers");
const attendance_data_1 = require("../attendance/attendance-data");
const card_keys_1 = require("../shared/card-keys");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const ballot_store_1 = require("./ballot-store");
const motion_queries_1 = require("./motion-queries");
const vote_view_1 = require("./vote-view");
const MAX_COMMENT = 1000;
async function recordOpinion(ctx, motion, member, text) {
    await ctx.db.prisma.$transaction(async (tx) => {
        const open = await tx.motion.count({ where: { id: motion.id, status: 'open' } });
        if (open !== 1)
            throw new errors_1.DomainError('motion.closed');
        await tx.opinion.create({ data: { motionId: motion.id, memberId: member.id, text, createdAt: ctx.clock.now() } });
        await tx.auditEvent.create({ data: { cellId: motion.meeting.cellId, actorMemberId: member.id, type: 'opinion.recorded', subjectId: motion.id } });
    });
}
function note(ctx, tone, vi, en) {
    return { kind: 'card', view: (0, results_1.messageView)(ctx.turn.locale, tone, ctx.turn.locale === 'vi' ? vi : en) };
}
async function answer(ctx, motionId, member, replies) {
    const fresh = await (0, motion_queries_1.findMotion)(ctx.db, motionId);
    if (!fresh)
        throw new errors_1.DomainError('motion.not_found');
    const { mine, shared } = await (0, vote_view_1.voteViewsFor)(ctx, fresh, member, ctx.turn.locale);
    return { replies, updatedCard: mine, refreshes: [{ cardKey: (0, card_keys_1.cardKey)('vote', motionId), view: shared }] };
}
/** Casts, changes or (for probationary members) records an opinion; everything else is refused with a reason. */
async function castVote(ctx, input) {
    const member = (0, context_1.requireMember)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const motion = input.motionId ? await (0, motion_queries_1.requireMotionOfCell)(ctx.db, cell.id, input.motionId) : await (0, motion_queries_1.requireOpenMotion)(ctx.db, cell.id);
    if (motion.status !== 'open')
        throw new errors_1.DomainError('motion.closed');
    const comment = input.comment?.trim().slice(0, MAX_COMMENT) || null;
    const presence = await (0, attendance_data_1.memberPresence)(ctx.db, motion.meeting, member);
    const eligibility = (0, voting_1.voterEligibility)((0, mappers_1.toRosterMember)(member), presence, (0, mappers_1.toCellRules)(cell));
    const isText = ctx.turn.event.kind === 'message';
    if (!eligibility.ok) {
        if (eligibility.code !== 'vote.not_eligible_probationary' || !comment)
            throw new errors_1.DomainError(eligibility.code);
        await recordOpinion(ctx, motion, member, comment);
        return answer(ctx, motion.id, member, [
            note(ctx, 'info', 'Ý kiến của đồng chí đã được ghi nhận riêng, không tính vào kết quả biểu quyết.', 'Your opinion was recorded apart; it does not count in the tally.'),
        ]);
    }
    if (input.choice === 'other' && !comment)
        throw new errors_1.DomainError('vote.comment_required');
    const outcome = await (0, ballot_store_1.recordBallot)(ctx.db, { cellId: cell.id, motionId: motion.id, memberId: member.id, choice: input.choice, comment, at: ctx.clock.now() });
    const replies = isText ? [note(ctx, 'success', outcome === 'changed' ? 'Đã ghi nhận thay đổi biểu quyết của đồng chí.' : 'Đã ghi nhận biểu quyết của đồng chí.', outcome === 'changed' ? 'Your changed vote was recorded.' : 'Your vote was recorded.')] : [];
    return answer(ctx, motion.id, member, replies);
}
//# sourceMappingURL=cast-vote.js.map