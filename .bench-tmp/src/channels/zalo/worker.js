"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createZaloWorker = createZaloWorker;
const event_queue_1 = require("./event-queue");
const events_1 = require("./events");
const inbound_1 = require("./inbound");
const RETENTION_MS = 14 * 24 * 3_600_000;
const PURGE_EVERY_MS = 3_600_000;
function createZaloWorker(options) {
    const { db, clock, logger } = options;
    const leaseMs = options.leaseMs ?? 60_000;
    const maxAttempts = options.maxAttempts ?? 5;
    const pollMs = options.pollIntervalMs ?? 1_000;
    let running = false;
    let timer;
    let inFlight;
    let lastPurge = 0;
    const handleOne = async () => {
        const event = await (0, event_queue_1.claimNext)(db, clock.now(), leaseMs);
        if (event === null)
            return false;
        try {
            await (0, inbound_1.processEvent)(options.inbound, (0, events_1.parseEvent)(event.body), event.id);
            await (0, event_queue_1.markDone)(db, event.id, clock.now());
        }
        catch (error) {
            const retryAt = event.attempts < maxAttempts ? new Date(clock.now().getTime() + 5_000 * 2 ** event.attempts) : null;
            logger.error({ err: error, eventId: event.id, attempts: event.attempts, willRetry: retryAt !== null }, 'zalo: event processing failed');
            await (0, event_queue_1.markFailed)(db, event.id, error instanceof Error ? error.message.slice(0, 500) : String(error), retryAt);
        }
        return true;
    };
    const runOnce = async (limit = 100) => {
        let handled = 0;
        while (handled < limit && (await handleOne()))
            handled += 1;
        if (Date.now() - lastPurge > PURGE_EVERY_MS) {
            lastPurge = Date.now();
            await (0, event_queue_1.purgeProcessed)(db, new Date(clock.now().getTime() - RETENTION_MS));
        }
        return handled;
    };
    const schedule = (delayMs) => {
        if (!running || timer !== undefined || inFlight !== undefined)
            return;
        timer = setTimeout(tick, delayMs);
        timer.unref();
    };
    const tick = () => {
        timer = undefined;
        inFlight = runOnce().catch((error) => {
            logger.error({ err: error }, 'zalo: worker run failed');
            return 0;
        });
        void inFlight.then(() => {
            inFlight = undefined;
            schedule(pollMs);
        });
    };
    return {
        runOnce,
        start() {
            running = true;
            schedule(0);
        },
        async stop() {
            running = false;
            if (timer !== undefined)
                clearTimeout(timer);
            timer = undefined;
            await inFlight;
        },
        notify() {
            if (!running || inFlight !== undefined)
                return;
            if (timer !== undefined)
                clearTimeout(timer);
            timer = undefined;
            schedule(0);
        },
    };
}
//# sourceMappingURL=worker.js.map