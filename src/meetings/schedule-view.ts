/**
 * A cell's schedule as a secretary reads it: every occurrence in a range —
 * planned from the rule and the stored meetings, merged with the ledger — and
 * its status (planned / running / sent / missed / cancelled).
 */
import { parseScheduleRule } from '../core/meeting-rule';
import type { Database } from '../store/database';
import type { JobStatus } from './job-ledger';
import { parseOffsets } from '../core/reminder-offsets';
import { planOccurrences, type JobName } from '../core/schedule-plan';

const DAY = 24 * 60 * 60_000;

export interface ScheduledItem {
  readonly key: string;
  readonly job: JobName;
  readonly at: Date;
  readonly meetingId: string;
  /** The meeting's period ("2025-09"); '' when the meeting is gone. */
  readonly period: string;
  readonly status: JobStatus;
  /** The meeting is only named by the rule so far (stored when its notice is due). */
  readonly fromRule: boolean;
}

/** The occurrences of a cell in [from, to], in time order; null when the cell does not exist. */
export async function planSchedule(
  db: Pick<Database, 'prisma'>,
  cellId: string,
  from: Date,
  to: Date,
): Promise<ScheduledItem[] | null> {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
  if (!cell) return null;
  const meetings = await db.prisma.meeting.findMany({
    where: { cellId, startsAt: { gte: new Date(from.getTime() - 2 * DAY), lte: new Date(to.getTime() + 62 * DAY) } },
    select: { id: true, period: true, kind: true, status: true, startsAt: true, plannedMinutes: true },
  });
  const motions = await db.prisma.motion.findMany({
    where: { meeting: { cellId }, deadline: { not: null } },
    select: { id: true, meetingId: true, deadline: true, status: true },
  });
  const input = {
    cellId,
    rule: parseScheduleRule(cell.meetingRule),
    timeZone: cell.timezone,
    offsets: parseOffsets(cell.reminderOffsets),
    motions,
    includeRule: true,
  };
  const plan = planOccurrences({ ...input, meetings: meetings.map((m) => ({ ...m, virtual: false })) }, from, to);
  const stored = new Set(meetings.map((m) => m.id));
  const periods = new Map(meetings.map((m) => [m.id, m.period]));
  const ledger = await db.prisma.jobRun.findMany({ where: { cellId, occurrenceAt: { gte: from, lte: to } } });
  const byKey = new Map(ledger.map((row) => [row.key, row]));
  const items: ScheduledItem[] = plan.map((o) => ({
    key: o.key,
    job: o.job,
    at: o.at,
    meetingId: o.meetingId,
    period: periods.get(o.meetingId) ?? o.meetingId.slice(-7),
    status: (byKey.get(o.key)?.status ?? 'planned') as JobStatus,
    fromRule: !stored.has(o.meetingId),
  }));
  const planned = new Set(plan.map((o) => o.key));
  for (const row of ledger) {
    if (planned.has(row.key)) continue;
    const meetingId = row.meetingId ?? '';
    items.push({
      key: row.key,
      job: row.job as JobName,
      at: row.occurrenceAt,
      meetingId,
      period: periods.get(meetingId) ?? '',
      status: row.status as JobStatus,
      fromRule: false,
    });
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
