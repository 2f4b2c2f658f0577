/**
 * One row through the pipeline: rate limit → claim → (wait for the paced
 * slot) → transport → settle; a failure is retried on the RetryPolicy's
 * horizon (retry-policy.ts).
 *
 * At-least-once at the transport boundary, and no more is possible: Bot
 * Framework's activity create takes no idempotency key and the Bot Connector
 * cannot read a chat back; Zalo accepts no caller message id. A crash (or a
 * lease that expires while the platform call hangs) after the platform
 * accepted a message but before `settle` recorded it leaves the row
 * 'sending'; when the lease expires the next claim is "uncertain" (counted in
 * lostLeases, logged outbox.uncertain_resend) and sends it again. Teams
 * updates replace the activity and are idempotent. Measured residual window
 * (tests/outbox/crash-mid-send.test.ts, kill -9 at a random moment, loaded
 * 2-core machine, SQLite): 8 rows in flight at the kill, 7 received twice, 0
 * lost; accept→record gap p50 238 ms, p95 687 ms, p99 1.07 s. At most the
 * sends in flight (the dispatcher's concurrency) can repeat per crash. A late
 * settle from a superseded claim is refused by the attempts fence (logged as
 * outbox.lease_lost).
 */
import type { RateLimiter } from './rate-limiter';
import { describeSpan, nextAttemptAfterFailure, type RetryPolicy } from './retry-policy';
import { claim, defer, holdQueue, settle, type DueRow, type Fence, type Settlement } from './queue-store';
import type { OutboxDatabase } from './enqueue';
import {
  parsePayload,
  TransportError,
  type OutboxClock,
  type OutboxLogger,
  type OutboxPayload,
  type Transport,
} from './types';

export type RowOutcome = 'sent' | 'retried' | 'dead' | 'skipped';

export interface DeliveryContext {
  readonly db: OutboxDatabase;
  readonly clock: OutboxClock;
  readonly logger: OutboxLogger;
  readonly transports: ReadonlyMap<string, Transport>;
  readonly limiters: ReadonlyMap<string, RateLimiter>;
  readonly instanceId: string;
  readonly leaseMs: number;
  readonly retry: RetryPolicy;
  /** Jitter source of the backoff. */
  readonly random: () => number;
  /** How long a send may wait in hand for its rate-limit slot instead of being put back (0: never waits). */
  readonly slotWaitMs: number;
  readonly sleep: (ms: number) => Promise<void>;
}

/** Sends one due row if the limiter and the claim allow it. */
export async function processRow(ctx: DeliveryContext, row: DueRow): Promise<RowOutcome> {
  const now = ctx.clock.now();
  const limiter = ctx.limiters.get(row.platform);
  const reservation = limiter?.reserve(row.recipient, now, ctx.slotWaitMs);
  if (reservation !== undefined && !reservation.ok) {
    await defer(ctx.db, row, now, reservation.retryAt);
    return 'skipped';
  }
  const fence = await claim(ctx.db, row, now, ctx.leaseMs, ctx.instanceId);
  if (fence === null) {
    if (reservation !== undefined) limiter?.cancel(row.recipient, reservation.at);
    return 'skipped';
  }
  // Claimed first, then the wait for the slot: the platform sees the send when the limiter counted it.
  const wait = reservation === undefined ? 0 : reservation.at.getTime() - ctx.clock.now().getTime();
  if (wait > 0) await ctx.sleep(wait);
  return deliver(ctx, row, fence);
}

async function deliver(ctx: DeliveryContext, row: DueRow, fence: Fence): Promise<RowOutcome> {
  const payload = parsePayload(row.payload);
  if (payload === undefined) return finish(ctx, row, fence, { status: 'dead', error: 'invalid payload JSON' }, 'dead');
  if (fence.uncertain) {
    // The claim before ours ended with no outcome: the platform may already have this message.
    const fields = {
      id: row.id,
      dedupeKey: row.dedupeKey,
      recipient: row.recipient,
      operation: row.operation,
      lostLeases: fence.lostLeases,
    };
    if (fence.lostLeases > ctx.retry.maxLostLeases) {
      // Claimed again and again without an outcome: a message that crashes or hangs its sender. Stop.
      const error = `no outcome after ${fence.lostLeases} claims (lease expired each time)`;
      ctx.logger.warn({ ...fields, error }, 'outbox.dead');
      return finish(ctx, row, fence, { status: 'dead', error }, 'dead');
    }
    ctx.logger.warn(fields, row.operation === 'update' ? 'outbox.uncertain_update' : 'outbox.uncertain_resend');
  }
  let platformMessageId: string | null;
  try {
    platformMessageId = await withDeadline(callTransport(ctx, row, payload), deadlineMs(ctx.leaseMs));
  } catch (error) {
    return fail(ctx, row, fence, error);
  }
  return finish(ctx, row, fence, { status: 'sent', at: ctx.clock.now(), platformMessageId }, 'sent');
}

