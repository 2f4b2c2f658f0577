/**
 * The dispatcher's reads and writes on OutboxMessage. Every state change is
 * one conditional UPDATE (Prisma's updateMany compiles to a single
 * `UPDATE … WHERE id = ? AND …`), so whichever instance's update matches
 * first wins and the others see count 0 — on SQLite and on PostgreSQL alike.
 */
import type { Prisma } from '../store/generated/sqlite/client';
import type { OutboxDatabase } from './enqueue';

/** The columns the dispatcher needs to send a row. */
export interface DueRow {
  readonly id: string;
  readonly dedupeKey: string;
  readonly platform: string;
  readonly recipient: string;
  readonly operation: string;
  readonly payload: string;
  readonly status: string;
  readonly attempts: number;
  readonly queuedAt: Date;
  readonly failures: number;
  readonly firstFailedAt: Date | null;
  readonly lostLeases: number;
}

/** A row waiting in some recipient's queue (pending or being sent). */
export interface QueueEntry {
  readonly id: string;
  readonly platform: string;
  readonly recipient: string;
  readonly queuedAt: Date;
}

/**
 * Identifies one claim: `attempts` grows with every claim, so a late write
 * from an instance whose lease expired and was taken over matches nothing.
 */
export interface Fence {
  readonly id: string;
  readonly attempts: number;
  /** The row was taken over from a claim that ended with no outcome: it may already have reached the platform. */
  readonly uncertain: boolean;
  readonly lostLeases: number;
}

const DUE_SELECT = {
  id: true,
  dedupeKey: true,
  platform: true,
  recipient: true,
  operation: true,
  payload: true,
  status: true,
  attempts: true,
  queuedAt: true,
  failures: true,
  firstFailedAt: true,
  lostLeases: true,
} as const;

/** Due to be sent, or abandoned by a crashed sender (lease expired). */
export function claimable(now: Date): Prisma.OutboxMessageWhereInput {
  return {
    OR: [
      { status: 'pending', nextAttemptAt: { lte: now } },
      { status: 'sending', leaseUntil: { lt: now } },
    ],
  };
}

/** Per-conversation order: queue position, then id (ids sort by creation within a process). */
export function compareQueue(a: { queuedAt: Date; id: string }, b: { queuedAt: Date; id: string }): number {
  const byTime = a.queuedAt.getTime() - b.queuedAt.getTime();
  if (byTime !== 0) return byTime;
  if (a.id === b.id) return 0;
  return a.id < b.id ? -1 : 1;
}

export function findDue(db: OutboxDatabase, now: Date, platforms: readonly string[], take: number): Promise<DueRow[]> {
  return db.prisma.outboxMessage.findMany({
    where: { platform: { in: [...platforms] }, ...claimable(now) },
    orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
    take,
    select: DUE_SELECT,
  });
}

/** Everything still queued for these recipients, in queue order. */
export async function findQueues(db: OutboxDatabase, recipients: readonly string[]): Promise<QueueEntry[]> {
  const rows = await db.prisma.outboxMessage.findMany({
    where: { recipient: { in: [...recipients] }, status: { in: ['pending', 'sending'] } },
    select: { id: true, platform: true, recipient: true, queuedAt: true },
  });
  // Sorted here, not by the database, so order never depends on a collation.
  return rows.sort(compareQueue);
}

/** Takes the row for this instance; null when another instance got it first or it is no longer due. */
export async function claim(
  db: OutboxDatabase,
  row: DueRow,
  now: Date,
  leaseMs: number,
  owner: string,
): Promise<Fence | null> {
  const attempts = row.attempts + 1;
  // A 'sending' row is claimable only once its lease expired: the claim before ours ended with no outcome.
  const uncertain = row.status === 'sending';
  const lostLeases = row.lostLeases + (uncertain ? 1 : 0);
  const { count } = await db.prisma.outboxMessage.updateMany({
    where: { id: row.id, attempts: row.attempts, ...claimable(now) },
    data: { status: 'sending', attempts, lostLeases, leaseUntil: new Date(now.getTime() + leaseMs), leaseOwner: owner },
  });
  return count === 1 ? { id: row.id, attempts, uncertain, lostLeases } : null;
}

/** Postpones an unclaimed due row (rate limit) without counting an attempt. */
export async function defer(db: OutboxDatabase, row: DueRow, now: Date, until: Date): Promise<void> {
  const { count } = await db.prisma.outboxMessage.updateMany({
    where: { id: row.id, attempts: row.attempts, ...claimable(now) },
    data: { status: 'pending', nextAttemptAt: until, leaseUntil: null, leaseOwner: null },
  });
  // count 0: another instance took the row meanwhile; its queue is its business.
  if (count === 1) await holdQueue(db, row, until);
}

/**
 * Moves the rows queued behind `row` to `until` too: they may not overtake it
 * anyway, and leaving them due would fill every batch with rows that can
 * only be skipped, starving other conversations.
 */
export async function holdQueue(db: OutboxDatabase, row: DueRow, until: Date): Promise<void> {
  await db.prisma.outboxMessage.updateMany({
    where: {
      platform: row.platform,
      recipient: row.recipient,
      status: 'pending',
      id: { not: row.id },
      queuedAt: { gte: row.queuedAt },
      nextAttemptAt: { lt: until },
    },
    data: { nextAttemptAt: until },
  });
}

export type Settlement =
  | { readonly status: 'sent'; readonly at: Date; readonly platformMessageId: string | null }
  | {
      readonly status: 'pending';
      readonly nextAttemptAt: Date;
      readonly error: string;
      readonly failures: number;
      readonly firstFailedAt: Date;
    }
  | { readonly status: 'dead'; readonly error: string; readonly failures?: number };

/** Records the outcome of our claim; false when the lease was lost to another instance meanwhile. */
export async function settle(db: OutboxDatabase, fence: Fence, outcome: Settlement): Promise<boolean> {
  const released = { leaseUntil: null, leaseOwner: null };
  const data: Prisma.OutboxMessageUpdateManyMutationInput =
    outcome.status === 'sent'
      ? {
          ...released,
          status: 'sent',
          sentAt: outcome.at,
          platformMessageId: outcome.platformMessageId,
          lastError: null,
        }
      : outcome.status === 'pending'
        ? {
            ...released,
            status: 'pending',
            nextAttemptAt: outcome.nextAttemptAt,
            lastError: outcome.error,
            failures: outcome.failures,
            firstFailedAt: outcome.firstFailedAt,
          }
        : {
            ...released,
            status: 'dead',
            lastError: outcome.error,
            ...(outcome.failures === undefined ? {} : { failures: outcome.failures }),
          };
  const { count } = await db.prisma.outboxMessage.updateMany({
    where: { id: fence.id, status: 'sending', attempts: fence.attempts },
    data,
  });
  return count === 1;
}

/** Sends of the last `sinceMs`, to warm the rate limiters after a restart. */
export function recentSends(
  db: OutboxDatabase,
  since: Date,
): Promise<{ platform: string; recipient: string; sentAt: Date | null }[]> {
  return db.prisma.outboxMessage.findMany({
    where: { status: 'sent', sentAt: { gte: since } },
    select: { platform: true, recipient: true, sentAt: true },
  });
}
