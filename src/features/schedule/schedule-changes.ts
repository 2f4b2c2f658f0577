/**
 * Moving or cancelling one meeting, and the ledger work that follows: the old
 * occurrences still ahead are recorded 'cancelled' (so they never go out and
 * the CLI shows why), and when members were already told, a correction is
 * queued for the scheduler's next tick.
 */
import { DomainError } from '../../core/errors';
import { localDateTimeToUtc } from '../../core/zoned-time';
import type { Database } from '../../store/database';
import type { Cell } from '../../store/rows';
import { closeOccurrence, planOccurrence } from '../../scheduler/ledger';
import { parseOffsets } from '../../core/reminder-offsets';
import { jobKey, meetingOccurrences, ruleMeetingId, type PlanMeeting } from '../../core/schedule-plan';
import { parseScheduleRule, suggestedMeetingDate } from '../../core/meeting-rule';
import type { Clock } from '../ports';

export interface ChangeServices {
  readonly db: Database;
  readonly clock: Clock;
}

const CHANGEABLE = ['draft', 'announced'];

type MeetingRow = NonNullable<Awaited<ReturnType<Database['prisma']['meeting']['findUnique']>>>;

function planMeeting(m: MeetingRow): PlanMeeting {
  return { id: m.id, period: m.period, kind: m.kind, status: m.status, startsAt: m.startsAt, plannedMinutes: m.plannedMinutes, virtual: false };
}

/** The meeting a change is about: the next one not yet held, else the rule's next meeting (stored now, as a draft). */
export async function meetingToChange(services: ChangeServices, cell: Cell): Promise<MeetingRow> {
  const upcoming = await services.db.prisma.meeting.findFirst({
    where: { cellId: cell.id, status: { in: CHANGEABLE }, startsAt: { gt: services.clock.now() } },
    orderBy: { startsAt: 'asc' },
  });
  if (upcoming) return upcoming;
  const rule = parseScheduleRule(cell.meetingRule);
  const date = suggestedMeetingDate(rule, services.clock.now(), cell.timezone);
  const period = date.slice(0, 7);
  const id = ruleMeetingId(cell.id, period);
  const existing = await services.db.prisma.meeting.findUnique({ where: { id } });
  if (existing) return existing;
  return services.db.prisma.meeting.create({ data: { id, cellId: cell.id, period, kind: 'regular', startsAt: localDateTimeToUtc(date, rule.time, cell.timezone) } });
}

/** Records the meeting's occurrences still ahead as cancelled. */
async function cancelAhead(services: ChangeServices, cell: Cell, meeting: MeetingRow): Promise<number> {
  const now = services.clock.now();
  const motions = await services.db.prisma.motion.findMany({ where: { meetingId: meeting.id }, select: { id: true, meetingId: true, deadline: true, status: true } });
  const ahead = meetingOccurrences(cell.id, planMeeting(meeting), motions, parseOffsets(cell.reminderOffsets)).filter((o) => o.at > now);
  for (const o of ahead) await closeOccurrence(services.db, o, 'cancelled', now);
  return ahead.length;
}

/** Moves one meeting to a new local date and time; a correction follows when its notice was sent. */
export async function moveMeeting(services: ChangeServices, cell: Cell, actorMemberId: string, date: string, time: string): Promise<{ meeting: MeetingRow; corrected: boolean }> {
  const meeting = await meetingToChange(services, cell);
  if (!CHANGEABLE.includes(meeting.status)) throw new DomainError('meeting.closed');
  const startsAt = localDateTimeToUtc(date, time, cell.timezone);
  const now = services.clock.now();
  if (startsAt <= now) throw new DomainError('meeting.invalid', date + ' ' + time);
  await cancelAhead(services, cell, meeting);
  const moved = await services.db.prisma.meeting.update({ where: { id: meeting.id }, data: { startsAt } });
  // Moving back to a time used before: its occurrences were cancelled by the first move; plan them again.
  const again = meetingOccurrences(cell.id, planMeeting(moved), [], parseOffsets(cell.reminderOffsets)).map((o) => o.key);
  await services.db.prisma.jobRun.deleteMany({ where: { key: { in: again }, status: 'cancelled' } });
  await services.db.prisma.auditEvent.create({
    data: { cellId: cell.id, actorMemberId, type: 'meeting.moved', subjectId: meeting.id, data: JSON.stringify({ from: meeting.startsAt.toISOString(), to: startsAt.toISOString() }) },
  });
  const corrected = meeting.noticePostedAt !== null;
  if (corrected) {
    // Members already have the notice: the correction replaces a second notice at the new time.
    const notice = meetingOccurrences(cell.id, planMeeting(moved), [], parseOffsets(cell.reminderOffsets)).find((o) => o.job === 'notice');
    if (notice) await closeOccurrence(services.db, notice, 'cancelled', now);
    const key = jobKey('meeting.moved', cell.id, meeting.id, startsAt);
    await planOccurrence(services.db, { key, job: 'meeting.moved', cellId: cell.id, meetingId: meeting.id, at: now }, now);
  }
  return { meeting: moved, corrected };
}

/** Cancels one meeting: nothing more is sent for it, and a cancellation notice goes out when it was announced. */
export async function cancelMeeting(services: ChangeServices, cell: Cell, actorMemberId: string, reason: string | null): Promise<{ meeting: MeetingRow; announced: boolean }> {
  const meeting = await meetingToChange(services, cell);
  if (!CHANGEABLE.includes(meeting.status)) throw new DomainError('meeting.closed');
  const now = services.clock.now();
  await cancelAhead(services, cell, meeting);
  const cancelled = await services.db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'cancelled' } });
  await services.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId, type: 'meeting.cancelled', subjectId: meeting.id, data: JSON.stringify({ reason }) } });
  const announced = meeting.noticePostedAt !== null;
  if (announced) {
    const key = jobKey('meeting.cancelled', cell.id, meeting.id, meeting.startsAt);
    await planOccurrence(services.db, { key, job: 'meeting.cancelled', cellId: cell.id, meetingId: meeting.id, at: now }, now);
  }
  return { meeting: cancelled, announced };
}
