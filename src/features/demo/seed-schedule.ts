/**
 * The demo's schedule history: every scheduled message of the demo meetings
 * that fell due before the seed is written to the job ledger, so the first
 * start does not report them missed. The held meeting's notice, reminders and
 * summary are part of its story (sent); a past notice of the draft meeting is
 * recorded missed, quietly: the newcomer posts it from the playground.
 */
import { parseOffsets } from '../../core/reminder-offsets';
import { planOccurrences, type PlanMeeting } from '../../core/schedule-plan';
import { parseScheduleRule } from '../../core/meeting-rule';
import type { Database } from '../../store/database';

type Tx = Parameters<Parameters<Database['prisma']['$transaction']>[0]>[0];

const DAY = 24 * 60 * 60_000;

/** Records the occurrences of the cell's stored meetings due up to `now`; the held meeting's as sent. */
export async function recordDemoSchedule(tx: Tx, cellId: string, heldMeetingId: string, now: Date): Promise<void> {
  const cell = await tx.cell.findUniqueOrThrow({ where: { id: cellId } });
  const meetings = await tx.meeting.findMany({
    where: { cellId },
    select: { id: true, period: true, kind: true, status: true, startsAt: true, plannedMinutes: true },
  });
  const stored: PlanMeeting[] = meetings.map((m) => ({ ...m, virtual: false }));
  const earliest = Math.min(...meetings.map((m) => m.startsAt.getTime()));
  const input = {
    cellId,
    rule: parseScheduleRule(cell.meetingRule),
    timeZone: cell.timezone,
    offsets: parseOffsets(cell.reminderOffsets),
    meetings: stored,
    motions: [],
    includeRule: false,
  };
  // Notices run up to 60 days before a meeting: start the range before the earliest one.
  const occurrences = planOccurrences(input, new Date(earliest - 62 * DAY), now);
  if (occurrences.length === 0) return;
  await tx.jobRun.createMany({
    data: occurrences.map((o) => ({
      key: o.key,
      job: o.job,
      cellId,
      meetingId: o.meetingId,
      occurrenceAt: o.at,
      status: o.meetingId === heldMeetingId ? 'sent' : 'missed',
      createdAt: now,
      finishedAt: now,
    })),
  });
}
