/**
 * One scheduler tick: for every cell, store the rule's meeting when its notice
 * is due, plan the occurrences due in the look-back window, and run each one
 * once — or record it missed when it is older than the grace window or its
 * meeting is over. Then the corrections features queued (moved, cancelled).
 */
import { parseScheduleRule, type ScheduleRule } from '../core/meeting-rule';
import { storeRuleMeeting } from '../meetings/lifecycle';
import type { Cell } from '../store/rows';
import { runJob, type JobDependencies } from './run-job';
import {
  claimOccurrence,
  closeOccurrence,
  FINAL_STATUSES,
  finishOccurrence,
  ledgerStatuses,
} from '../meetings/job-ledger';
import { parseOffsets, type ScheduleOffsets } from '../core/reminder-offsets';
import {
  CHANGE_JOBS,
  meetingEnd,
  planOccurrences,
  ruleMeetings,
  type JobName,
  type Occurrence,
  type PlanMeeting,
} from '../core/schedule-plan';

const DAY = 24 * 60 * 60_000;

export interface TickContext extends JobDependencies {
  /** Occurrences later than this are still sent (catch-up); older ones are recorded missed. */
  readonly graceMs: number;
  /** How far back a tick looks for occurrences to run or record (default 35 days). */
  readonly lookbackMs: number;
}

export interface TickReport {
  /** False when another instance holds the lease: nothing was done. */
  readonly leader: boolean;
  readonly at: Date;
  ran: number;
  missed: number;
  /** Messages added to the outbox. */
  queued: number;
  failed: number;
}

export function emptyReport(leader: boolean, at: Date): TickReport {
  return { leader, at, ran: 0, missed: 0, queued: 0, failed: 0 };
}

type MeetingRow = PlanMeeting & { readonly status: string };

/** Meetings whose occurrences can fall in [from, now]: notices run up to 60 days ahead. */
async function meetingsAround(ctx: TickContext, cellId: string, from: Date, now: Date): Promise<MeetingRow[]> {
  const rows = await ctx.db.prisma.meeting.findMany({
    where: { cellId, startsAt: { gte: new Date(from.getTime() - 2 * DAY), lte: new Date(now.getTime() + 62 * DAY) } },
    select: { id: true, period: true, kind: true, status: true, startsAt: true, plannedMinutes: true },
  });
  return rows.map((r) => ({ ...r, virtual: false }));
}

/** Stores the rule's meeting of a month once its notice is due (never one that is already over). */
async function materialize(
  ctx: TickContext,
  cell: Cell,
  rule: ScheduleRule,
  offsets: ScheduleOffsets,
  meetings: readonly MeetingRow[],
  now: Date,
): Promise<boolean> {
  const taken = new Set(meetings.filter((m) => m.kind === 'regular').map((m) => m.period));
  let created = false;
  for (const v of ruleMeetings(cell.id, rule, cell.timezone, now, now, taken)) {
    const noticeAt = v.startsAt.getTime() - offsets.noticeMinutesBefore * 60_000;
    if (noticeAt > now.getTime() || meetingEnd(v) <= now) continue;
    if (await storeRuleMeeting(ctx.db, cell.id, v, true)) created = true;
  }
  return created;
}

/** Whether the occurrence may no longer be sent: too late, or a reminder for a meeting that is over. */
function isStale(ctx: TickContext, o: Occurrence, status: string, now: Date): boolean {
  if (now.getTime() - o.at.getTime() > ctx.graceMs) return true;
  const beforeMeeting: readonly JobName[] = ['notice', 'remind.rsvp', 'remind.join', 'rollcall', 'meeting.moved'];
  return beforeMeeting.includes(o.job) && (now > o.meetingEndsAt || status === 'closed' || status === 'cancelled');
}

/** Runs or records one occurrence. A failure leaves the row 'running': the next tick resumes it. */
export async function handleOccurrence(
  ctx: TickContext,
  o: Occurrence,
  meetingStatus: string,
  now: Date,
  report: TickReport,
): Promise<void> {
  if (isStale(ctx, o, meetingStatus, now)) {
    await closeOccurrence(ctx.db, o, 'missed', now);
    ctx.logger.warn({ key: o.key, at: o.at.toISOString() }, 'scheduler.missed');
    report.missed += 1;
    return;
  }
  if (!(await claimOccurrence(ctx.db, o, now))) return;
  try {
    const delivered = await runJob(ctx, o);
    await finishOccurrence(ctx.db, o.key, 'sent', ctx.clock.now());
    report.ran += 1;
    report.queued += delivered.queued;
    if (delivered.unreachable.length > 0)
      ctx.logger.info(
        { key: o.key, unreachable: delivered.unreachable.length },
        'scheduler: members without a linked account',
      );
  } catch (error) {
    report.failed += 1;
    ctx.logger.error({ err: error, key: o.key }, 'scheduler.job_failed');
  }
}

async function tickCell(ctx: TickContext, cell: Cell, now: Date, report: TickReport): Promise<void> {
  const rule = parseScheduleRule(cell.meetingRule);
  const offsets = parseOffsets(cell.reminderOffsets);
  const from = new Date(now.getTime() - ctx.lookbackMs);
  let meetings = await meetingsAround(ctx, cell.id, from, now);
  if (await materialize(ctx, cell, rule, offsets, meetings, now))
    meetings = await meetingsAround(ctx, cell.id, from, now);
  const motions = await ctx.db.prisma.motion.findMany({
    where: { meeting: { cellId: cell.id }, deadline: { gte: from } },
    select: { id: true, meetingId: true, deadline: true, status: true },
  });
  const plan = planOccurrences(
    { cellId: cell.id, rule, timeZone: cell.timezone, offsets, meetings, motions, includeRule: false },
    from,
    now,
  );
  const statuses = await ledgerStatuses(ctx.db, cell.id, from, now);
  const statusOf = new Map(meetings.map((m) => [m.id, m.status]));
  for (const o of plan) {
    const status = statuses.get(o.key);
    if (status !== undefined && FINAL_STATUSES.includes(status)) continue;
    await handleOccurrence(ctx, o, statusOf.get(o.meetingId) ?? 'draft', now, report);
  }
}

/** Corrections queued by features ('planned' rows), and any a crash left 'running'. */
async function tickChanges(ctx: TickContext, now: Date, report: TickReport): Promise<void> {
  const rows = await ctx.db.prisma.jobRun.findMany({
    where: { job: { in: [...CHANGE_JOBS] }, status: { in: ['planned', 'running'] }, occurrenceAt: { lte: now } },
    orderBy: { occurrenceAt: 'asc' },
  });
  for (const row of rows) {
    const o: Occurrence = {
      key: row.key,
      job: row.job as JobName,
      cellId: row.cellId,
      meetingId: row.meetingId ?? '',
      at: row.occurrenceAt,
      meetingEndsAt: new Date(8.64e15),
    };
    await handleOccurrence(ctx, o, 'announced', now, report);
  }
}

/** Everything one tick does once this instance holds the lease. */
export async function runTick(ctx: TickContext, now: Date): Promise<TickReport> {
  const report = emptyReport(true, now);
  const cells = await ctx.db.prisma.cell.findMany({ orderBy: { createdAt: 'asc' } });
  for (const cell of cells) {
    try {
      await tickCell(ctx, cell, now, report);
    } catch (error) {
      // One cell's bad rule or a database hiccup must not stop the other cells' reminders.
      report.failed += 1;
      ctx.logger.error({ err: error, cellId: cell.id }, 'scheduler.cell_failed');
    }
  }
  await tickChanges(ctx, now, report);
  return report;
}
