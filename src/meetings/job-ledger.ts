/**
 * The job ledger (JobRun): one row per occurrence, written with its unique key
 * BEFORE any message is queued. A row left 'running' by a crash is resumed (the
 * outbox's dedupe keys make the second pass queue only what is missing); a row
 * that is sent, missed or cancelled is never run again.
 */
import { isUniqueViolation } from '../store/errors';
import type { Database } from '../store/database';
import { FINAL_STATUSES, JOB_STATUSES, type JobName, type JobStatus } from '../core/schedule-plan';

export { FINAL_STATUSES, JOB_STATUSES, type JobStatus };

export interface LedgerEntry {
  readonly key: string;
  readonly job: JobName;
  readonly cellId: string;
  readonly meetingId: string;
  readonly at: Date;
}

type LedgerDb = Pick<Database, 'prisma'>;

function rowOf(entry: LedgerEntry, status: JobStatus, now: Date) {
  return {
    key: entry.key,
    job: entry.job,
    cellId: entry.cellId,
    meetingId: entry.meetingId,
    occurrenceAt: entry.at,
    status,
    createdAt: now,
    finishedAt: status === 'running' || status === 'planned' ? null : now,
  };
}

/** Inserts the row unless its key exists; true when this call inserted it. */
async function insert(db: LedgerDb, entry: LedgerEntry, status: JobStatus, now: Date): Promise<boolean> {
  try {
    await db.prisma.jobRun.create({ data: rowOf(entry, status, now), select: { id: true } });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Takes the occurrence for running: a new row, a 'planned' row (conditional
 * update, so two callers cannot both take it) or a 'running' row a crash left.
 */
export async function claimOccurrence(db: LedgerDb, entry: LedgerEntry, now: Date): Promise<boolean> {
  if (await insert(db, entry, 'running', now)) return true;
  const taken = await db.prisma.jobRun.updateMany({
    where: { key: entry.key, status: 'planned' },
    data: { status: 'running' },
  });
  if (taken.count === 1) return true;
  const row = await db.prisma.jobRun.findUnique({ where: { key: entry.key }, select: { status: true } });
  return row?.status === 'running';
}

/** Records the outcome of a run (only a running row changes). */
export async function finishOccurrence(
  db: LedgerDb,
  key: string,
  status: 'sent' | 'missed' | 'cancelled',
  now: Date,
): Promise<void> {
  await db.prisma.jobRun.updateMany({ where: { key, status: 'running' }, data: { status, finishedAt: now } });
}

/** Marks an occurrence that must not run (too late, meeting over or cancelled); final rows are left alone. */
export async function closeOccurrence(
  db: LedgerDb,
  entry: LedgerEntry,
  status: 'missed' | 'cancelled',
  now: Date,
): Promise<void> {
  if (await insert(db, entry, status, now)) return;
  await db.prisma.jobRun.updateMany({
    where: { key: entry.key, status: { in: ['planned', 'running'] } },
    data: { status, finishedAt: now },
  });
}

/** Queues a one-off job (a correction after a change) for the next tick. */
export async function planOccurrence(db: LedgerDb, entry: LedgerEntry, now: Date): Promise<boolean> {
  return insert(db, entry, 'planned', now);
}

/** Ledger statuses by key for a cell's occurrences in a range. */
export async function ledgerStatuses(
  db: LedgerDb,
  cellId: string,
  from: Date,
  to: Date,
): Promise<Map<string, JobStatus>> {
  const rows = await db.prisma.jobRun.findMany({
    where: { cellId, occurrenceAt: { gte: from, lte: to } },
    select: { key: true, status: true },
  });
  return new Map(rows.map((r) => [r.key, r.status as JobStatus]));
}
