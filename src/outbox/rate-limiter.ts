/**
 * Sliding-window rate limits, pure and time-injected: per recipient several
 * windows (Teams: 7/s, 60/30 s, 1800/h per conversation) and a global budget
 * (Teams ~50 req/s per tenant, Zalo ~4000/min per app). A sliding log rather
 * than token buckets because the platforms count sends in windows, and a burst
 * at a window edge is exactly what earns a 429.
 */

export interface WindowLimit {
  readonly limit: number;
  readonly windowMs: number;
}

export interface PlatformLimits {
  /** Every window must have room for a send to this recipient. */
  readonly perRecipient: readonly WindowLimit[];
  /** Shared by all recipients of the platform. */
  readonly global: readonly WindowLimit[];
}

/** STACK.md: 7 sends/s, 60 per 30 s, 1800/h per conversation; about 50 req/s per tenant. */
export const TEAMS_LIMITS: PlatformLimits = {
  perRecipient: [
    { limit: 7, windowMs: 1_000 },
    { limit: 60, windowMs: 30_000 },
    { limit: 1_800, windowMs: 3_600_000 },
  ],
  global: [{ limit: 50, windowMs: 1_000 }],
};

/** ZALO.md: about 4000 requests a minute per app; 60/s keeps clear of it and of bursts. */
export const ZALO_LIMITS: PlatformLimits = {
  perRecipient: [],
  global: [
    { limit: 60, windowMs: 1_000 },
    { limit: 3_600, windowMs: 60_000 },
  ],
};

/** Platforms without an entry (the playground) are not limited. */
export const DEFAULT_LIMITS: Readonly<Record<string, PlatformLimits>> = { teams: TEAMS_LIMITS, zalo: ZALO_LIMITS };

/** A slot: `at` is when the send may go (now, or a little later for a paced limiter that was told it may wait). */
export type Reservation = { readonly ok: true; readonly at: Date } | { readonly ok: false; readonly retryAt: Date };

export interface LimiterOptions {
  /**
   * Spread the platform-wide budget evenly (one send every windowMs/limit, plus PACE_MARGIN) instead of
   * letting a window fill in one burst: a burst at a window's edge, shifted by a few milliseconds of network
   * on the way, is what the platform answers with 429.
   */
  readonly paced?: boolean;
}

/** Paced slots sit this much further apart than the limit alone would need: room for arrival jitter. */
export const PACE_MARGIN = 0.03;

export interface RateLimiter {
  /**
   * Takes the first slot for a send to `recipient` from `now` on if it is at most `maxWaitMs` away (default 0:
   * now or never), or says when to try again.
   */
  reserve(recipient: string, now: Date, maxWaitMs?: number): Reservation;
  /** Gives back a slot reserved at `at` that was not used (the row was claimed elsewhere). */
  cancel(recipient: string, at: Date): void;
  /** Counts a send that happened without a reservation (warm-up from the database after a restart). */
  record(recipient: string, at: Date): void;
  /** The platform answered 429 with Retry-After for this recipient: nothing to it before `until`. */
  penalize(recipient: string, until: Date): void;
  /** The platform said the whole app is over its limit: nothing to anyone before `until`. */
  penalizeAll(until: Date): void;
  /** Forgets recipients with no sends inside any window (bounded memory). */
  sweep(now: Date): void;
}

interface Lane {
  /** Send times in ms, ascending. */
  readonly log: number[];
  penaltyUntil: number;
}

/** Builds a limiter for one platform. */
export function createRateLimiter(limits: PlatformLimits, options: LimiterOptions = {}): RateLimiter {
  for (const window of [...limits.perRecipient, ...limits.global]) {
    if (!(window.limit >= 1 && window.windowMs > 0)) throw new Error(`rate limit ${JSON.stringify(window)} is invalid`);
  }
  const spacing =
    options.paced === true ? Math.max(0, ...limits.global.map((w) => (w.windowMs / w.limit) * (1 + PACE_MARGIN))) : 0;
  return new SlidingWindowLimiter(limits, spacing);
}

class SlidingWindowLimiter implements RateLimiter {
  private readonly lanes = new Map<string, Lane>();
  private readonly global: Lane = { log: [], penaltyUntil: 0 };
  /** When the next paced slot ideally falls (fractional ms; slots are whole ms, rounded up from it). */
  private paceCursor = 0;
  private readonly recipientSpan: number;
  private readonly globalSpan: number;

  constructor(
    private readonly limits: PlatformLimits,
    /** Least gap between two platform-wide slots (0: unpaced). */
    private readonly spacing: number,
  ) {
    this.recipientSpan = longestWindow(limits.perRecipient);
    this.globalSpan = longestWindow(limits.global);
  }

