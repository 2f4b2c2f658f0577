/**
 * Moving or cancelling one meeting: which meeting ("the next one not yet
 * held"), then the lifecycle's transition (src/meetings/lifecycle), which
 * also records the old occurrences cancelled and queues the correction.
 */
import { DomainError } from '../../core/errors';
import { suggestedMeetingDate, parseScheduleRule } from '../../core/meeting-rule';
import { ruleMeetingId } from '../../core/schedule-plan';
import { localDateTimeToUtc } from '../../core/zoned-time';
import {
  assertChangeable,
  cancelScheduledMeeting,
  CHANGEABLE_STATUSES,
  rescheduleMeeting,
  storeRuleMeeting,
} from '../../meetings/lifecycle';
import type { Database } from '../../store/database';
import type { Cell, Meeting } from '../../store/rows';
import type { Clock } from '../ports';

export interface ChangeServices {
  readonly db: Database;
  readonly clock: Clock;
}

/** The meeting a change is about: the next one not yet held, else the rule's next meeting (stored now, as a draft). */
export async function meetingToChange(services: ChangeServices, cell: Cell): Promise<Meeting> {
  const upcoming = await services.db.prisma.meeting.findFirst({
    where: { cellId: cell.id, status: { in: [...CHANGEABLE_STATUSES] }, startsAt: { gt: services.clock.now() } },
    orderBy: { startsAt: 'asc' },
  });
  if (upcoming) return upcoming;
  const rule = parseScheduleRule(cell.meetingRule);
  const date = suggestedMeetingDate(rule, services.clock.now(), cell.timezone);
  const period = date.slice(0, 7);
  const id = ruleMeetingId(cell.id, period);
  await storeRuleMeeting(
    services.db,
    cell.id,
    { id, period, startsAt: localDateTimeToUtc(date, rule.time, cell.timezone) },
    false,
  );
  return services.db.prisma.meeting.findUniqueOrThrow({ where: { id } });
}

/** Moves one meeting to a new local date and time; a correction follows when its notice was sent. */
export async function moveMeeting(
  services: ChangeServices,
  cell: Cell,
  actorMemberId: string,
  date: string,
  time: string,
): Promise<{ meeting: Meeting; corrected: boolean }> {
  const meeting = await meetingToChange(services, cell);
  assertChangeable(meeting);
  const startsAt = localDateTimeToUtc(date, time, cell.timezone);
  const now = services.clock.now();
  if (startsAt <= now) throw new DomainError('meeting.invalid', date + ' ' + time);
  return rescheduleMeeting(services.db, cell, meeting, startsAt, { memberId: actorMemberId }, now);
}

/** Cancels one meeting: nothing more is sent for it, and a cancellation notice goes out when it was announced. */
export async function cancelMeeting(
  services: ChangeServices,
  cell: Cell,
  actorMemberId: string,
  reason: string | null,
): Promise<{ meeting: Meeting; announced: boolean }> {
  const meeting = await meetingToChange(services, cell);
  return cancelScheduledMeeting(services.db, cell, meeting, reason, { memberId: actorMemberId }, services.clock.now());
}
