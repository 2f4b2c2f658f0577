/** Finding the meeting a command is about, and loading it with what the cards show. */
import { DomainError } from '../core/errors';
import type { Database } from '../store/database';

const ACTIVE_STATUSES = ['in_progress', 'announced', 'draft'];

export const meetingInclude = {
  agendaItems: { orderBy: { position: 'asc' } },
  guests: true,
  cell: true,
} as const;

/**
 * The cell's current meeting: the one in progress, else the earliest announced
 * or draft one (the next meeting being prepared).
 */
export async function findCurrentMeeting(db: Database, cellId: string) {
  const candidates = await db.prisma.meeting.findMany({
    where: { cellId, status: { in: ACTIVE_STATUSES } },
    orderBy: { startsAt: 'asc' },
    include: meetingInclude,
  });
  return candidates.find((m) => m.status === 'in_progress') ?? candidates[0] ?? null;
}

export async function requireCurrentMeeting(db: Database, cellId: string) {
  const meeting = await findCurrentMeeting(db, cellId);
  if (!meeting) throw new DomainError('meeting.none');
  return meeting;
}

/** A meeting of this cell by id (a meeting of another cell is "not found", never shown). */
export async function requireMeetingOfCell(db: Database, cellId: string, meetingId: string) {
  const meeting = await db.prisma.meeting.findUnique({ where: { id: meetingId }, include: meetingInclude });
  if (!meeting || meeting.cellId !== cellId) throw new DomainError('meeting.not_found');
  return meeting;
}

export type MeetingWithDetails = NonNullable<Awaited<ReturnType<typeof findCurrentMeeting>>>;

/** The most recent meeting of a period ("2025-09"), for summaries of a named month. */
export async function findMeetingOfPeriod(db: Database, cellId: string, period: string) {
  return db.prisma.meeting.findFirst({
    where: { cellId, period, status: { not: 'cancelled' } },
    orderBy: { startsAt: 'desc' },
  });
}

/** The latest meeting that was held or is being held, for "tóm tắt" without a month. */
export async function findLatestHeldMeeting(db: Database, cellId: string) {
  return db.prisma.meeting.findFirst({
    where: { cellId, status: { in: ['in_progress', 'closed'] } },
    orderBy: { startsAt: 'desc' },
  });
}
