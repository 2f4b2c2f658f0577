"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createOutboxDispatcher = createOutboxDispatcher;
exports.planChains = planChains;
/**
 * Drains the outbox: claims due rows with a lease, sends them through each
 * platform's transport inside the rate limits, one conversation's messages
 * strictly in queue order, and records the outcome. Safe with several
 * instances on one database (claims are conditional updates) and across
 * crashes (an expired lease makes a 'sending' row due again; see deliver.ts
 * for the at-least-once gap that leaves).
 */
const rate_limiter_1 = require("./rate-limiter");
const deliver_1 = require("./deliver");
const queue_store_1 = require("./queue-store");
/** Builds a dispatcher; nothing runs until runOnce() or start(). */
function createOutboxDispatcher(options) {
    const limits = options.limits ?? rate_limiter_1.DEFAULT_LIMITS;
    const limiters = new Map();
    for (const [platform, platformLimits] of Object.entries(limits))
        limiters.set(platform, (0, rate_limiter_1.createRateLimiter)(platformLimits));
    const random = options.random ?? Math.random;
    const ctx = {
        db: options.db,
        clock: options.clock,
        logger: options.logger,
        transports: new Map(options.transports.map((t) => [t.platform, t])),
        limiters,
        instanceId: options.instanceId,
        leaseMs: options.leaseMs ?? 60_000,
        maxAttempts: options.maxAttempts ?? 8,
        backoff: (attempt) => (0, deliver_1.exponentialBackoff)(attempt, random),
    };
    const batchSize = options.batchSize ?? 50;
    const concurrency = options.concurrency ?? 8;
    const warmUp = createWarmUp(ctx, limits);
    const runOnce = async () => {
        const now = ctx.clock.now();
        await warmUp(now);
        for (const limiter of limiters.values())
            limiter.sweep(now);
        const stats = { sent: 0, retried: 0, dead: 0, skipped: 0 };
        const due = await (0, queue_store_1.findDue)(ctx.db, now, [...ctx.transports.keys()], batchSize);
        if (due.length === 0)
            return stats;
        const chains = planChains(due, await (0, queue_store_1.findQueues)(ctx.db, [...new Set(due.map((row) => row.recipient))]));
        stats.skipped += due.length - chains.reduce((n, chain) => n + chain.length, 0);
        await runPool(chains, concurrency, (chain) => runChain(ctx, chain, stats));
        return stats;
    };
    return { runOnce, ...createLoop(runOnce, ctx.logger, options.pollIntervalMs ?? 1_000) };
}
/**
 * Per conversation, the rows that may go now: from the head of its queue, as
 * long as each row is due. The first row that is not due (backing off, being
 * sent elsewhere, scheduled later) stops the conversation for this run.
 */
function planChains(due, queues) {
    const dueById = new Map(due.map((row) => [row.id, row]));
    const byConversation = new Map();
    for (const entry of queues) {
        const key = `${entry.platform}\u0000${entry.recipient}`;
        const list = byConversation.get(key) ?? [];
        list.push(entry);
        byConversation.set(key, list);
    }
    const chains = [];
    for (const entries of byConversation.values()) {
        const chain = [];
        for (const entry of entries) {
            const row = dueById.get(entry.id);
            if (row === undefined)
                break;
            chain.push(row);
        }
        if (chain.length > 0)
            chains.push(chain);
    }
    return chains;
}
/** Sends one conversation's rows in order, stopping at the first that does not go out. */
async function runChain(ctx, chain, stats) {
    for (const [index, row] of chain.entries()) {
        let outcome;
        try {
            outcome = await (0, deliver_1.processRow)(ctx, row);
        }
        catch (error) {
            // A database error: a claimed row stays 'sending' and is retried when its lease expires.
            ctx.logger.error({ err: error, id: row.id, dedupeKey: row.dedupeKey }, 'outbox.row_failed');
            outcome = 'skipped';
        }
        stats[outcome] += 1;
        if (outcome === 'retried' || outcome === 'skipped') {
            stats.skipped += chain.length - index - 1;
            return;
        }
    }
}
async function runPool(items, width, work) {
    let next = 0;
    const worker = async () => {
        for (let item = items[next++]; item !== undefined; item = items[next++])
            await work(item);
    };
    await Promise.all(Array.from({ length: Math.min(Math.max(1, width), items.length) }, worker));
}
/**
 * After a restart the limiters would forget the last hour's sends and could
 * burst past the hourly limit: count what the database says was sent.
 */
function createWarmUp(ctx, limits) {
    const span = Math.max(0, ...Object.values(limits).flatMap((l) => [...l.perRecipient, ...l.global].map((w) => w.windowMs)));
    let done;
    return (now) => {
        done ??= (0, queue_store_1.recentSends)(ctx.db, new Date(now.getTime() - span)).then((rows) => {
            for (const row of rows)
                if (row.sentAt !== null)
                    ctx.limiters.get(row.platform)?.record(row.recipient, row.sentAt);
        }, (error) => {
            done = undefined; // try again next run
            throw error;
        });
        return done;
    };
}
/** The background loop: setTimeout-based, woken early by notify(), drained by stop(). */
function createLoop(runOnce, logger, pollIntervalMs) {
    const loop = new PollLoop(runOnce, logger, pollIntervalMs);
    return { start: () => loop.start(), stop: () => loop.stop(), notify: () => loop.notify() };
}
class PollLoop {
    runOnce;
    logger;
    pollIntervalMs;
    running = false;
    timer;
    inFlight;
    /** notify() arrived during a run: run again right after it. */
    wake = false;
    constructor(runOnce, logger, pollIntervalMs) {
        this.runOnce = runOnce;
        this.logger = logger;
        this.pollIntervalMs = pollIntervalMs;
    }
    start() {
        this.running = true;
        this.schedule(0);
    }
    async stop() {
        this.running = false;
        this.clearTimer();
        await this.inFlight;
    }
    notify() {
        if (!this.running)
            return;
        if (this.inFlight !== undefined) {
            this.wake = true;
            return;
        }
        this.clearTimer();
        this.schedule(0);
    }
    schedule(delayMs) {
        if (!this.running || this.timer !== undefined || this.inFlight !== undefined)
            return;
        this.timer = setTimeout(() => this.tick(), delayMs);
        // The loop must never keep the process alive on its own (shutdown calls stop()).
        this.timer.unref();
    }
    tick() {
        this.timer = undefined;
        this.wake = false;
        this.inFlight = this.runOnce()
            .then(
        // Work was done: more may be due at once; otherwise wait for a poll or a notify().
        (stats) => (stats.sent + stats.dead + stats.retried > 0 ? 0 : this.pollIntervalMs), (error) => {
            this.logger.error({ err: error }, 'outbox.run_failed');
            return this.pollIntervalMs;
        })
            .then((delayMs) => {
            this.inFlight = undefined;
            this.schedule(this.wake ? 0 : delayMs);
        });
    }
    clearTimer() {
        if (this.timer !== undefined)
            clearTimeout(this.timer);
        this.timer = undefined;
    }
}
//# sourceMappingURL=dispatcher.js.map