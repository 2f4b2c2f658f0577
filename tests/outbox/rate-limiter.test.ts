import {
  createRateLimiter,
  divideLimits,
  limitsPerInstance,
  TEAMS_LIMITS,
  ZALO_LIMITS,
  type RateLimiter,
} from '../../src/outbox/rate-limiter';
import { T0 } from './helpers';

const at = (ms: number): Date => new Date(T0.getTime() + ms);

/** Offers `count` messages to one conversation, each sent as soon as the limiter allows; returns send offsets in ms. */
function sendAsSoonAsAllowed(limiter: RateLimiter, recipient: string, count: number): number[] {
  const sentAt: number[] = [];
  let t = 0;
  while (sentAt.length < count) {
    const reservation = limiter.reserve(recipient, at(t));
    if (reservation.ok) sentAt.push(t);
    else t = reservation.retryAt.getTime() - T0.getTime();
  }
  return sentAt;
}

describe('rate limiter (Teams defaults)', () => {
  it('lets 7 of 100 messages to one conversation through at t0 and tells when the next may go', () => {
    const limiter = createRateLimiter(TEAMS_LIMITS);
    const results = Array.from({ length: 100 }, () => limiter.reserve('conv-1', T0));
    expect(results.filter((r) => r.ok)).toHaveLength(7);
    expect(results[7]).toEqual({ ok: false, retryAt: at(1_000) });
  });

  it('sends 7 in the first second and never more than 60 in any 30 s', () => {
    const sentAt = sendAsSoonAsAllowed(createRateLimiter(TEAMS_LIMITS), 'conv-1', 200);
    expect(sentAt.filter((t) => t < 1_000)).toHaveLength(7);
    expect(sentAt.filter((t) => t < 30_000).length).toBeLessThanOrEqual(60);
    for (const start of sentAt) {
      expect(sentAt.filter((t) => t >= start && t < start + 30_000).length).toBeLessThanOrEqual(60);
      expect(sentAt.filter((t) => t >= start && t < start + 1_000).length).toBeLessThanOrEqual(7);
    }
    // The 61st goes out exactly when the first leaves the 30 s window.
    expect(sentAt[60]).toBe(30_000);
  });

  it('caps a conversation at 1800 an hour', () => {
    const sentAt = sendAsSoonAsAllowed(createRateLimiter(TEAMS_LIMITS), 'conv-1', 1_801);
    expect(sentAt.filter((t) => t < 3_600_000)).toHaveLength(1_800);
    expect(sentAt[1_800]).toBe(3_600_000);
  });

  it('holds the whole tenant to 50 a second across conversations', () => {
    const limiter = createRateLimiter(TEAMS_LIMITS);
    const results = Array.from({ length: 200 }, (_, i) => limiter.reserve(`conv-${i}`, T0));
    expect(results.filter((r) => r.ok)).toHaveLength(50);
    expect(results[50]).toEqual({ ok: false, retryAt: at(1_000) });
    expect(limiter.reserve('conv-199', at(999)).ok).toBe(false);
    expect(limiter.reserve('conv-199', at(1_000)).ok).toBe(true);
  });

  it('honours a Retry-After penalty for one conversation only', () => {
    const limiter = createRateLimiter(TEAMS_LIMITS);
    limiter.penalize('conv-1', at(3_000));
    expect(limiter.reserve('conv-1', at(2_999))).toEqual({ ok: false, retryAt: at(3_000) });
    expect(limiter.reserve('conv-2', at(2_999)).ok).toBe(true);
    expect(limiter.reserve('conv-1', at(3_000)).ok).toBe(true);
  });

  it('honours an app-wide penalty for every conversation', () => {
    const limiter = createRateLimiter(ZALO_LIMITS);
    limiter.penalizeAll(at(5_000));
    expect(limiter.reserve('user-9', at(1_000))).toEqual({ ok: false, retryAt: at(5_000) });
    expect(limiter.reserve('user-9', at(5_000)).ok).toBe(true);
  });

  it('gives back a cancelled slot and counts recorded past sends', () => {
    const limiter = createRateLimiter(TEAMS_LIMITS);
    for (let i = 0; i < 7; i += 1) expect(limiter.reserve('conv-1', T0).ok).toBe(true);
    limiter.cancel('conv-1', T0);
    expect(limiter.reserve('conv-1', T0).ok).toBe(true);
    const warmed = createRateLimiter(TEAMS_LIMITS);
    for (let i = 0; i < 60; i += 1) warmed.record('conv-1', at(-29_000 + i));
    expect(warmed.reserve('conv-1', T0)).toEqual({ ok: false, retryAt: at(1_000) });
  });

  it('forgets idle conversations on sweep without losing live windows', () => {
    const limiter = createRateLimiter(TEAMS_LIMITS);
    for (let i = 0; i < 7; i += 1) limiter.reserve('conv-1', T0);
    limiter.sweep(at(500));
    expect(limiter.reserve('conv-1', at(500)).ok).toBe(false);
    limiter.sweep(at(3_600_001));
    expect(limiter.reserve('conv-1', at(3_600_001)).ok).toBe(true);
  });
});

