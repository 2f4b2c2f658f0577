"use strict";
/**
 * Sliding-window rate limits, pure and time-injected: per recipient several
 * windows (Teams: 7/s, 60/30 s, 1800/h per conversation) and a global budget
 * (Teams ~50 req/s per tenant, Zalo ~4000/min per app). A sliding log rather
 * than token buckets because the platforms count sends in windows, and a burst
 * at a window edge is exactly what earns a 429.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_LIMITS = exports.ZALO_LIMITS = exports.TEAMS_LIMITS = void 0;
exports.createRateLimiter = createRateLimiter;
exports.divideLimits = divideLimits;
/** STACK.md: 7 sends/s, 60 per 30 s, 1800/h per conversation; about 50 req/s per tenant. */
exports.TEAMS_LIMITS = {
    perRecipient: [
        { limit: 7, windowMs: 1_000 },
        { limit: 60, windowMs: 30_000 },
        { limit: 1_800, windowMs: 3_600_000 },
    ],
    global: [{ limit: 50, windowMs: 1_000 }],
};
/** ZALO.md: about 4000 requests a minute per app; 60/s keeps clear of it and of bursts. */
exports.ZALO_LIMITS = {
    perRecipient: [],
    global: [
        { limit: 60, windowMs: 1_000 },
        { limit: 3_600, windowMs: 60_000 },
    ],
};
/** Platforms without an entry (the playground) are not limited. */
exports.DEFAULT_LIMITS = { teams: exports.TEAMS_LIMITS, zalo: exports.ZALO_LIMITS };
/** Builds a limiter for one platform. */
function createRateLimiter(limits) {
    for (const window of [...limits.perRecipient, ...limits.global]) {
        if (!(window.limit >= 1 && window.windowMs > 0))
            throw new Error(`rate limit ${JSON.stringify(window)} is invalid`);
    }
    return new SlidingWindowLimiter(limits);
}
class SlidingWindowLimiter {
    limits;
    lanes = new Map();
    global = { log: [], penaltyUntil: 0 };
    recipientSpan;
    globalSpan;
    constructor(limits) {
        this.limits = limits;
        this.recipientSpan = longestWindow(limits.perRecipient);
        this.globalSpan = longestWindow(limits.global);
    }
    reserve(recipient, now) {
        const t = now.getTime();
        const lane = this.lane(recipient);
        trim(lane.log, t - this.recipientSpan);
        trim(this.global.log, t - this.globalSpan);
        const retry = Math.max(blockedUntil(lane, this.limits.perRecipient, t), blockedUntil(this.global, this.limits.global, t));
        if (retry > t)
            return { ok: false, retryAt: new Date(retry) };
        insertSorted(lane.log, t);
        insertSorted(this.global.log, t);
        return { ok: true };
    }
    cancel(recipient, at) {
        removeOne(this.lane(recipient).log, at.getTime());
        removeOne(this.global.log, at.getTime());
    }
    record(recipient, at) {
        insertSorted(this.lane(recipient).log, at.getTime());
        insertSorted(this.global.log, at.getTime());
    }
    penalize(recipient, until) {
        const lane = this.lane(recipient);
        lane.penaltyUntil = Math.max(lane.penaltyUntil, until.getTime());
    }
    penalizeAll(until) {
        this.global.penaltyUntil = Math.max(this.global.penaltyUntil, until.getTime());
    }
    sweep(now) {
        const t = now.getTime();
        for (const [recipient, lane] of this.lanes) {
            trim(lane.log, t - this.recipientSpan);
            if (lane.log.length === 0 && lane.penaltyUntil <= t)
                this.lanes.delete(recipient);
        }
    }
    lane(recipient) {
        let lane = this.lanes.get(recipient);
        if (lane === undefined) {
            lane = { log: [], penaltyUntil: 0 };
            this.lanes.set(recipient, lane);
        }
        return lane;
    }
}
/**
 * Splits a platform's limits between instances that share it: each instance
 * limits itself in memory, so N instances each get 1/N (at least 1).
 */
function divideLimits(limits, instances) {
    const share = (w) => ({ limit: Math.max(1, Math.floor(w.limit / Math.max(1, instances))), windowMs: w.windowMs });
    return { perRecipient: limits.perRecipient.map(share), global: limits.global.map(share) };
}
function longestWindow(windows) {
    return windows.reduce((max, w) => Math.max(max, w.windowMs), 0);
}
/** The earliest time every window has room again (≤ t when it has room now). */
function blockedUntil(lane, windows, t) {
    let until = lane.penaltyUntil;
    for (const { limit, windowMs } of windows) {
        const inside = lane.log.length - firstAfter(lane.log, t - windowMs);
        if (inside < limit)
            continue;
        // The oldest of the last `limit` sends must leave the window first.
        const oldest = lane.log[lane.log.length - limit] ?? t;
        until = Math.max(until, oldest + windowMs);
    }
    return until;
}
/** Index of the first entry strictly greater than `bound` (binary search). */
function firstAfter(log, bound) {
    let lo = 0;
    let hi = log.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if ((log[mid] ?? Infinity) > bound)
            hi = mid;
        else
            lo = mid + 1;
    }
    return lo;
}
/** Drops entries at or before `bound`: they are outside every window. */
function trim(log, bound) {
    const keepFrom = firstAfter(log, bound);
    if (keepFrom > 0)
        log.splice(0, keepFrom);
}
function insertSorted(log, t) {
    log.splice(firstAfter(log, t), 0, t);
}
function removeOne(log, t) {
    const index = log.lastIndexOf(t);
    if (index >= 0)
        log.splice(index, 1);
}
//# sourceMappingURL=rate-limiter.js.map