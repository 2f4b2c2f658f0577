import { exponentialBackoff } from '../../src/outbox/retry-policy';
import { planChains } from '../../src/outbox/dispatcher';
import type { DueRow } from '../../src/outbox/queue-store';
import { parsePayload, parseRetryAfter, TransportError } from '../../src/outbox/types';
import { describeEachDatabase } from '../support/databases';
import { dispatcherFor, enqueueText, fakeClock, fakeTransport, T0 } from './helpers';

/** Yields to the event loop until `condition` holds (real timers; bounded). */
async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 2_000 && !condition(); i += 1) await new Promise((resolve) => setTimeout(resolve, 2));
  if (!condition()) throw new Error('condition never held');
}

describeEachDatabase('outbox background loop', (getDb) => {
  beforeEach(async () => {
    await getDb().prisma.outboxMessage.deleteMany();
  });

  it('runs when notified and lets stop() finish the batch in flight', async () => {
    const db = getDb();
    const clock = fakeClock();
    let release: () => void = () => undefined;
    const teams = fakeTransport('teams', () => new Promise<void>((resolve) => (release = resolve)));
    const dispatcher = dispatcherFor(db, clock, [teams], { pollIntervalMs: 60_000 });
    dispatcher.start();
    await enqueueText(db, clock, 'conv-1', 'graceful');
    dispatcher.notify();
    await until(() => teams.calls.length === 1);
    let stopped = false;
    const stopping = dispatcher.stop().then(() => (stopped = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(stopped).toBe(false);
    release();
    await stopping;
    expect(await db.prisma.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent' });
  });

  it('stops waiting for a hung platform call before its lease ends', async () => {
    const db = getDb();
    const clock = fakeClock();
    const hung = fakeTransport('teams', () => new Promise<void>(() => undefined));
    await enqueueText(db, clock, 'conv-1', 'hung');
    const stats = await dispatcherFor(db, clock, [hung], { leaseMs: 50 }).runOnce();
    expect(stats).toMatchObject({ retried: 1 });
    expect(await db.prisma.outboxMessage.findFirstOrThrow()).toMatchObject({
      status: 'pending',
      lastError: 'no answer within 45 ms',
    });
  });

  it('does nothing after stop()', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    const dispatcher = dispatcherFor(db, clock, [teams], { pollIntervalMs: 5 });
    dispatcher.start();
    await dispatcher.stop();
    await enqueueText(db, clock, 'conv-1', 'too late');
    dispatcher.notify();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(teams.calls).toHaveLength(0);
  });
});

describe('outbox pieces', () => {
  it('doubles the backoff from 1 s with jitter and caps it at 10 minutes', () => {
    expect(exponentialBackoff(1, () => 1)).toBe(1_000);
    expect(exponentialBackoff(1, () => 0)).toBe(500);
    expect(exponentialBackoff(4, () => 1)).toBe(8_000);
    expect(exponentialBackoff(11, () => 1)).toBe(600_000);
    expect(exponentialBackoff(30, () => 0.5)).toBe(450_000);
  });

  it('classifies platform statuses', () => {
    for (const status of [429, 412, 502, 503, 504, 500])
      expect(new TransportError('x', { status }).retryable).toBe(true);
    for (const status of [400, 401, 403, 404, 413]) expect(new TransportError('x', { status }).retryable).toBe(false);
    expect(new TransportError('socket hang up').retryable).toBe(true);
    expect(new TransportError('x', { status: 429, retryAfterMs: 3_000 })).toMatchObject({
      retryAfterMs: 3_000,
      scope: 'recipient',
    });
  });

  it('parses Retry-After in seconds or as a date', () => {
    expect(parseRetryAfter('3', T0)).toBe(3_000);
    expect(parseRetryAfter(new Date(T0.getTime() + 5_000).toUTCString(), T0)).toBe(5_000);
    expect(parseRetryAfter(undefined, T0)).toBeUndefined();
    expect(parseRetryAfter('soon', T0)).toBeUndefined();
  });

  it('accepts only payloads it knows how to send', () => {
    expect(parsePayload('{"kind":"text","text":"a"}')).toEqual({ kind: 'text', text: 'a' });
    expect(parsePayload('{"kind":"card","card":{},"targetMessageId":"m"}')).toEqual({
      kind: 'card',
      card: {},
      targetMessageId: 'm',
    });
    for (const bad of [
      'nope',
      'null',
      '{"kind":"text"}',
      '{"kind":"card","card":1}',
      '{"kind":"text","text":"a","targetMessageId":3}',
    ]) {
      expect(parsePayload(bad)).toBeUndefined();
    }
  });

  it('plans each conversation from the head of its queue and stops at the first row not due', () => {
    const row = (id: string, recipient: string, ms: number): DueRow => ({
      id,
      dedupeKey: id,
      platform: 'teams',
      recipient,
      operation: 'send',
      payload: '{}',
      status: 'pending',
      attempts: 0,
      queuedAt: new Date(T0.getTime() + ms),
      failures: 0,
      firstFailedAt: null,
      lostLeases: 0,
    });
    const [a1, a2, a3, b1, b2] = [
      row('a1', 'A', 1),
      row('a2', 'A', 2),
      row('a3', 'A', 3),
      row('b1', 'B', 1),
      row('b2', 'B', 2),
    ];
    const queues = [a1, b1, a2, b2, a3];
    // a2 is backing off (not due): a3 must wait; b1 is being sent elsewhere: b2 must wait.
    expect(planChains([a1, a3, b2], queues)).toEqual([[a1]]);
    expect(planChains([a1, a2, a3, b1, b2], queues)).toEqual([
      [a1, a2, a3],
      [b1, b2],
    ]);
  });
});