  reserve(recipient: string, now: Date, maxWaitMs = 0): Reservation {
    const t = now.getTime();
    const lane = this.lane(recipient);
    trim(lane.log, t - this.recipientSpan);
    trim(this.global.log, t - this.globalSpan);
    // Only the platform-wide budget is waited for in hand; a conversation over its own limits (or penalised)
    // is put back, so a sender never sleeps on one chat while others could go.
    const own = blockedUntil(lane, this.limits.perRecipient, t);
    if (own > t) return { ok: false, retryAt: new Date(own) };
    const slot = this.firstSlot(lane, t);
    if (slot > t + maxWaitMs) return { ok: false, retryAt: new Date(slot) };
    insertSorted(lane.log, slot);
    insertSorted(this.global.log, slot);
    if (this.spacing > 0) this.paceCursor = (slot < this.paceCursor + 1 ? this.paceCursor : slot) + this.spacing;
    return { ok: true, at: new Date(slot) };
  }

  /** The first time from `t` on when every window (and the pace) has room; a few rounds, as each bound may move the other. */
  private firstSlot(lane: Lane, t: number): number {
    let slot = t;
    for (let round = 0; round < 4; round += 1) {
      const paced = Math.ceil(this.paceCursor);
      const next = Math.max(
        slot,
        paced,
        blockedUntil(lane, this.limits.perRecipient, slot),
        blockedUntil(this.global, this.limits.global, slot),
      );
      if (next === slot) return slot;
      slot = next;
    }
    return slot;
  }

  cancel(recipient: string, at: Date): void {
    removeOne(this.lane(recipient).log, at.getTime());
    removeOne(this.global.log, at.getTime());
  }

  record(recipient: string, at: Date): void {
    insertSorted(this.lane(recipient).log, at.getTime());
    insertSorted(this.global.log, at.getTime());
  }

  penalize(recipient: string, until: Date): void {
    const lane = this.lane(recipient);
    lane.penaltyUntil = Math.max(lane.penaltyUntil, until.getTime());
  }

  penalizeAll(until: Date): void {
    this.global.penaltyUntil = Math.max(this.global.penaltyUntil, until.getTime());
  }

  sweep(now: Date): void {
    const t = now.getTime();
    for (const [recipient, lane] of this.lanes) {
      trim(lane.log, t - this.recipientSpan);
      if (lane.log.length === 0 && lane.penaltyUntil <= t) this.lanes.delete(recipient);
    }
  }

  private lane(recipient: string): Lane {
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
export function divideLimits(limits: PlatformLimits, instances: number): PlatformLimits {
  const share = (w: WindowLimit): WindowLimit => ({
    limit: Math.max(1, Math.floor(w.limit / Math.max(1, instances))),
    windowMs: w.windowMs,
  });
  return { perRecipient: limits.perRecipient.map(share), global: limits.global.map(share) };
}

/** Every platform's limits for one of `instances` instances sharing them. */
export function limitsPerInstance(
  instances: number,
  limits: Readonly<Record<string, PlatformLimits>> = DEFAULT_LIMITS,
): Record<string, PlatformLimits> {
  return Object.fromEntries(
    Object.entries(limits).map(([platform, platformLimits]) => [platform, divideLimits(platformLimits, instances)]),
  );
}

function longestWindow(windows: readonly WindowLimit[]): number {
  return windows.reduce((max, w) => Math.max(max, w.windowMs), 0);
}

/** The earliest time every window has room again (≤ t when it has room now). */
function blockedUntil(lane: Lane, windows: readonly WindowLimit[], t: number): number {
  let until = lane.penaltyUntil;
  for (const { limit, windowMs } of windows) {
    const inside = lane.log.length - firstAfter(lane.log, t - windowMs);
    if (inside < limit) continue;
    // The oldest of the last `limit` sends must leave the window first.
    const oldest = lane.log[lane.log.length - limit] ?? t;
    until = Math.max(until, oldest + windowMs);
  }
  return until;
}

/** Index of the first entry strictly greater than `bound` (binary search). */
function firstAfter(log: readonly number[], bound: number): number {
  let lo = 0;
  let hi = log.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((log[mid] ?? Infinity) > bound) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Drops entries at or before `bound`: they are outside every window. */
function trim(log: number[], bound: number): void {
  const keepFrom = firstAfter(log, bound);
  if (keepFrom > 0) log.splice(0, keepFrom);
}

function insertSorted(log: number[], t: number): void {
  log.splice(firstAfter(log, t), 0, t);
}

function removeOne(log: number[], t: number): void {
  const index = log.lastIndexOf(t);
  if (index >= 0) log.splice(index, 1);
}
