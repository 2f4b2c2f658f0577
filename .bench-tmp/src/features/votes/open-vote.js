"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openVote = openVote;
/** "Biểu quyết <nội dung>": the chair or committee puts a motion to an open vote in chat. */
const errors_1 = require("../../core/errors");
const voting_1 = require("../../core/voting");
const card_keys_1 = require("../shared/card-keys");
const context_1 = require("../shared/context");
const meeting_queries_1 = require("../meetings/meeting-queries");
const motion_queries_1 = require("./motion-queries");
const vote_view_1 = require("./vote-view");
/** Opens a motion (secret-ballot matters are refused) and answers with the shared vote card. */
async function openVote(ctx, input) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const kind = input.kind;
    (0, voting_1.assertOpenableInChat)(kind);
    const title = input.title.trim();
    if (title.length === 0 || title.length > 500)
        throw new errors_1.DomainError('input.invalid', 'nội dung biểu quyết');
    const meeting = input.meetingId ? await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, input.meetingId) : await (0, meeting_queries_1.requireCurrentMeeting)(ctx.db, cell.id);
    if (meeting.status === 'closed' || meeting.status === 'cancelled')
        throw new errors_1.DomainError('meeting.closed');
    if (await (0, motion_queries_1.findOpenMotion)(ctx.db, cell.id))
        throw new errors_1.DomainError('motion.already_open');
    const created = await ctx.db.prisma.motion.create({
        data: { meetingId: meeting.id, title, kind, openedByMemberId: member.id, openedAt: ctx.clock.now() },
    });
    await ctx.db.prisma.auditEvent.create({
        data: { cellId: cell.id, actorMemberId: member.id, type: 'motion.opened', subjectId: created.id, data: JSON.stringify({ title, kind }) },
    });
    const motion = await (0, motion_queries_1.findMotion)(ctx.db, created.id);
    if (!motion)
        throw new Error(`motion ${created.id} vanished after create`);
    const shared = await (0, vote_view_1.voteViewFor)(ctx, motion, null, ctx.turn.locale);
    const key = (0, card_keys_1.cardKey)('vote', motion.id);
    return { replies: [{ kind: 'card', view: shared, cardKey: key }], refreshes: [] };
}
//# sourceMappingURL=open-vote.js.map