/**
 * Drains the outbox: claims due rows with a lease, sends them through each
 * platform's transport inside the rate limits, one conversation's messages
 * strictly in queue order, and records the outcome. Safe with several
 * instances on one database (claims are conditional updates) and across
 * crashes (an expired lease makes a 'sending' row due again; see deliver.ts
 * for the at-least-once gap that leaves).
 */
import { createRateLimiter, DEFAULT_LIMITS, type PlatformLimits, type RateLimiter } from './rate-limiter';
import { processRow, type DeliveryContext, type RowOutcome } from './deliver';
import { retryPolicy, type RetryPolicy } from './retry-policy';
import { findDue, findQueues, recentSends, type DueRow, type QueueEntry } from './queue-store';
import type { OutboxDatabase } from './enqueue';
import type { OutboxClock, OutboxLogger, Transport } from './types';

export interface OutboxDispatcherOptions {
  readonly db: OutboxDatabase;
  readonly transports: readonly Transport[];
  readonly clock: OutboxClock;
  readonly logger: OutboxLogger;
  /** Per platform; platforms missing here are not limited. Defaults to DEFAULT_LIMITS (Teams, Zalo). */
  readonly limits?: Readonly<Record<string, PlatformLimits>>;
  /** Recorded as the lease owner and in logs. */
  readonly instanceId: string;
  /** Rows read per run (default 50). */
  readonly batchSize?: number;
  /** How long a claim holds before another instance may retry the row (default 60 s). */
  readonly leaseMs?: number;
  /** When failed sends are retried and when a row is dead (defaults: DEFAULT_RETRY_POLICY, a 6 h horizon). */
  readonly retry?: Partial<RetryPolicy>;
  /** Idle wait of the background loop (default 1 s). */
  readonly pollIntervalMs?: number;
  /** Conversations served at once within a run (default 8). */
  readonly concurrency?: number;
  /** Jitter source, injectable for tests (default Math.random). */
  readonly random?: () => number;
  /**
   * Pace sends evenly under the platform-wide limits, each send waiting up to `maxWaitMs` for its slot
   * (real time: only with the system clock). Without it a send goes now or is put back until its slot.
   */
  readonly pacing?: { readonly maxWaitMs: number };
}

export interface OutboxRunStats {
  sent: number;
  retried: number;
  dead: number;
  /** Rows left for later: rate-limited, behind an earlier message, or claimed by another instance. */
  skipped: number;
}

export interface OutboxDispatcher {
  /** One pass over the due rows; resolves when every row it claimed is settled. */
  runOnce(): Promise<OutboxRunStats>;
  /** Starts the background loop (timers are unref'd: it never keeps the process alive). */
  start(): void;
  /** Stops the loop and waits for the batch in flight, so nothing claimed is abandoned. */
  stop(): Promise<void>;
  /** Something was enqueued: run soon instead of at the next poll. */
  notify(): void;
}

