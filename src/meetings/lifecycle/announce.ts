/**
 * draft → announced: the one step that turns a draft meeting into an
 * announced one — "Gửi thông báo" and the notice job both call it. The change is a
 * conditional update (only a draft becomes announced), so of two presses at
 * once, or a press and the scheduler, exactly one posts the notice; the
 * others learn when it was posted and post nothing.
 */
import type { Database } from '../../store/database';
import { auditActor, type TransitionBy } from './by';

/** Who announces: a member pressing or typing, or the scheduler's occurrence (its ledger key). */
export type Announcer = TransitionBy;

export type AnnounceOutcome =
  /** This call announced the meeting: its caller posts the notice. */
  | { readonly announced: true; readonly postedAt: Date }
  /** Someone announced it before (postedAt), or the meeting is no longer a draft: nothing is posted again. */
  | { readonly announced: false; readonly postedAt: Date | null; readonly status: string };

/** Marks a draft meeting announced, with its audit row, in one transaction; says what happened. */
export async function announceMeeting(
  db: Database,
  cellId: string,
  meetingId: string,
  announcer: Announcer,
  now: Date,
): Promise<AnnounceOutcome> {
  const won = await db.prisma.$transaction(async (tx) => {
    const changed = await tx.meeting.updateMany({
      where: { id: meetingId, cellId, status: 'draft' },
      data: { status: 'announced', noticePostedAt: now },
    });
    if (changed.count !== 1) return false;
    await tx.auditEvent.create({
      data: { cellId, type: 'notice.posted', subjectId: meetingId, ...auditActor(announcer) },
    });
    return true;
  });
  if (won) return { announced: true, postedAt: now };
  const meeting = await db.prisma.meeting.findUnique({
    where: { id: meetingId },
    select: { status: true, noticePostedAt: true },
  });
  return { announced: false, postedAt: meeting?.noticePostedAt ?? null, status: meeting?.status ?? 'cancelled' };
}

/** Whether the scheduler occurrence `key` is the one that announced the meeting (a resumed run posts what it began). */
export async function announcedBySchedulerKey(db: Database, meetingId: string, key: string): Promise<boolean> {
  const events = await db.prisma.auditEvent.findMany({
    where: { subjectId: meetingId, type: 'notice.posted', actorMemberId: null },
    select: { data: true },
  });
  return events.some((event) => {
    const data = JSON.parse(event.data) as { key?: unknown };
    return data.key === key;
  });
}
