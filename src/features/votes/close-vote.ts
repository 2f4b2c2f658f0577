/** "Kết thúc biểu quyết": the chair or committee closes the vote; the electorate and result are frozen. */
import { DomainError } from '../../core/errors';
import { toCellRules, toMotionKind } from '../../store/mappers';
import type { Member } from '../../store/rows';
import { loadMeetingAttendance } from '../attendance/attendance-data';
import { cardKey } from '../shared/card-keys';
import { memberIsCommittee, requireCell, requireMember, type FeatureContext } from '../shared/context';
import type { TurnResult } from '../turn';
import { lockOpenMotion } from './ballot-store';
import { findMotion, requireMotionOfCell, requireOpenMotion, type MotionWithDetails } from './motion-queries';
import { computeOutcome } from './vote-outcome';
import { voteViewsFor } from './vote-view';

function assertMayClose(member: Member, motion: MotionWithDetails): void {
  if (member.id !== motion.meeting.chairMemberId && !memberIsCommittee(member)) throw new DomainError('role.chair_only');
}

/** Freezes the outcome in the same transaction that locks the motion, so no ballot slips in after the snapshot. */
async function freeze(ctx: FeatureContext, motion: MotionWithDetails, member: Member): Promise<void> {
  // Presence is read before the transaction (it does not change the ballots); ballots are read under the lock.
  const attendance = await loadMeetingAttendance(ctx.db, motion.meeting);
  await ctx.db.prisma.$transaction(async (tx) => {
    await lockOpenMotion(tx, motion.id);
    const ballots = await tx.ballot.findMany({ where: { motionId: motion.id } });
    const outcome = computeOutcome(toMotionKind(motion.kind), attendance, ballots, toCellRules(motion.meeting.cell));
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
export async function closeVote(ctx: FeatureContext, motionId?: string): Promise<TurnResult> {
  const member = requireMember(ctx);
  const cell = requireCell(ctx);
  const motion = motionId ? await requireMotionOfCell(ctx.db, cell.id, motionId) : await requireOpenMotion(ctx.db, cell.id);
  assertMayClose(member, motion);
  if (motion.status !== 'open') throw new DomainError('motion.closed');
  await freeze(ctx, motion, member);
  const closed = await findMotion(ctx.db, motion.id);
  if (!closed) throw new DomainError('motion.not_found');
  const ballot = closed.ballots.find((b) => b.memberId === member.id) ?? null;
  const { mine, shared } = await voteViewsFor(ctx, closed, member, ballot, ctx.turn.locale);
  const key = cardKey('vote', motion.id);
  return {
    replies: [{ kind: 'text', text: shared.resultLines.join('\n') }],
    updatedCard: mine,
    refreshes: [{ cardKey: key, view: shared }],
  };
}
