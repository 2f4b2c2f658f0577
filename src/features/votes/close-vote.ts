/** "Kết thúc biểu quyết": the chair or committee closes the vote; the electorate and result are frozen. */
import { DomainError } from '../../core/errors';
import { formatClock } from '../../core/format';
import { toCellRules, toMotionKind } from '../../store/mappers';
import type { Member } from '../../store/rows';
import { loadMeetingAttendance } from '../attendance/attendance-data';
import { cardKey } from '../shared/card-keys';
import { memberIsCommittee, type FeatureContext, type MemberContext } from '../shared/context';
import type { TurnResult } from '../turn';
import { findMotion, findOpenMotionId, requireMotionOfCell, type MotionWithDetails } from './motion-queries';
import { computeOutcome } from './vote-outcome';
import { voteViewsFor } from './vote-view';
import { say } from '../../core/wording/say';
import { VOTE_NOTE_WORDING } from '../../core/wording/votes';

function assertMayClose(member: Member, motion: MotionWithDetails): void {
  if (member.id !== motion.meeting.chairMemberId && !memberIsCommittee(member))
    throw new DomainError('role.chair_only');
}

/** A second close changes nothing and says so, with when the vote was closed ("«…», lúc 14 giờ 35"). */
function alreadyClosed(
  ctx: FeatureContext,
  motion: Pick<MotionWithDetails, 'title' | 'closedAt'> & { meeting: { cell: { timezone: string } } },
): DomainError {
  const at = motion.closedAt ? formatClock(motion.closedAt, motion.meeting.cell.timezone, ctx.turn.locale) : '';
  const when = at === '' ? '' : say(ctx.turn.locale, VOTE_NOTE_WORDING.closedAt, { at });
  return new DomainError('motion.already_closed', `«${motion.title}»${when}`);
}

/** Freezes the outcome in the same transaction that locks the motion, so no ballot slips in after the snapshot. */
async function freeze(ctx: FeatureContext, motion: MotionWithDetails, member: Member): Promise<void> {
  // Presence is read before the transaction (it does not change the ballots); ballots are read under the lock.
  const attendance = await loadMeetingAttendance(ctx.db, motion.meeting);
  await ctx.db.prisma.$transaction(async (tx) => {
    // The lock is the close's own: a close that lost a race to another close is told the vote is closed already.
    const locked = await tx.motion.updateMany({ where: { id: motion.id, status: 'open' }, data: { status: 'open' } });
    if (locked.count !== 1) throw new DomainError('motion.already_closed');
    const ballots = await tx.ballot.findMany({ where: { motionId: motion.id } });
    const outcome = computeOutcome(toMotionKind(motion.kind), attendance, ballots, toCellRules(motion.meeting.cell));
    const now = ctx.clock.now();
    await tx.motion.update({
      where: { id: motion.id },
      data: {
        status: 'closed',
        closedAt: now,
        closedByMemberId: member.id,
        passed: outcome.passed,
        resultSnapshot: JSON.stringify(outcome),
      },
    });
    await tx.auditEvent.create({
      data: {
        cellId: motion.meeting.cellId,
        actorMemberId: member.id,
        type: 'motion.closed',
        subjectId: motion.id,
        data: JSON.stringify(outcome),
      },
    });
  });
}

/** The pressed motion, or the cell's open one; with none open, the last closed one (a second "kết thúc" is told it is done). */
async function motionToClose(
  ctx: FeatureContext,
  cellId: string,
  motionId: string | undefined,
): Promise<MotionWithDetails> {
  if (motionId) return requireMotionOfCell(ctx.db, cellId, motionId);
  const openId = await findOpenMotionId(ctx.db, cellId);
  if (openId !== null) return requireMotionOfCell(ctx.db, cellId, openId);
  const last = await ctx.db.prisma.motion.findFirst({
    where: { status: 'closed', meeting: { cellId } },
    orderBy: { closedAt: 'desc' },
    select: { id: true },
  });
  if (!last) throw new DomainError('motion.not_found');
  return requireMotionOfCell(ctx.db, cellId, last.id);
}

/** Closes the named (or the cell's open) motion and posts the result in the Party's wording; a second close says it is done. */
export async function closeVote(ctx: MemberContext, motionId?: string): Promise<TurnResult> {
  const { member, cell } = ctx;
  const motion = await motionToClose(ctx, cell.id, motionId);
  assertMayClose(member, motion);
  if (motion.status !== 'open') throw alreadyClosed(ctx, motion);
  try {
    await freeze(ctx, motion, member);
  } catch (error) {
    if (!(error instanceof DomainError) || error.code !== 'motion.already_closed') throw error;
    const closed = await findMotion(ctx.db, motion.id);
    throw alreadyClosed(ctx, closed ?? motion);
  }
  const closed = await findMotion(ctx.db, motion.id);
  if (!closed) throw new DomainError('motion.not_found');
  const ballot = closed.ballots.find((b) => b.memberId === member.id) ?? null;
  const { mine, shared } = await voteViewsFor(ctx, closed, member, ballot, ctx.turn.locale);
  const key = cardKey('vote', motion.id);
  return {
    replies: [{ kind: 'text', text: shared.resultLines.join('\n'), audience: 'public' }],
    updatedCard: mine,
    refreshes: [{ cardKey: key, view: shared }],
  };
}
