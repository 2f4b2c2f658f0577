/**
 * One row through the pipeline: rate limit → claim → transport → settle.
 *
 * At-least-once at the transport boundary: a crash (or a lease that expires
 * while the platform call hangs) after the platform accepted a message but
 * before `settle` recorded it leaves the row 'sending'; when the lease
 * expires another instance sends it again. The gap is kept small: the row is
 * marked sent in the single UPDATE that follows the call, transports must
 * time out well inside the lease, and a late settle from a superseded claim
 * is refused by the attempts fence (logged as outbox.lease_lost). Teams
 * updates replace the activity and are idempotent; a repeated send is the
 * residual risk, visible in the logs.
 */
import type { RateLimiter } from './rate-limiter';
import { claim, defer, holdQueue, settle, type DueRow, type Fence, type Settlement } from './queue-store';
import type { OutboxDatabase } from './enqueue';
import { parsePayload, TransportError, type OutboxClock, type OutboxLogger, type OutboxPayload, type Transport } from './types';

export type RowOutcome = 'sent' | 'retried' | 'dead' | 'skipped';

export interface DeliveryContext {
  readonly db: OutboxDatabase;
  readonly clock: OutboxClock;
  readonly logger: OutboxLogger;
  readonly transports: ReadonlyMap<string, Transport>;
  readonly limiters: ReadonlyMap<string, RateLimiter>;
  readonly instanceId: string;
  readonly leaseMs: number;
  readonly maxAttempts: number;
  /** Delay before retry number `attempt` (1-based) when the platform gave no Retry-After. */
  readonly backoff: (attempt: number) => number;
}

/** Sends one due row if the limiter and the claim allow it. */
export async function processRow(ctx: DeliveryContext, row: DueRow): Promise<RowOutcome> {
  const now = ctx.clock.now();
  const limiter = ctx.limiters.get(row.platform);
  const reservation = limiter?.reserve(row.recipient, now);
  if (reservation !== undefined && !reservation.ok) {
    await defer(ctx.db, row, now, reservation.retryAt);
    return 'skipped';
  }
  const fence = await claim(ctx.db, row, now, ctx.leaseMs, ctx.instanceId);
  if (fence === null) {
    limiter?.cancel(row.recipient, now);
    return 'skipped';
  }
  return deliver(ctx, row, fence);
}

async function deliver(ctx: DeliveryContext, row: DueRow, fence: Fence): Promise<RowOutcome> {
  const payload = parsePayload(row.payload);
  if (payload === undefined) return finish(ctx, row, fence, { status: 'dead', error: 'invalid payload JSON' }, 'dead');
  if (fence.attempts > ctx.maxAttempts) {
    // Claimed again and again without an outcome (leases expired: a message that crashes its sender?): stop.
    const error = `no outcome after ${ctx.maxAttempts} attempts (lease expired)`;
    ctx.logger.warn({ id: row.id, dedupeKey: row.dedupeKey, error }, 'outbox.dead');
    return finish(ctx, row, fence, { status: 'dead', error }, 'dead');
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
    throw new TransportError(`${row.platform} cannot update ${target ?? 'a message without targetMessageId'}`, { retryable: false });
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

/** A failed call: retry with backoff (or exactly Retry-After), or give up. */
async function fail(ctx: DeliveryContext, row: DueRow, fence: Fence, error: unknown): Promise<RowOutcome> {
  const failure = toFailure(error);
  const fields = { id: row.id, dedupeKey: row.dedupeKey, attempt: fence.attempts, status: failure.status, error: failure.text };
  if (!failure.retryable || fence.attempts >= ctx.maxAttempts) {
    ctx.logger.warn(fields, 'outbox.dead');
    return finish(ctx, row, fence, { status: 'dead', error: failure.text }, 'dead');
  }
  const now = ctx.clock.now();
  const delay = failure.retryAfterMs ?? ctx.backoff(fence.attempts);
  const nextAttemptAt = new Date(now.getTime() + delay);
  if (failure.retryAfterMs !== undefined || failure.status === 429) {
    const limiter = ctx.limiters.get(row.platform);
    if (failure.scope === 'platform') limiter?.penalizeAll(nextAttemptAt);
    else limiter?.penalize(row.recipient, nextAttemptAt);
  }
  ctx.logger.warn({ ...fields, nextAttemptAt }, 'outbox.retry');
  const outcome = await finish(ctx, row, fence, { status: 'pending', nextAttemptAt, error: failure.text }, 'retried');
  // Later messages to this conversation wait behind the retried one.
  if (outcome === 'retried') await holdQueue(ctx.db, row, nextAttemptAt);
  return outcome;
}

async function finish(ctx: DeliveryContext, row: DueRow, fence: Fence, settlement: Settlement, outcome: RowOutcome): Promise<RowOutcome> {
  if (await settle(ctx.db, fence, settlement)) return outcome;
  // Our lease expired and another instance reclaimed the row: its outcome stands.
  ctx.logger.warn({ id: row.id, dedupeKey: row.dedupeKey, instanceId: ctx.instanceId, wanted: settlement.status }, 'outbox.lease_lost');
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

/** Exponential backoff with equal jitter: attempt n waits between ½ and 1 × min(cap, base·2ⁿ⁻¹). */
export function exponentialBackoff(attempt: number, random: () => number, baseMs = 1_000, capMs = 600_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
