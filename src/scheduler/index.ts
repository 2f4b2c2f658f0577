/**
 * The scheduler: node-cron triggers, a lease so only one instance runs it, and
 * the tick (callable directly in tests: no real waiting).
 *
 * One tick a minute for all cells rather than a cron per cell: every offset
 * ("7 days before the first Monday", "an hour before a vote's deadline") is
 * computed by the planner and kept in the ledger, so a minute tick finds what
 * is due, catches up after downtime, and needs no task to be rebuilt when a
 * secretary changes a rule or moves a meeting. Cron's timezone only matters
 * for the wall-clock minute, which is the same in every zone we serve.
 *
 * The scheduler decides what is due and when; what a job does is the bot's:
 * each claimed occurrence goes to it as `job.due` (run-job.ts), so nothing
 * here imports src/features.
 */
import cron, { type ScheduledTask } from 'node-cron';
import type { Config } from '../config';
import type { Delivery } from '../delivery';
import type { Clock, Logger } from '../core/ports';
import type { JobRunner } from '../meetings/job-due';
import type { Database } from '../store/database';
import { createLease, LEASE_RENEW_MS, type Lease } from './lease';
import { emptyReport, runTick, type TickContext, type TickReport } from './tick';

export type { TickReport } from './tick';
export { planSchedule, type ScheduledItem } from '../meetings/schedule-view';

const HOUR = 3_600_000;
const DEFAULT_LOOKBACK_MS = 35 * 24 * HOUR;

export interface SchedulerDependencies {
  readonly config: Pick<Config, 'scheduler'>;
  readonly db: Database;
  readonly delivery: Delivery;
  /** The bot core: each due job enters it as `job.due`, and a feature does it. */
  readonly bot: JobRunner;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly instanceId: string;
  /** Lease expiry (default 40 s): a dead holder is replaced within a minute. */
  readonly leaseTtlMs?: number;
}

export interface Scheduler {
  /** Runs a catch-up tick now, then one every minute; renews the lease every 20 s. No-op when disabled. */
  start(): void;
  /** Stops the triggers, waits for a tick in flight and gives the lease up. */
  stop(): Promise<void>;
  /** One tick at the clock's now (tests call it directly). */
  tick(): Promise<TickReport>;
}

export function createScheduler(deps: SchedulerDependencies): Scheduler {
  const logger = deps.logger.child({ component: 'scheduler', instanceId: deps.instanceId });
  const lease: Lease = createLease({
    db: deps.db,
    holder: deps.instanceId,
    ...(deps.leaseTtlMs === undefined ? {} : { ttlMs: deps.leaseTtlMs }),
  });
  const ctx: TickContext = {
    db: deps.db,
    delivery: deps.delivery,
    bot: deps.bot,
    clock: deps.clock,
    logger,
    graceMs: deps.config.scheduler.graceHours * HOUR,
    lookbackMs: Math.max(DEFAULT_LOOKBACK_MS, deps.config.scheduler.graceHours * HOUR),
  };
  let running: Promise<TickReport> | undefined;

  const tick = async (): Promise<TickReport> => {
    const now = deps.clock.now();
    if (!(await lease.acquire(now))) return emptyReport(false, now);
    return runTick(ctx, now);
  };
  // A tick still in flight is joined, never doubled (the cron also has noOverlap).
  const guardedTick = (): Promise<TickReport> => (running ??= tick().finally(() => (running = undefined)));
  const logged = (work: Promise<unknown>, what: string): void => {
    work.catch((error: unknown) => logger.error({ err: error }, what));
  };

  const tasks: ScheduledTask[] = [];
  return {
    tick: guardedTick,
    start() {
      if (!deps.config.scheduler.enabled) {
        logger.info({}, 'scheduler disabled (SCHEDULER_ENABLED=false)');
        return;
      }
      const options = { timezone: 'Asia/Ho_Chi_Minh', noOverlap: true };
      tasks.push(
        cron.schedule('0 * * * * *', () => logged(guardedTick(), 'scheduler.tick_failed'), {
          ...options,
          name: `scheduler-tick-${deps.instanceId}`,
        }),
      );
      const renewEvery = `*/${Math.round(LEASE_RENEW_MS / 1000)} * * * * *`;
      tasks.push(
        cron.schedule(renewEvery, () => logged(lease.acquire(deps.clock.now()), 'scheduler.lease_failed'), {
          ...options,
          name: `scheduler-lease-${deps.instanceId}`,
        }),
      );
      logged(guardedTick(), 'scheduler.catch_up_failed');
    },
    async stop() {
      for (const task of tasks.splice(0)) await task.destroy();
      await running?.catch(() => undefined);
      await lease.release();
    },
  };
}
