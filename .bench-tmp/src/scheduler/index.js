"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.planSchedule = void 0;
exports.createScheduler = createScheduler;
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
 */
const node_cron_1 = __importDefault(require("node-cron"));
const lease_1 = require("./lease");
const tick_1 = require("./tick");
var schedule_view_1 = require("./schedule-view");
Object.defineProperty(exports, "planSchedule", { enumerable: true, get: function () { return schedule_view_1.planSchedule; } });
const HOUR = 3_600_000;
const DEFAULT_LOOKBACK_MS = 35 * 24 * HOUR;
function createScheduler(deps) {
    const logger = deps.logger.child({ component: 'scheduler', instanceId: deps.instanceId });
    const lease = (0, lease_1.createLease)({ db: deps.db, holder: deps.instanceId, ...(deps.leaseTtlMs === undefined ? {} : { ttlMs: deps.leaseTtlMs }) });
    const ctx = {
        db: deps.db,
        delivery: deps.delivery,
        clock: deps.clock,
        logger,
        graceMs: deps.config.scheduler.graceHours * HOUR,
        lookbackMs: Math.max(DEFAULT_LOOKBACK_MS, deps.config.scheduler.graceHours * HOUR),
    };
    let running;
    const tick = async () => {
        const now = deps.clock.now();
        if (!(await lease.acquire(now)))
            return (0, tick_1.emptyReport)(false, now);
        return (0, tick_1.runTick)(ctx, now);
    };
    // A tick still in flight is joined, never doubled (the cron also has noOverlap).
    const guardedTick = () => (running ??= tick().finally(() => (running = undefined)));
    const logged = (work, what) => {
        work.catch((error) => logger.error({ err: error }, what));
    };
    const tasks = [];
    return {
        tick: guardedTick,
        start() {
            if (!deps.config.scheduler.enabled) {
                logger.info({}, 'scheduler disabled (SCHEDULER_ENABLED=false)');
                return;
            }
            const options = { timezone: 'Asia/Ho_Chi_Minh', noOverlap: true };
            tasks.push(node_cron_1.default.schedule('0 * * * * *', () => logged(guardedTick(), 'scheduler.tick_failed'), { ...options, name: `scheduler-tick-${deps.instanceId}` }));
            const renewEvery = `*/${Math.round(lease_1.LEASE_RENEW_MS / 1000)} * * * * *`;
            tasks.push(node_cron_1.default.schedule(renewEvery, () => logged(lease.acquire(deps.clock.now()), 'scheduler.lease_failed'), { ...options, name: `scheduler-lease-${deps.instanceId}` }));
            logged(guardedTick(), 'scheduler.catch_up_failed');
        },
        async stop() {
            for (const task of tasks.splice(0))
                await task.destroy();
            await running?.catch(() => undefined);
            await lease.release();
        },
    };
}
//# sourceMappingURL=index.js.map