"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.processRow = processRow;
exports.exponentialBackoff = exponentialBackoff;
const queue_store_1 = require("./queue-store");
const types_1 = require("./types");
/** Sends one due row if the limiter and the claim allow it. */
async function processRow(ctx, row) {
    const now = ctx.clock.now();
    const limiter = ctx.limiters.get(row.platform);
    const reservation = limiter?.reserve(row.recipient, now);
    if (reservation !== undefined && !reservation.ok) {
        await (0, queue_store_1.defer)(ctx.db, row, now, reservation.retryAt);
        return 'skipped';
    }
    const fence = await (0, queue_store_1.claim)(ctx.db, row, now, ctx.leaseMs, ctx.instanceId);
    if (fence === null) {
        limiter?.cancel(row.recipient, now);
        return 'skipped';
    }
    return deliver(ctx, row, fence);
}
async function deliver(ctx, row, fence) {
    const payload = (0, types_1.parsePayload)(row.payload);
    if (payload === undefined)
        return finish(ctx, row, fence, { status: 'dead', error: 'invalid payload JSON' }, 'dead');
    if (fence.attempts > ctx.maxAttempts) {
        // Claimed again and again without an outcome (leases expired: a message that crashes its sender?): stop.
        const error = `no outcome after ${ctx.maxAttempts} attempts (lease expired)`;
        ctx.logger.warn({ id: row.id, dedupeKey: row.dedupeKey, error }, 'outbox.dead');
        return finish(ctx, row, fence, { status: 'dead', error }, 'dead');
    }
    let platformMessageId;
    try {
        platformMessageId = await withDeadline(callTransport(ctx, row, payload), deadlineMs(ctx.leaseMs));
    }
    catch (error) {
        return fail(ctx, row, fence, error);
    }
    return finish(ctx, row, fence, { status: 'sent', at: ctx.clock.now(), platformMessageId }, 'sent');
}
async function callTransport(ctx, row, payload) {
    const transport = ctx.transports.get(row.platform);
    if (transport === undefined)
        throw new types_1.TransportError(`no transport for ${row.platform}`, { retryable: false });
    if (row.operation !== 'update') {
        const result = await transport.send(row.recipient, payload);
        return result.platformMessageId ?? null;
    }
    const target = payload.targetMessageId;
    if (transport.update === undefined || target === undefined) {
        throw new types_1.TransportError(`${row.platform} cannot update ${target ?? 'a message without targetMessageId'}`, { retryable: false });
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
function deadlineMs(leaseMs) {
    return Math.max(1, Math.floor(leaseMs * 0.9));
}
async function withDeadline(work, ms) {
    let timer;
    const expired = new Promise((_, reject) => {
        timer = setTimeout(() => reject(new types_1.TransportError(`no answer within ${ms} ms`, { retryable: true })), ms);
        timer.unref();
    });
    try {
        return await Promise.race([work, expired]);
    }
    finally {
        clearTimeout(timer);
    }
}
/** A failed call: retry with backoff (or exactly Retry-After), or give up. */
async function fail(ctx, row, fence, error) {
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
        if (failure.scope === 'platform')
            limiter?.penalizeAll(nextAttemptAt);
        else
            limiter?.penalize(row.recipient, nextAttemptAt);
    }
    ctx.logger.warn({ ...fields, nextAttemptAt }, 'outbox.retry');
    const outcome = await finish(ctx, row, fence, { status: 'pending', nextAttemptAt, error: failure.text }, 'retried');
    // Later messages to this conversation wait behind the retried one.
    if (outcome === 'retried')
        await (0, queue_store_1.holdQueue)(ctx.db, row, nextAttemptAt);
    return outcome;
}
async function finish(ctx, row, fence, settlement, outcome) {
    if (await (0, queue_store_1.settle)(ctx.db, fence, settlement))
        return outcome;
    // Our lease expired and another instance reclaimed the row: its outcome stands.
    ctx.logger.warn({ id: row.id, dedupeKey: row.dedupeKey, instanceId: ctx.instanceId, wanted: settlement.status }, 'outbox.lease_lost');
    return 'skipped';
}
/** Anything that is not a TransportError (a network error, a bug) is treated as transient. */
function toFailure(error) {
    const message = error instanceof Error ? error.message : String(error);
    if (!(error instanceof types_1.TransportError))
        return { retryable: true, scope: 'recipient', text: message.slice(0, 1000) };
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
function exponentialBackoff(attempt, random, baseMs = 1_000, capMs = 600_000) {
    const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
    return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}
//# sourceMappingURL=deliver.js.map