async function callTransport(ctx: DeliveryContext, row: DueRow, payload: OutboxPayload): Promise<string | null> {
  const transport = ctx.transports.get(row.platform);
  if (transport === undefined) throw new TransportError(`no transport for ${row.platform}`, { retryable: false });
  if (row.operation !== 'update') {
    const result = await transport.send(row.recipient, payload);
    return result.platformMessageId ?? null;
  }
  const target = payload.targetMessageId;
  if (transport.update === undefined || target === undefined) {
    throw new TransportError(`${row.platform} cannot update ${target ?? 'a message without targetMessageId'}`, {
      retryable: false,
    });
  }
  await transport.update(row.recipient, target, payload);
  return target;
}

/**
 * Stop waiting for a platform call shortly before our lease ends: past it
 * another instance may resend anyway, and a hung call must not stall this
 * dispatcher's loop (runOnce waits for its whole batch). The call itself may
 * still land: the same at-least-once gap as a crash.
 */
function deadlineMs(leaseMs: number): number {
  return Math.max(1, Math.floor(leaseMs * 0.9));
}

async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TransportError(`no answer within ${ms} ms`, { retryable: true })), ms);
    timer.unref();
  });
  try {
    return await Promise.race([work, expired]);
  } finally {
    clearTimeout(timer);
  }
}

/** A failed call: retry on the policy's horizon (exactly at Retry-After when given), or give up. */
async function fail(ctx: DeliveryContext, row: DueRow, fence: Fence, error: unknown): Promise<RowOutcome> {
  const failure = toFailure(error);
  const now = ctx.clock.now();
  const failures = row.failures + 1;
  const firstFailedAt = row.firstFailedAt ?? now;
  const fields = {
    id: row.id,
    dedupeKey: row.dedupeKey,
    platform: row.platform,
    recipient: row.recipient,
    attempt: fence.attempts,
    failures,
    status: failure.status,
    error: failure.text,
  };
  const facts = {
    failures,
    firstFailedAt,
    now,
    ...(failure.retryAfterMs === undefined ? {} : { retryAfterMs: failure.retryAfterMs }),
  };
  const nextAttemptAt = failure.retryable ? nextAttemptAfterFailure(ctx.retry, facts, ctx.random) : null;
  if (nextAttemptAt === null) {
    const text = failure.retryable
      ? `${failure.text} (still failing ${describeSpan(ctx.retry.horizonMs)} after the first failure)`
      : failure.text;
    ctx.logger.warn({ ...fields, error: text }, 'outbox.dead');
    return finish(ctx, row, fence, { status: 'dead', error: text, failures }, 'dead');
  }
  if (failure.retryAfterMs !== undefined || failure.status === 429) {
    const limiter = ctx.limiters.get(row.platform);
    if (failure.scope === 'platform') limiter?.penalizeAll(nextAttemptAt);
    else limiter?.penalize(row.recipient, nextAttemptAt);
  }
  ctx.logger.warn({ ...fields, nextAttemptAt }, 'outbox.retry');
  const outcome = await finish(
    ctx,
    row,
    fence,
    { status: 'pending', nextAttemptAt, error: failure.text, failures, firstFailedAt },
    'retried',
  );
  // Later messages to this conversation wait behind the retried one.
  if (outcome === 'retried') await holdQueue(ctx.db, row, nextAttemptAt);
  return outcome;
}

async function finish(
  ctx: DeliveryContext,
  row: DueRow,
  fence: Fence,
  settlement: Settlement,
  outcome: RowOutcome,
): Promise<RowOutcome> {
  if (await settle(ctx.db, fence, settlement)) return outcome;
  // Our lease expired and another instance reclaimed the row: its outcome stands.
  ctx.logger.warn(
    { id: row.id, dedupeKey: row.dedupeKey, instanceId: ctx.instanceId, wanted: settlement.status },
    'outbox.lease_lost',
  );
  return 'skipped';
}

interface Failure {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly status?: number;
  readonly scope: 'recipient' | 'platform';
  readonly text: string;
}

/** Anything that is not a TransportError (a network error, a bug) is treated as transient. */
function toFailure(error: unknown): Failure {
  const message = error instanceof Error ? error.message : String(error);
  if (!(error instanceof TransportError)) return { retryable: true, scope: 'recipient', text: message.slice(0, 1000) };
  const text = `${error.status === undefined ? '' : `${error.status} `}${message}`.slice(0, 1000);
  return {
    retryable: error.retryable,
    scope: error.scope,
    text,
    ...(error.retryAfterMs === undefined ? {} : { retryAfterMs: error.retryAfterMs }),
    ...(error.status === undefined ? {} : { status: error.status }),
  };
}
