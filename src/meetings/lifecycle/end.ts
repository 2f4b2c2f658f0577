/**
 * in progress → closed ("bế mạc"): done once. A conditional update of the
 * meeting still in progress, with its audit row in the same transaction, so
 * a second close (or one racing the first) changes nothing.
 */
import type { Database } from '../../store/database';
import { auditActor, type TransitionBy } from './by';

/** Closes a meeting in progress at `now`; false when it was not in progress any more (nothing changed). */
export async function endMeeting(
  db: Database,
  cellId: string,
  meetingId: string,
  by: TransitionBy,
  now: Date,
): Promise<boolean> {
  return db.prisma.$transaction(async (tx) => {
    const closed = await tx.meeting.updateMany({
      where: { id: meetingId, cellId, status: 'in_progress' },
      data: { status: 'closed', endedAt: now },
    });
    if (closed.count !== 1) return false;
    await tx.auditEvent.create({ data: { cellId, type: 'meeting.closed', subjectId: meetingId, ...auditActor(by) } });
    return true;
  });
}
