/**
 * The durable queue of accepted webhook events: written before the 200, read
 * by the worker. The dedupe key (msg_id, else a hash of the body) turns
 * Zalo's retries and replays into no-ops. Claims are conditional updates, so
 * several instances may run workers on one database.
 */
import { createHash } from 'node:crypto';
import { isUniqueViolation } from '../../outbox/enqueue';
import type { Database } from '../../store/database';

export interface QueuedEvent {
  readonly id: string;
  readonly body: string;
  readonly attempts: number;
}

export function dedupeKeyOf(msgId: string | undefined, rawBody: string): string {
  return msgId ? `msg:${msgId}` : `sha256:${createHash('sha256').update(rawBody, 'utf8').digest('hex')}`;
}

/** Stores an event; false when its key was seen before (a retry or a replay). */
export async function queueEvent(
  db: Database,
  input: { dedupeKey: string; eventName: string; body: string; now: Date },
): Promise<boolean> {
  try {
    await db.prisma.zaloWebhookEvent.create({
      data: {
        dedupeKey: input.dedupeKey,
        eventName: input.eventName,
        body: input.body,
        receivedAt: input.now,
        nextAttemptAt: input.now,
      },
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/** Claims the next due event (oldest first), or null. */
export async function claimNext(db: Database, now: Date, leaseMs: number): Promise<QueuedEvent | null> {
  for (let tries = 0; tries < 5; tries += 1) {
    const row = await db.prisma.zaloWebhookEvent.findFirst({
      where: {
        OR: [
          { status: 'pending', nextAttemptAt: { lte: now } },
          { status: 'processing', leaseUntil: { lt: now } },
        ],
      },
      orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
      select: { id: true, body: true, attempts: true, status: true, leaseUntil: true },
    });
    if (row === null) return null;
    const { count } = await db.prisma.zaloWebhookEvent.updateMany({
      where: { id: row.id, status: row.status, leaseUntil: row.leaseUntil },
      data: { status: 'processing', leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
    });
    if (count === 1) return { id: row.id, body: row.body, attempts: row.attempts + 1 };
  }
  return null;
}

export async function markDone(db: Database, id: string, now: Date): Promise<void> {
  await db.prisma.zaloWebhookEvent.update({
    where: { id },
    data: { status: 'done', processedAt: now, leaseUntil: null },
  });
}

export async function markFailed(db: Database, id: string, error: string, retryAt: Date | null): Promise<void> {
  const data =
    retryAt === null
      ? { status: 'failed', lastError: error, leaseUntil: null }
      : { status: 'pending', lastError: error, nextAttemptAt: retryAt, leaseUntil: null };
  await db.prisma.zaloWebhookEvent.update({ where: { id }, data });
}

/** Drops processed events older than `before`; their keys must outlive the webhook window (they do: days vs hours). */
export async function purgeProcessed(db: Database, before: Date): Promise<number> {
  const { count } = await db.prisma.zaloWebhookEvent.deleteMany({
    where: { status: { in: ['done', 'failed'] }, receivedAt: { lt: before } },
  });
  return count;
}
