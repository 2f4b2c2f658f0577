/** Members vote with the card buttons or by text; probationary members' words are kept as opinions. */
import { DomainError } from '../../core/errors';
import { voterEligibility } from '../../core/voting';
import type { VoteChoice } from '../../core/types';
import { toCellRules, toMemberStatus, toRosterMember } from '../../store/mappers';
import type { Cell, Member } from '../../store/rows';
import { effectivePresence } from '../attendance/attendance-data';
import { cardKey } from '../shared/card-keys';
import type { FeatureContext, MemberContext } from '../shared/context';
import { messageView } from '../shared/results';
import type { Reply, TurnResult } from '../turn';
import { recordBallot } from './ballot-store';
import { NO_TALLY_MEMO, type TallyFreshness } from './tally-memo';
import {
  findOpenMotionId,
  loadOpinions,
  requireBallotContext,
  type BallotLite,
  type VoteCardMotion,
} from './motion-queries';
import { voteViewsFor } from './vote-view';
import { say } from '../../core/wording/say';

export interface CastVoteInput {
  /** Absent for text votes: the cell's open motion. */
  readonly motionId?: string;
  readonly choice: VoteChoice;
  readonly comment?: string;
}

const MAX_COMMENT = 1000;

async function recordOpinion(
  ctx: FeatureContext,
  motion: { id: string; meeting: { cellId: string } },
  member: Member,
  text: string,
): Promise<void> {
  await ctx.db.prisma.$transaction(async (tx) => {
    const open = await tx.motion.count({ where: { id: motion.id, status: 'open' } });
    if (open !== 1) throw new DomainError('motion.closed');
    await tx.opinion.create({ data: { motionId: motion.id, memberId: member.id, text, createdAt: ctx.clock.now() } });
    await tx.auditEvent.create({
      data: { cellId: motion.meeting.cellId, actorMemberId: member.id, type: 'opinion.recorded', subjectId: motion.id },
    });
  });
}

function note(ctx: FeatureContext, tone: 'success' | 'info', vi: string, en: string): Reply {
  return { kind: 'card', view: messageView(ctx.turn.locale, tone, say(ctx.turn.locale, { vi, en })) };
}

/**
 * The member's card and the shared card after their press. The motion read before the write stands
 * (the write locked it open); only the tally is counted again.
 */
async function answer(
  ctx: FeatureContext,
  motion: VoteCardMotion,
  member: Member,
  ballot: BallotLite | null,
  replies: Reply[],
  freshness: TallyFreshness = 'exact',
): Promise<TurnResult> {
  const { mine, shared } = await voteViewsFor(ctx, motion, member, ballot, ctx.turn.locale, freshness);
  return { replies, updatedCard: mine, refreshes: [{ cardKey: cardKey('vote', motion.id), view: shared }] };
}

/** The pressed motion (or, for a text vote, the cell's open one) with what the press needs. */
async function loadPress(ctx: FeatureContext, cell: Cell, member: Member, motionId: string | undefined) {
  const id = motionId ?? (await findOpenMotionId(ctx.db, cell.id));
  if (id === null) throw new DomainError('motion.not_found');
  return requireBallotContext(ctx.db, cell, id, member.id);
}

/** Casts, changes or (for probationary members) records an opinion; everything else is refused with a reason. */
export async function castVote(ctx: MemberContext, input: CastVoteInput): Promise<TurnResult> {
  const { member, cell } = ctx;
  const { motion, attendance, hadBallot } = await loadPress(ctx, cell, member, input.motionId);
  if (motion.status !== 'open') throw new DomainError('motion.closed');
  const comment = input.comment?.trim().slice(0, MAX_COMMENT) || null;
  const presence = effectivePresence(motion.meeting, member, attendance);
  const eligibility = voterEligibility(toRosterMember(member), presence, toCellRules(cell));
  const isText = ctx.turn.event.kind === 'message';
  if (!eligibility.ok) {
    if (eligibility.code !== 'vote.not_eligible_probationary' || !comment) throw new DomainError(eligibility.code);
    await recordOpinion(ctx, motion, member, comment);
    return answer(ctx, { ...motion, opinions: await loadOpinions(ctx.db, motion.id) }, member, null, [
      note(
        ctx,
        'info',
        'Ý kiến của đồng chí đã được ghi nhận riêng, không tính vào kết quả biểu quyết.',
        'Your opinion was recorded apart; it does not count in the tally.',
      ),
    ]);
  }
  if (input.choice === 'other' && !comment) throw new DomainError('vote.comment_required');
  const memo = ctx.tallyMemo ?? NO_TALLY_MEMO;
  const beganSeq = memo.sequence();
  const outcome = await recordBallot(
    ctx.db,
    { cellId: cell.id, motionId: motion.id, memberId: member.id, choice: input.choice, comment, at: ctx.clock.now() },
    hadBallot,
  );
  const freshness: TallyFreshness =
    outcome === 'cast'
      ? {
          firstBallot: {
            status: toMemberStatus(member.status),
            presence,
            choice: input.choice,
            beganSeq,
            committedSeq: memo.sequence(),
          },
        }
      : 'exact';
  const replies = isText
    ? [
        note(
          ctx,
          'success',
          outcome === 'changed'
            ? 'Đã ghi nhận thay đổi biểu quyết của đồng chí.'
            : 'Đã ghi nhận biểu quyết của đồng chí.',
          outcome === 'changed' ? 'Your changed vote was recorded.' : 'Your vote was recorded.',
        ),
      ]
    : [];
  return answer(ctx, motion, member, { memberId: member.id, choice: input.choice, comment }, replies, freshness);
}
