/**
 * Putting a message in the outbox: one row per dedupe key, so asking twice
 * (a retried turn, two instances firing the same reminder) sends once.
 */
import { randomBytes } from 'node:crypto';
import type { Database } from '../store/database';
import type { OutboxOperation, OutboxPayload } from './types';

/** The outbox needs only the Prisma client of the shared Database. */
export type OutboxDatabase = Pick<Database, 'prisma'>;

export interface EnqueueInput {
  /** Build it with outboxKey(purpose, recipient, occurrence). */
  readonly dedupeKey: string;
  readonly platform: string;
  readonly recipient: string;
  readonly payload: OutboxPayload;
  /** 'update' needs payload.targetMessageId. Defaults to 'send'. */
  readonly operation?: OutboxOperation;
  /** Not sent before this time (also its place in the recipient's queue). */
  readonly notBefore?: Date;
  /** The caller's injected clock reading; defaults to the system time. */
  readonly now?: Date;
}

export interface EnqueueResult {
  readonly id: string;
  /** False when a row with this dedupe key already existed (nothing was changed). */
  readonly created: boolean;
}

/**
 * The dedupe key of one message: what it is for, to whom, and which
 * occurrence (a meeting id, a reminder's due time, a motion id…).
 */
export function outboxKey(purpose: string, recipient: string, occurrence: string): string {
  return [purpose, recipient, occurrence].map((part) => part.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}

/** Inserts the message unless its dedupe key is already taken (race-safe on both providers). */
export async function enqueue(db: OutboxDatabase, input: EnqueueInput): Promise<EnqueueResult> {
  const operation = input.operation ?? 'send';
  if (operation === 'update' && input.payload.targetMessageId === undefined) {
    throw new Error(`outbox: update ${input.dedupeKey} has no payload.targetMessageId`);
  }
  const now = input.now ?? new Date();
  const queuedAt = input.notBefore !== undefined && input.notBefore > now ? input.notBefore : now;
  const id = outboxId();
  try {
    await db.prisma.outboxMessage.create({
      data: {
        id,
        dedupeKey: input.dedupeKey,
        platform: input.platform,
        recipient: input.recipient,
        operation,
        payload: JSON.stringify(input.payload),
        nextAttemptAt: input.notBefore ?? now,
        queuedAt,
      },
      select: { id: true },
    });
    return { id, created: true };
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // Lost the race (or a repeat): the existing row is the message.
  const existing = await db.prisma.outboxMessage.findUnique({
    where: { dedupeKey: input.dedupeKey },
    select: { id: true },
  });
  if (existing === null) throw new Error(`outbox: ${input.dedupeKey} collided but cannot be found`);
  return { id: existing.id, created: false };
}

/** Prisma's unique-constraint error (P2002), recognised without importing a provider's client class. */
export function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: unknown }).code === 'P2002';
}

/**
 * Ids that sort (as fixed-width lowercase base-36 strings) in creation order
 * within a process: they break ties between rows queued in the same
 * millisecond, so two messages enqueued one after the other keep their order.
 * The counter is process-wide on purpose (like cuid's), not request state nor a
 * cache: apps sharing a process still get ids that are unique and in order.
 */
/* eslint-disable no-restricted-syntax -- the one allowed module-level state: see above */
let lastMs = 0;
let counter = 0;
/* eslint-enable no-restricted-syntax */
export function outboxId(): string {
  const ms = Math.max(Date.now(), lastMs);
  counter = ms === lastMs ? counter + 1 : 0;
  lastMs = ms;
  const random = randomBytes(6).readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-10);
  return `o${ms.toString(36).padStart(9, '0')}${counter.toString(36).padStart(5, '0')}${random}`;
}
