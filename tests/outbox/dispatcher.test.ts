import { enqueue } from '../../src/outbox/enqueue';
import { TransportError } from '../../src/outbox/types';
import { describeEachDatabase } from '../support/databases';
import {
  dispatcherFor,
  drain,
  drainByJumps,
  enqueueText,
  fakeClock,
  fakeTransport,
  http,
  memoryLogger,
  textOf,
} from './helpers';

describeEachDatabase('outbox dispatcher', (getDb) => {
  beforeEach(async () => {
    await getDb().prisma.outboxMessage.deleteMany();
  });

  it('sends a due row and records the platform id', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    await enqueueText(db, clock, 'conv-1', 'Xin chào');
    expect(await dispatcherFor(db, clock, [teams]).runOnce()).toEqual({ sent: 1, retried: 0, dead: 0, skipped: 0 });
    const row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({
      status: 'sent',
      attempts: 1,
      platformMessageId: 'msg:Xin chào',
      leaseUntil: null,
      leaseOwner: null,
    });
    expect(row.sentAt).toEqual(clock.now());
    expect(teams.calls).toHaveLength(1);
  });

  it('leaves rows of platforms it has no transport for', async () => {
    const db = getDb();
    const clock = fakeClock();
    await enqueueText(db, clock, 'user-1', 'chào', 'zalo');
    expect(await dispatcherFor(db, clock, [fakeTransport('teams')]).runOnce()).toEqual({
      sent: 0,
      retried: 0,
      dead: 0,
      skipped: 0,
    });
    expect((await db.prisma.outboxMessage.findFirstOrThrow()).status).toBe('pending');
  });

  it('does not send before notBefore', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    await enqueue(db, {
      dedupeKey: 'later',
      platform: 'teams',
      recipient: 'conv-1',
      payload: { kind: 'text', text: 'later' },
      notBefore: new Date(clock.now().getTime() + 5_000),
      now: clock.now(),
    });
    const dispatcher = dispatcherFor(db, clock, [teams]);
    clock.advance(4_999);
    await dispatcher.runOnce();
    expect(teams.calls).toHaveLength(0);
    clock.advance(1);
    await dispatcher.runOnce();
    expect(teams.calls).toHaveLength(1);
  });

  it('spreads 100 messages to one conversation within the Teams limits', async () => {
    const db = getDb();
    const clock = fakeClock();
    const start = clock.now().getTime();
    const sentAt: number[] = [];
    const teams = fakeTransport('teams', () => {
      sentAt.push(clock.now().getTime() - start);
    });
    for (let i = 0; i < 100; i += 1) await enqueueText(db, clock, 'conv-1', `m${String(i).padStart(3, '0')}`);
    const dispatcher = dispatcherFor(db, clock, [teams], { batchSize: 100 });
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 7 });
    // Rate-limited rows wait for the window without spending an attempt.
    const eighth = await db.prisma.outboxMessage.findFirstOrThrow({
      where: { status: 'pending' },
      orderBy: [{ queuedAt: 'asc' }, { id: 'asc' }],
    });
    expect(eighth).toMatchObject({ attempts: 0, payload: JSON.stringify({ kind: 'text', text: 'm007' }) });
    expect(eighth.nextAttemptAt.getTime()).toBe(start + 1_000);
    await drain(db, [dispatcher], clock, 1_000, 200);
    expect(sentAt.filter((t) => t < 1_000)).toHaveLength(7);
    expect(sentAt.filter((t) => t < 30_000)).toHaveLength(60);
    expect(teams.delivered.get('conv-1')).toEqual(
      Array.from({ length: 100 }, (_, i) => `m${String(i).padStart(3, '0')}`),
    );
  });

  it('waits exactly Retry-After after a 429, then sends once', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport('teams', (_call, n) => (n === 0 ? http(429, 3_000)(_call, n) : undefined));
    await enqueueText(db, clock, 'conv-1', 'tally');
    const dispatcher = dispatcherFor(db, clock, [teams]);
    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1 });
    const row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'pending', attempts: 1, lastError: '429 HTTP 429' });
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(3_000);
    clock.advance(2_999);
    await dispatcher.runOnce();
    expect(teams.calls).toHaveLength(1);
    clock.advance(1);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    clock.advance(10_000);
    await dispatcher.runOnce();
    expect(teams.calls).toHaveLength(2);
    expect(teams.delivered.get('conv-1')).toEqual(['tally']);
  });

  it('backs off after a 502 and then succeeds', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport('teams', (call, n) => (n < 2 ? http(502)(call, n) : undefined));
    await enqueueText(db, clock, 'conv-1', 'flaky');
    const dispatcher = dispatcherFor(db, clock, [teams]);
    await dispatcher.runOnce();
    // random() = 1: the first retry waits the full base of 1 s, the second 2 s.
    let row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(1_000);
    clock.advance(1_000);
    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1 });
    row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row.nextAttemptAt.getTime() - clock.now().getTime()).toBe(2_000);
    clock.advance(1_999);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 0 });
    clock.advance(1);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 1 });
    row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 3, lastError: null });
  });

  it('retries network errors (anything that is not a TransportError)', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport('teams', (_call, n) => {
      if (n === 0) throw new Error('ECONNRESET');
    });
    await enqueueText(db, clock, 'conv-1', 'net');
    await drain(db, [dispatcherFor(db, clock, [teams])], clock);
    expect(teams.calls).toHaveLength(2);
    expect((await db.prisma.outboxMessage.findFirstOrThrow()).status).toBe('sent');
  });

  it('marks a 400 dead at once and never retries it', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport('teams', http(400));
    await enqueueText(db, clock, 'conv-1', 'bad');
    const dispatcher = dispatcherFor(db, clock, [teams]);
    expect(await dispatcher.runOnce()).toMatchObject({ dead: 1 });
    await drain(db, [dispatcher], clock, 60_000);
    expect(teams.calls).toHaveLength(1);
    expect(await db.prisma.outboxMessage.findFirstOrThrow()).toMatchObject({
      status: 'dead',
      attempts: 1,
      lastError: '400 HTTP 400',
    });
  });

  it('retries a failing platform until the retry horizon has passed since the first failure, then gives up', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport('teams', http(503));
    const logger = memoryLogger();
    const { id } = await enqueueText(db, clock, 'conv-1', 'down');
    await drain(db, [dispatcherFor(db, clock, [teams], { retry: { horizonMs: 60_000 }, logger })], clock, 1_000, 5_000);
    // One warning names the dead row, its recipient and why.
    expect(logger.lines.filter((l) => l.message === 'outbox.dead')).toEqual([
      {
        level: 'warn',
        message: 'outbox.dead',
        fields: expect.objectContaining({
          id,
          recipient: 'conv-1',
          error: expect.stringContaining('still failing 1 min') as unknown,
        }) as unknown,
      },
    ]);
    // 1, 2, 4, 8, 16 s of backoff, then the last try at the horizon's end.
    expect(teams.calls).toHaveLength(7);
    const row = await db.prisma.outboxMessage.findFirstOrThrow();
    expect(row).toMatchObject({ status: 'dead', attempts: 7, failures: 7 });
    expect(row.lastError).toMatch(/^503 HTTP 503 \(still failing 1 min after the first failure\)/);
  });

  it('doubles the wait from 1 s and keeps a row alive for 6 hours of failures by default', async () => {
    const db = getDb();
    const clock = fakeClock();
    const start = clock.now().getTime();
    const at: number[] = [];
    const teams = fakeTransport('teams', (call, n) => {
      at.push(clock.now().getTime() - start);
      http(503)(call, n);
    });
    await enqueueText(db, clock, 'conv-1', 'down');
    await drainByJumps(db, [dispatcherFor(db, clock, [teams])], clock);
    expect(at.slice(0, 8)).toEqual([0, 1_000, 3_000, 7_000, 15_000, 31_000, 63_000, 127_000]);
    // Capped at 10 minutes a step: 10 doubling steps reach 511 s, then 10 min until 6 h, then the last try at 6 h.
    expect(at.at(-1)).toBe(6 * 3_600_000);
    expect(at.length).toBeGreaterThan(30);
    expect((await db.prisma.outboxMessage.findFirstOrThrow()).status).toBe('dead');
  });

  it('never lets Retry-After alone exhaust a row: 100 answers of 429 are waited out', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport('teams', (call, n) => {
      if (n < 100) http(429, 1_000)(call, n);
    });
    await enqueueText(db, clock, 'conv-1', 'throttled');
    await drain(db, [dispatcherFor(db, clock, [teams])], clock, 1_000, 500);
    expect(teams.calls).toHaveLength(101);
    expect(await db.prisma.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'sent', attempts: 101 });
  });

  it('updates a message through transport.update, and kills updates a platform cannot do', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport('teams');
    const zalo = { platform: 'zalo', send: async () => ({}) };
    const payload = {
      kind: 'card',
      card: { type: 'AdaptiveCard' },
      fallbackText: 'v2',
      targetMessageId: 'act-1',
    } as const;
    await enqueue(db, {
      dedupeKey: 'u1',
      platform: 'teams',
      recipient: 'conv-1',
      operation: 'update',
      payload,
      now: clock.now(),
    });
    await enqueue(db, {
      dedupeKey: 'u2',
      platform: 'zalo',
      recipient: 'user-1',
      operation: 'update',
      payload,
      now: clock.now(),
    });
    expect(await dispatcherFor(db, clock, [teams, zalo]).runOnce()).toMatchObject({ sent: 1, dead: 1 });
    expect(teams.calls).toEqual([{ operation: 'update', recipient: 'conv-1', payload, targetMessageId: 'act-1' }]);
    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { dedupeKey: 'asc' } });
    expect(rows.map((r) => [r.status, r.platformMessageId])).toEqual([
      ['sent', 'act-1'],
      ['dead', null],
    ]);
    expect(textOf(payload)).toBe('v2');
  });

  it('kills a row whose payload is not valid', async () => {
    const db = getDb();
    const clock = fakeClock();
    await enqueueText(db, clock, 'conv-1', 'x');
    await db.prisma.outboxMessage.updateMany({ data: { payload: '{"kind":"video"}' } });
    expect(await dispatcherFor(db, clock, [fakeTransport()]).runOnce()).toMatchObject({ dead: 1 });
  });

  it('remembers the last hour of sends after a restart', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    for (let i = 0; i < 10; i += 1) await enqueueText(db, clock, 'conv-1', `before-${i}`);
    expect(await dispatcherFor(db, clock, [teams]).runOnce()).toMatchObject({ sent: 7 });
    clock.advance(500);
    const restarted = dispatcherFor(db, clock, [teams], { instanceId: 'restarted' });
    expect(await restarted.runOnce()).toMatchObject({ sent: 0 });
    clock.advance(500);
    expect(await restarted.runOnce()).toMatchObject({ sent: 3 });
  });

  it('holds the whole platform back when it says the app is over its limit', async () => {
    const db = getDb();
    const clock = fakeClock();
    const zalo = fakeTransport('zalo', (call, n) => {
      if (call.recipient === 'user-1' && n === 0)
        throw new TransportError('-32 rate limit', { status: 429, retryAfterMs: 2_000, scope: 'platform' });
    });
    await enqueueText(db, clock, 'user-1', 'first', 'zalo');
    const dispatcher = dispatcherFor(db, clock, [zalo]);
    expect(await dispatcher.runOnce()).toMatchObject({ retried: 1 });
    await enqueueText(db, clock, 'user-2', 'second', 'zalo');
    clock.advance(1_000);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 0, skipped: 1 });
    clock.advance(1_000);
    expect(await dispatcher.runOnce()).toMatchObject({ sent: 2 });
  });

  it('gives up on a row whose every lease expired without an outcome', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    await enqueueText(db, clock, 'conv-1', 'poison');
    await db.prisma.outboxMessage.updateMany({
      data: { status: 'sending', attempts: 9, lostLeases: 8, leaseUntil: clock.now() },
    });
    clock.advance(1);
    expect(await dispatcherFor(db, clock, [teams]).runOnce()).toMatchObject({ dead: 1 });
    expect(teams.calls).toHaveLength(0);
    expect(await db.prisma.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'dead', lostLeases: 9 });
    expect((await db.prisma.outboxMessage.findFirstOrThrow()).lastError).toMatch(/lease expired/);
  });
});
