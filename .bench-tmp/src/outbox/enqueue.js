"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.outboxKey = outboxKey;
exports.enqueue = enqueue;
exports.isUniqueViolation = isUniqueViolation;
exports.outboxId = outboxId;
/**
 * Putting a message in the outbox: one row per dedupe key, so asking twice
 * (a retried turn, two instances firing the same reminder) sends once.
 */
const node_crypto_1 = require("node:crypto");
/**
 * The dedupe key of one message: what it is for, to whom, and which
 * occurrence (a meeting id, a reminder's due time, a motion id…).
 */
function outboxKey(purpose, recipient, occurrence) {
    return [purpose, recipient, occurrence].map((part) => part.replace(/[\\|]/g, (c) => `\\${c}`)).join('|');
}
/** Inserts the message unless its dedupe key is already taken (race-safe on both providers). */
async function enqueue(db, input) {
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
    }
    catch (error) {
        if (!isUniqueViolation(error))
            throw error;
    }
    // Lost the race (or a repeat): the existing row is the message.
    const existing = await db.prisma.outboxMessage.findUnique({ where: { dedupeKey: input.dedupeKey }, select: { id: true } });
    if (existing === null)
        throw new Error(`outbox: ${input.dedupeKey} collided but cannot be found`);
    return { id: existing.id, created: false };
}
/** Prisma's unique-constraint error (P2002), recognised without importing a provider's client class. */
function isUniqueViolation(error) {
    return typeof error === 'object' && error !== null && error.code === 'P2002';
}
/**
 * Ids that sort (as fixed-width lowercase base-36 strings) in creation order
 * within a process: they break ties between rows queued in the same
 * millisecond, so two messages enqueued one after the other keep their order.
 * The counter is process-wide on purpose (like cuid's), not request state.
 */
let lastMs = 0;
let counter = 0;
function outboxId() {
    const ms = Math.max(Date.now(), lastMs);
    counter = ms === lastMs ? counter + 1 : 0;
    lastMs = ms;
    const random = (0, node_crypto_1.randomBytes)(6).readUIntBE(0, 6).toString(36).padStart(10, '0').slice(-10);
    return `o${ms.toString(36).padStart(9, '0')}${counter.toString(36).padStart(5, '0')}${random}`;
}
//# sourceMappingURL=enqueue.js.map