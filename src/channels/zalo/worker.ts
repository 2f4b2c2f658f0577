/**
 * Drains the webhook queue: one event at a time per instance, oldest first,
 * so a member's messages are answered in the order they wrote them. Timers
 * are unref'd (never keep the process alive); stop() waits for the event in hand.
 */
import type { Clock, Logger } from '../../features/ports';
import type { Database } from '../../store/database';
import { claimNext, markDone, markFailed, purgeProcessed } from './event-queue';
import { parseEvent } from './events';
import { processEvent, type InboundDependencies } from './inbound';

export interface ZaloWorker {
  /** Processes due events until none is left (at most `limit`); resolves to how many were handled. */
  runOnce(limit?: number): Promise<number>;
  start(): void;
  stop(): Promise<void>;
  notify(): void;
}

export interface WorkerOptions {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly inbound: InboundDependencies;
  readonly pollIntervalMs?: number;
  readonly leaseMs?: number;
  readonly maxAttempts?: number;
}

const RETENTION_MS = 14 * 24 * 3_600_000;
const PURGE_EVERY_MS = 3_600_000;

export function createZaloWorker(options: WorkerOptions): ZaloWorker {
  const { db, clock, logger } = options;
  const leaseMs = options.leaseMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 5;
  const pollMs = options.pollIntervalMs ?? 1_000;
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let inFlight: Promise<number> | undefined;
  let lastPurge = 0;

  const handleOne = async (): Promise<boolean> => {
    const event = await claimNext(db, clock.now(), leaseMs);
    if (event === null) return false;
    try {
      await processEvent(options.inbound, parseEvent(event.body), event.id);
      await markDone(db, event.id, clock.now());
    } catch (error) {
      const retryAt =
        event.attempts < maxAttempts ? new Date(clock.now().getTime() + 5_000 * 2 ** event.attempts) : null;
      logger.error(
        { err: error, eventId: event.id, attempts: event.attempts, willRetry: retryAt !== null },
        'zalo: event processing failed',
      );
      await markFailed(db, event.id, error instanceof Error ? error.message.slice(0, 500) : String(error), retryAt);
    }
    return true;
  };

  const runOnce = async (limit = 100): Promise<number> => {
    let handled = 0;
    while (handled < limit && (await handleOne())) handled += 1;
    if (Date.now() - lastPurge > PURGE_EVERY_MS) {
      lastPurge = Date.now();
      await purgeProcessed(db, new Date(clock.now().getTime() - RETENTION_MS));
    }
    return handled;
  };

  const schedule = (delayMs: number): void => {
    if (!running || timer !== undefined || inFlight !== undefined) return;
    timer = setTimeout(tick, delayMs);
    timer.unref();
  };
  const tick = (): void => {
    timer = undefined;
    inFlight = runOnce().catch((error: unknown) => {
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
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      await inFlight;
    },
    notify() {
      if (!running || inFlight !== undefined) return;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      schedule(0);
    },
  };
}
