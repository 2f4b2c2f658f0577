"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FINAL_STATUSES = exports.JOB_STATUSES = void 0;
exports.claimOccurrence = claimOccurrence;
exports.finishOccurrence = finishOccurrence;
exports.closeOccurrence = closeOccurrence;
exports.planOccurrence = planOccurrence;
exports.ledgerStatuses = ledgerStatuses;
/**
 * The job ledger (JobRun): one row per occurrence, written with its unique key
 * BEFORE any message is queued. A row left 'running' by a crash is resumed (the
 * outbox's dedupe keys make the second pass queue only what is missing); a row
 * that is sent, missed or cancelled is never run again.
 */
const enqueue_1 = require("../outbox/enqueue");
exports.JOB_STATUSES = ['planned', 'running', 'sent', 'missed', 'cancelled'];
exports.FINAL_STATUSES = ['sent', 'missed', 'cancelled'];
function rowOf(entry, status, now) {
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
async function insert(db, entry, status, now) {
    try {
        await db.prisma.jobRun.create({ data: rowOf(entry, status, now), select: { id: true } });
        return true;
    }
    catch (error) {
        if ((0, enqueue_1.isUniqueViolation)(error))
            return false;
        throw error;
    }
}
/**
 * Takes the occurrence for running: a new row, a 'planned' row (conditional
 * update, so two callers cannot both take it) or a 'running' row a crash left.
 */
async function claimOccurrence(db, entry, now) {
    if (await insert(db, entry, 'running', now))
        return true;
    const taken = await db.prisma.jobRun.updateMany({ where: { key: entry.key, status: 'planned' }, data: { status: 'running' } });
    if (taken.count === 1)
        return true;
    const row = await db.prisma.jobRun.findUnique({ where: { key: entry.key }, select: { status: true } });
    return row?.status === 'running';
}
/** Records the outcome of a run (only a running row changes). */
async function finishOccurrence(db, key, status, now) {
    await db.prisma.jobRun.updateMany({ where: { key, status: 'running' }, data: { status, finishedAt: now } });
}
/** Marks an occurrence that must not run (too late, meeting over or cancelled); final rows are left alone. */
async function closeOccurrence(db, entry, status, now) {
    if (await insert(db, entry, status, now))
        return;
    await db.prisma.jobRun.updateMany({ where: { key: entry.key, status: { in: ['planned', 'running'] } }, data: { status, finishedAt: now } });
}
/** Queues a one-off job (a correction after a change) for the next tick. */
async function planOccurrence(db, entry, now) {
    return insert(db, entry, 'planned', now);
}
/** Ledger statuses by key for a cell's occurrences in a range. */
async function ledgerStatuses(db, cellId, from, to) {
    const rows = await db.prisma.jobRun.findMany({
        where: { cellId, occurrenceAt: { gte: from, lte: to } },
        select: { key: true, status: true },
    });
    return new Map(rows.map((r) => [r.key, r.status]));
}
//# sourceMappingURL=ledger.js.map