/** Builds a dispatcher; nothing runs until runOnce() or start(). */
export function createOutboxDispatcher(options: OutboxDispatcherOptions): OutboxDispatcher {
  const limits = options.limits ?? DEFAULT_LIMITS;
  const limiters = new Map<string, RateLimiter>();
  const paced = options.pacing !== undefined;
  for (const [platform, platformLimits] of Object.entries(limits))
    limiters.set(platform, createRateLimiter(platformLimits, { paced }));
  const ctx: DeliveryContext = {
    db: options.db,
    clock: options.clock,
    logger: options.logger,
    transports: new Map(options.transports.map((t) => [t.platform, t])),
    limiters,
    instanceId: options.instanceId,
    leaseMs: options.leaseMs ?? 60_000,
    retry: retryPolicy(options.retry),
    random: options.random ?? Math.random,
    slotWaitMs: options.pacing?.maxWaitMs ?? 0,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  };
  const batchSize = options.batchSize ?? 50;
  const concurrency = options.concurrency ?? 8;
  const warmUp = createWarmUp(ctx, limits);

  const runOnce = async (): Promise<OutboxRunStats> => {
    const now = ctx.clock.now();
    await warmUp(now);
    for (const limiter of limiters.values()) limiter.sweep(now);
    const stats: OutboxRunStats = { sent: 0, retried: 0, dead: 0, skipped: 0 };
    const due = await findDue(ctx.db, now, [...ctx.transports.keys()], batchSize);
    if (due.length === 0) return stats;
    const chains = planChains(due, await findQueues(ctx.db, [...new Set(due.map((row) => row.recipient))]));
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
export function planChains(due: readonly DueRow[], queues: readonly QueueEntry[]): DueRow[][] {
  const dueById = new Map(due.map((row) => [row.id, row]));
  const byConversation = new Map<string, QueueEntry[]>();
  for (const entry of queues) {
    const key = `${entry.platform}\u0000${entry.recipient}`;
    const list = byConversation.get(key) ?? [];
    list.push(entry);
    byConversation.set(key, list);
  }
  const chains: DueRow[][] = [];
  for (const entries of byConversation.values()) {
    const chain: DueRow[] = [];
    for (const entry of entries) {
      const row = dueById.get(entry.id);
      if (row === undefined) break;
      chain.push(row);
    }
    if (chain.length > 0) chains.push(chain);
  }
  return chains;
}

/** Sends one conversation's rows in order, stopping at the first that does not go out. */
async function runChain(ctx: DeliveryContext, chain: readonly DueRow[], stats: OutboxRunStats): Promise<void> {
  for (const [index, row] of chain.entries()) {
    let outcome: RowOutcome;
    try {
      outcome = await processRow(ctx, row);
    } catch (error) {
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

async function runPool<T>(items: readonly T[], width: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async (): Promise<void> => {
    for (let item = items[next++]; item !== undefined; item = items[next++]) await work(item);
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, width), items.length) }, worker));
}

/**
 * After a restart the limiters would forget the last hour's sends and could
 * burst past the hourly limit: count what the database says was sent.
 */
function createWarmUp(
  ctx: DeliveryContext,
  limits: Readonly<Record<string, PlatformLimits>>,
): (now: Date) => Promise<void> {
  const span = Math.max(
    0,
    ...Object.values(limits).flatMap((l) => [...l.perRecipient, ...l.global].map((w) => w.windowMs)),
  );
  let done: Promise<void> | undefined;
  return (now) => {
    done ??= recentSends(ctx.db, new Date(now.getTime() - span)).then(
      (rows) => {
        for (const row of rows)
          if (row.sentAt !== null) ctx.limiters.get(row.platform)?.record(row.recipient, row.sentAt);
      },
      (error: unknown) => {
        done = undefined; // try again next run
        throw error;
      },
    );
    return done;
  };
}

/** The background loop: setTimeout-based, woken early by notify(), drained by stop(). */
function createLoop(
  runOnce: () => Promise<OutboxRunStats>,
  logger: OutboxLogger,
  pollIntervalMs: number,
): Omit<OutboxDispatcher, 'runOnce'> {
  const loop = new PollLoop(runOnce, logger, pollIntervalMs);
  return { start: () => loop.start(), stop: () => loop.stop(), notify: () => loop.notify() };
}

class PollLoop {
  private running = false;
  private timer: NodeJS.Timeout | undefined;
  private inFlight: Promise<void> | undefined;
  /** notify() arrived during a run: run again right after it. */
  private wake = false;

  constructor(
    private readonly runOnce: () => Promise<OutboxRunStats>,
    private readonly logger: OutboxLogger,
    private readonly pollIntervalMs: number,
  ) {}

  start(): void {
    this.running = true;
    this.schedule(0);
  }

  async stop(): Promise<void> {
    this.running = false;
    this.clearTimer();
    await this.inFlight;
  }

  notify(): void {
    if (!this.running) return;
    if (this.inFlight !== undefined) {
      this.wake = true;
      return;
    }
    this.clearTimer();
    this.schedule(0);
  }

  private schedule(delayMs: number): void {
    if (!this.running || this.timer !== undefined || this.inFlight !== undefined) return;
    this.timer = setTimeout(() => this.tick(), delayMs);
    // The loop must never keep the process alive on its own (shutdown calls stop()).
    this.timer.unref();
  }

  private tick(): void {
    this.timer = undefined;
    this.wake = false;
    this.inFlight = this.runOnce()
      .then(
        // Work was done: more may be due at once; otherwise wait for a poll or a notify().
        (stats) => (stats.sent + stats.dead + stats.retried > 0 ? 0 : this.pollIntervalMs),
        (error: unknown) => {
          this.logger.error({ err: error }, 'outbox.run_failed');
          return this.pollIntervalMs;
        },
      )
      .then((delayMs) => {
        this.inFlight = undefined;
        this.schedule(this.wake ? 0 : delayMs);
      });
  }

  private clearTimer(): void {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
