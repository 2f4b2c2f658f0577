"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.dedupeKeyOf = dedupeKeyOf;
exports.queueEvent = queueEvent;
exports.claimNext = claimNext;
exports.markDone = markDone;
exports.markFailed = markFailed;
exports.purgeProcessed = purgeProcessed;
/**
 * The durable queue of accepted webhook events: written before the 200, read
 * by the worker. The dedupe key (msg_id, else a hash of the body) turns
 * Zalo's retries and replays into no-ops. Claims are conditional updates, so
 * several instances may run workers on one database.
 */
const node_crypto_1 = require("node:crypto");
const enqueue_1 = require("../../outbox/enqueue");
function dedupeKeyOf(msgId, rawBody) {
    return msgId ? `msg:${msgId}` : `sha256:${(0, node_crypto_1.createHash)('sha256').update(rawBody, 'utf8').digest('hex')}`;
}
/** Stores an event; false when its key was seen before (a retry or a replay). */
async function queueEvent(db, input) {
    try {
        await db.prisma.zaloWebhookEvent.create({
            data: { dedupeKey: input.dedupeKey, eventName: input.eventName, body: input.body, receivedAt: input.now, nextAttemptAt: input.now },
        });
        return true;
    }
    catch (error) {
        if ((0, enqueue_1.isUniqueViolation)(error))
            return false;
        throw error;
    }
}
/** Claims the next due event (oldest first), or null. */
async function claimNext(db, now, leaseMs) {
    for (let tries = 0; tries < 5; tries += 1) {
        const row = await db.prisma.zaloWebhookEvent.findFirst({
            where: { OR: [{ status: 'pending', nextAttemptAt: { lte: now } }, { status: 'processing', leaseUntil: { lt: now } }] },
            orderBy: [{ receivedAt: 'asc' }, { id: 'asc' }],
            select: { id: true, body: true, attempts: true, status: true, leaseUntil: true },
        });
        if (row === null)
            return null;
        const { count } = await db.prisma.zaloWebhookEvent.updateMany({
            where: { id: row.id, status: row.status, leaseUntil: row.leaseUntil },
            data: { status: 'processing', leaseUntil: new Date(now.getTime() + leaseMs), attempts: { increment: 1 } },
        });
        if (count === 1)
            return { id: row.id, body: row.body, attempts: row.attempts + 1 };
    }
    return null;
}
async function markDone(db, id, now) {
    await db.prisma.zaloWebhookEvent.update({ where: { id }, data: { status: 'done', processedAt: now, leaseUntil: null } });
}
async function markFailed(db, id, error, retryAt) {
    const data = retryAt === null ? { status: 'failed', lastError: error, leaseUntil: null } : { status: 'pending', lastError: error, nextAttemptAt: retryAt, leaseUntil: null };
    await db.prisma.zaloWebhookEvent.update({ where: { id }, data });
}
/** Drops processed events older than `before`; their keys must outlive the webhook window (they do: days vs hours). */
async function purgeProcessed(db, before) {
    const { count } = await db.prisma.zaloWebhookEvent.deleteMany({ where: { status: { in: ['done', 'failed'] }, receivedAt: { lt: before } } });
    return count;
}
//# sourceMappingURL=event-queue.js.map