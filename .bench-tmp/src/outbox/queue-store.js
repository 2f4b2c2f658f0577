"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.claimable = claimable;
exports.compareQueue = compareQueue;
exports.findDue = findDue;
exports.findQueues = findQueues;
exports.claim = claim;
exports.defer = defer;
exports.holdQueue = holdQueue;
exports.settle = settle;
exports.recentSends = recentSends;
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
};
/** Due to be sent, or abandoned by a crashed sender (lease expired). */
function claimable(now) {
    return {
        OR: [
            { status: 'pending', nextAttemptAt: { lte: now } },
            { status: 'sending', leaseUntil: { lt: now } },
        ],
    };
}
/** Per-conversation order: queue position, then id (ids sort by creation within a process). */
function compareQueue(a, b) {
    const byTime = a.queuedAt.getTime() - b.queuedAt.getTime();
    if (byTime !== 0)
        return byTime;
    if (a.id === b.id)
        return 0;
    return a.id < b.id ? -1 : 1;
}
function findDue(db, now, platforms, take) {
    return db.prisma.outboxMessage.findMany({
        where: { platform: { in: [...platforms] }, ...claimable(now) },
        orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
        take,
        select: DUE_SELECT,
    });
}
/** Everything still queued for these recipients, in queue order. */
async function findQueues(db, recipients) {
    const rows = await db.prisma.outboxMessage.findMany({
        where: { recipient: { in: [...recipients] }, status: { in: ['pending', 'sending'] } },
        select: { id: true, platform: true, recipient: true, queuedAt: true },
    });
    // Sorted here, not by the database, so order never depends on a collation.
    return rows.sort(compareQueue);
}
/** Takes the row for this instance; null when another instance got it first or it is no longer due. */
async function claim(db, row, now, leaseMs, owner) {
    const attempts = row.attempts + 1;
    const { count } = await db.prisma.outboxMessage.updateMany({
        where: { id: row.id, attempts: row.attempts, ...claimable(now) },
        data: { status: 'sending', attempts, leaseUntil: new Date(now.getTime() + leaseMs), leaseOwner: owner },
    });
    return count === 1 ? { id: row.id, attempts } : null;
}
/** Postpones an unclaimed due row (rate limit) without counting an attempt. */
async function defer(db, row, now, until) {
    const { count } = await db.prisma.outboxMessage.updateMany({
        where: { id: row.id, attempts: row.attempts, ...claimable(now) },
        data: { status: 'pending', nextAttemptAt: until, leaseUntil: null, leaseOwner: null },
    });
    // count 0: another instance took the row meanwhile; its queue is its business.
    if (count === 1)
        await holdQueue(db, row, until);
}
/**
 * Moves the rows queued behind `row` to `until` too: they may not overtake it
 * anyway, and leaving them due would fill every batch with rows that can
 * only be skipped, starving other conversations.
 */
async function holdQueue(db, row, until) {
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
/** Records the outcome of our claim; false when the lease was lost to another instance meanwhile. */
async function settle(db, fence, outcome) {
    const released = { leaseUntil: null, leaseOwner: null };
    const data = outcome.status === 'sent'
        ? { ...released, status: 'sent', sentAt: outcome.at, platformMessageId: outcome.platformMessageId, lastError: null }
        : outcome.status === 'pending'
            ? { ...released, status: 'pending', nextAttemptAt: outcome.nextAttemptAt, lastError: outcome.error }
            : { ...released, status: 'dead', lastError: outcome.error };
    const { count } = await db.prisma.outboxMessage.updateMany({
        where: { id: fence.id, status: 'sending', attempts: fence.attempts },
        data,
    });
    return count === 1;
}
/** Sends of the last `sinceMs`, to warm the rate limiters after a restart. */
function recentSends(db, since) {
    return db.prisma.outboxMessage.findMany({
        where: { status: 'sent', sentAt: { gte: since } },
        select: { platform: true, recipient: true, sentAt: true },
    });
}
//# sourceMappingURL=queue-store.js.map