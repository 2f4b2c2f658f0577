/**
 * announced (or draft) → in progress: the meeting starts once. The first
 * roll-call open, or the scheduler's roll-call job, moves it to in progress
 * and records when — the start the minutes write. A conditional update, so
 * two opens at once record one start and one audit row; the start and its
 * audit row commit together, so an open that lost the race and then looks for
 * the audit row finds it (openRollCall writes one only when none exists).
 */
import type { Database } from '../../store/database';
import { auditActor, type TransitionBy } from './by';

/** Starts a draft or announced meeting at `now`; false when it had already started (nothing changed). */
export async function startMeeting(
  db: Database,
  cellId: string,
  meetingId: string,
  by: TransitionBy,
  now: Date,
): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const started = await tx.meeting.updateMany({
      where: { id: meetingId, cellId, status: { in: ['draft', 'announced'] } },
      data: { status: 'in_progress', startedAt: now },
    });
    if (started.count !== 1) return false;
    await tx.auditEvent.create({ data: { cellId, type: 'rollcall.opened', subjectId: meetingId, ...auditActor(by) } });
    return true;
  });
}
