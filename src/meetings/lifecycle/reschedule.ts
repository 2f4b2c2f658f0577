/**
 * draft or announced → moved (a new start) or cancelled, and the ledger work
 * that follows: the old occurrences still ahead are recorded 'cancelled' (so
 * they never go out and the CLI shows why), and when members were already
 * told, a correction is queued for the scheduler's next tick.
 */
import { DomainError } from '../../core/errors';
import { parseOffsets } from '../../core/reminder-offsets';
import { jobKey, meetingOccurrences, type PlanMeeting } from '../../core/schedule-plan';
import type { Database } from '../../store/database';
import type { Cell, Meeting } from '../../store/rows';
import { closeOccurrence, planOccurrence } from '../job-ledger';
import type { TransitionBy } from './by';

/** The statuses a meeting may be moved or cancelled from. */
export const CHANGEABLE_STATUSES: readonly string[] = ['draft', 'announced'];

/** Only a committee member moves or cancels a meeting (the scheduler never does). */
type MemberBy = Extract<TransitionBy, { memberId: string }>;
type RuleCell = Pick<Cell, 'id' | 'reminderOffsets'>;

function planMeeting(m: Meeting): PlanMeeting {
  return {
    id: m.id,
    period: m.period,
    kind: m.kind,
    status: m.status,
    startsAt: m.startsAt,
    plannedMinutes: m.plannedMinutes,
    virtual: false,
  };
}

/** Refuses a change to a meeting that was held or cancelled. */
export function assertChangeable(meeting: Meeting): void {
  if (!CHANGEABLE_STATUSES.includes(meeting.status)) throw new DomainError('meeting.closed');
}

/** Records the meeting's occurrences still ahead as cancelled. */
async function cancelAhead(db: Database, cell: RuleCell, meeting: Meeting, now: Date): Promise<number> {
  const motions = await db.prisma.motion.findMany({
    where: { meetingId: meeting.id },
    select: { id: true, meetingId: true, deadline: true, status: true },
  });
  const ahead = meetingOccurrences(cell.id, planMeeting(meeting), motions, parseOffsets(cell.reminderOffsets)).filter(
    (o) => o.at > now,
  );
  for (const o of ahead) await closeOccurrence(db, o, 'cancelled', now);
  return ahead.length;
}

/** Moves a meeting to `startsAt`; a correction follows when its notice was sent (`corrected`). */
export async function rescheduleMeeting(
  db: Database,
  cell: RuleCell,
  meeting: Meeting,
  startsAt: Date,
  by: MemberBy,
  now: Date,
): Promise<{ meeting: Meeting; corrected: boolean }> {
  assertChangeable(meeting);
  await cancelAhead(db, cell, meeting, now);
  const moved = await db.prisma.meeting.update({ where: { id: meeting.id }, data: { startsAt } });
  // Moving back to a time used before: its occurrences were cancelled by the first move; plan them again.
  const again = meetingOccurrences(cell.id, planMeeting(moved), [], parseOffsets(cell.reminderOffsets));
  await db.prisma.jobRun.deleteMany({ where: { key: { in: again.map((o) => o.key) }, status: 'cancelled' } });
  const change = { from: meeting.startsAt.toISOString(), to: startsAt.toISOString() };
  await db.prisma.auditEvent.create({
    data: {
      cellId: cell.id,
      actorMemberId: by.memberId,
      type: 'meeting.moved',
      subjectId: meeting.id,
      data: JSON.stringify(change),
    },
  });
  const corrected = meeting.noticePostedAt !== null;
  if (corrected) {
    // Members already have the notice: the correction replaces a second notice at the new time.
    const notice = again.find((o) => o.job === 'notice');
    if (notice) await closeOccurrence(db, notice, 'cancelled', now);
    const key = jobKey('meeting.moved', cell.id, meeting.id, startsAt);
    await planOccurrence(db, { key, job: 'meeting.moved', cellId: cell.id, meetingId: meeting.id, at: now }, now);
  }
  return { meeting: moved, corrected };
}

/** Cancels a meeting: nothing more is sent for it, and a cancellation notice goes out when it was announced. */
export async function cancelScheduledMeeting(
  db: Database,
  cell: RuleCell,
  meeting: Meeting,
  reason: string | null,
  by: MemberBy,
  now: Date,
): Promise<{ meeting: Meeting; announced: boolean }> {
  assertChangeable(meeting);
  await cancelAhead(db, cell, meeting, now);
  const cancelled = await db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'cancelled' } });
  await db.prisma.auditEvent.create({
    data: {
      cellId: cell.id,
      actorMemberId: by.memberId,
      type: 'meeting.cancelled',
      subjectId: meeting.id,
      data: JSON.stringify({ reason }),
    },
  });
  const announced = meeting.noticePostedAt !== null;
  if (announced) {
    const key = jobKey('meeting.cancelled', cell.id, meeting.id, meeting.startsAt);
    await planOccurrence(db, { key, job: 'meeting.cancelled', cellId: cell.id, meetingId: meeting.id, at: now }, now);
  }
  return { meeting: cancelled, announced };
}