describe('rate limiter (Zalo and configuration)', () => {
  it('limits Zalo globally to 60 a second and not per user', () => {
    const limiter = createRateLimiter(ZALO_LIMITS);
    const toOneUser = Array.from({ length: 100 }, () => limiter.reserve('user-1', T0));
    expect(toOneUser.filter((r) => r.ok)).toHaveLength(60);
  });

  it('splits limits between instances and rejects nonsense', () => {
    const half = divideLimits(TEAMS_LIMITS, 2);
    expect(half.perRecipient.map((w) => w.limit)).toEqual([3, 30, 900]);
    expect(half.global).toEqual([{ limit: 25, windowMs: 1_000 }]);
    expect(() => createRateLimiter({ perRecipient: [{ limit: 0, windowMs: 1_000 }], global: [] })).toThrow(/invalid/);
  });

  it('gives each of N instances its share of every platform (INSTANCES)', () => {
    const shares = limitsPerInstance(3);
    expect(Object.keys(shares).sort()).toEqual(['teams', 'zalo']);
    expect(shares['teams']!.perRecipient.map((w) => w.limit)).toEqual([2, 20, 600]);
    expect(shares['zalo']!.global.map((w) => w.limit)).toEqual([20, 1_200]);
    // Three instances each sending their share to one conversation stay inside Teams' 7 a second.
    const limiter = createRateLimiter(shares['teams']!);
    expect(
      Array.from({ length: 10 }, () => limiter.reserve('conv-1', T0)).filter((r) => r.ok).length * 3,
    ).toBeLessThanOrEqual(7);
    expect(limitsPerInstance(1)).toEqual({ teams: TEAMS_LIMITS, zalo: ZALO_LIMITS });
  });
});

describe('rate limiter, paced (a sender that may wait for its slot)', () => {
  it('spreads the platform-wide budget evenly with a margin instead of one burst per window', () => {
    const limiter = createRateLimiter(TEAMS_LIMITS, { paced: true });
    const unpaced = createRateLimiter(TEAMS_LIMITS);
    const slots = Array.from({ length: 60 }, (_, i) => limiter.reserve(`conv-${i}`, T0, 1_000));
    const booked = slots.flatMap((r) => (r.ok ? [r.at.getTime() - T0.getTime()] : []));
    // 49 fit in the first second at one every ~20.6 ms; the rest are told when to come back.
    expect(booked).toHaveLength(49);
    expect(slots.filter((r) => !r.ok)).toHaveLength(11);
    for (let i = 1; i < booked.length; i += 1) expect(booked[i]! - booked[i - 1]!).toBeGreaterThanOrEqual(20);
    // Any 50 consecutive sends span more than the 1 s window, so arrivals a little late or early still fit.
    const burst = Array.from({ length: 60 }, (_, i) => unpaced.reserve(`conv-${i}`, T0)).filter((r) => r.ok);
    expect(burst).toHaveLength(50);
    expect(booked.at(-1)! - booked[0]!).toBeGreaterThan(980);
  });

  it('waits in hand only for the platform-wide pace: a conversation over its own limits or penalised is put back', () => {
    const limiter = createRateLimiter(TEAMS_LIMITS, { paced: true });
    limiter.penalize('conv-1', at(3_000));
    expect(limiter.reserve('conv-1', T0, 1_000)).toEqual({ ok: false, retryAt: at(3_000) });
    expect(limiter.reserve('conv-1', at(2_500), 1_000)).toEqual({ ok: false, retryAt: at(3_000) });
    expect(limiter.reserve('conv-1', at(3_000), 1_000)).toEqual({ ok: true, at: at(3_000) });
    const busy = Array.from({ length: 8 }, () => limiter.reserve('conv-2', at(5_000), 1_000));
    // Seven paced slots within the second, then the conversation's own 7/s says come back later (not: wait).
    expect(busy.filter((r) => r.ok)).toHaveLength(7);
    expect(busy[7]).toMatchObject({ ok: false });
  });
});
