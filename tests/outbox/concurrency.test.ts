import { createOutboxDispatcher } from '../../src/outbox/dispatcher';
import { describeEachDatabase } from '../support/databases';
import {
  dispatcherFor,
  drain,
  enqueueText,
  fakeClock,
  fakeTransport,
  http,
  memoryLogger,
  textOf,
  type FakeTransport,
} from './helpers';

/** Sends per dedupe text across several fake platforms (each instance has its own transport object). */
function callsPerText(transports: readonly FakeTransport[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const call of transports.flatMap((t) => t.calls))
    counts.set(textOf(call.payload), (counts.get(textOf(call.payload)) ?? 0) + 1);
  return counts;
}

describeEachDatabase('outbox across instances and crashes', (getDb) => {
  beforeEach(async () => {
    await getDb().prisma.outboxMessage.deleteMany();
  });

  it('two instances draining 200 rows send each exactly once', async () => {
    const db = getDb();
    const clock = fakeClock();
    const texts: string[] = [];
    for (let i = 0; i < 200; i += 1) {
      const text = `row-${String(i).padStart(3, '0')}`;
      texts.push(text);
      await enqueueText(db, clock, `conv-${i % 25}`, text);
    }
    const sequence: string[] = [];
    const record = (call: { recipient: string; payload: Parameters<typeof textOf>[0] }): void => {
      sequence.push(`${call.recipient} ${textOf(call.payload)}`);
    };
    const [a, b] = [fakeTransport('teams', record), fakeTransport('teams', record)];
    const one = dispatcherFor(db, clock, [a], { instanceId: 'a', batchSize: 40 });
    const two = dispatcherFor(db, clock, [b], { instanceId: 'b', batchSize: 40 });
    await drain(db, [one, two], clock, 1_000, 200);
    const counts = callsPerText([a, b]);
    expect(counts.size).toBe(200);
    expect([...counts.values()].every((n) => n === 1)).toBe(true);
    expect(a.calls.length).toBeGreaterThan(0);
    expect(b.calls.length).toBeGreaterThan(0);
    expect(await db.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(200);
    // Each conversation still received its messages in the order they were queued.
    for (let c = 0; c < 25; c += 1) {
      const received = sequence.filter((line) => line.startsWith(`conv-${c} `));
      expect([...received].sort()).toEqual(received);
    }
  });

  it('resends rows a crashed instance left in sending once their lease expired', async () => {
    const db = getDb();
    const clock = fakeClock();
    for (let i = 0; i < 5; i += 1) await enqueueText(db, clock, `conv-${i}`, `crash-${i}`);
    // The crashed instance claimed every row (status 'sending', a lease until +60 s) and vanished.
    await db.prisma.outboxMessage.updateMany({
      data: {
        status: 'sending',
        attempts: 1,
        leaseOwner: 'dead-instance',
        leaseUntil: new Date(clock.now().getTime() + 60_000),
      },
    });
    const teams = fakeTransport();
    const survivor = dispatcherFor(db, clock, [teams], { instanceId: 'survivor' });
    clock.advance(59_999);
    expect(await survivor.runOnce()).toEqual({ sent: 0, retried: 0, dead: 0, skipped: 0 });
    clock.advance(2);
    expect(await survivor.runOnce()).toMatchObject({ sent: 5 });
    await drain(db, [survivor], clock);
    expect([...callsPerText([teams]).values()]).toEqual([1, 1, 1, 1, 1]);
    expect(await db.prisma.outboxMessage.findMany({ select: { status: true, attempts: true } })).toEqual(
      Array.from({ length: 5 }, () => ({ status: 'sent', attempts: 2 })),
    );
  });

  it('refuses the late outcome of an instance whose lease was taken over', async () => {
    const db = getDb();
    const clock = fakeClock();
    await enqueueText(db, clock, 'conv-1', 'slow');
    let release: () => void = () => undefined;
    const hung = fakeTransport('teams', () => new Promise<void>((resolve) => (release = resolve)));
    const logger = memoryLogger();
    const slow = createOutboxDispatcher({ db, clock, logger, transports: [hung], instanceId: 'slow', leaseMs: 10_000 });
    const slowRun = slow.runOnce();
    while (hung.calls.length === 0) await new Promise((resolve) => setImmediate(resolve));
    clock.advance(10_001);
    const fast = fakeTransport('teams', http(502));
    expect(await dispatcherFor(db, clock, [fast], { instanceId: 'fast', random: () => 1 }).runOnce()).toMatchObject({
      retried: 1,
    });
    release();
    expect(await slowRun).toMatchObject({ sent: 0, skipped: 1 });
    expect(logger.lines.map((l) => l.message)).toContain('outbox.lease_lost');
    // The takeover's outcome stands: pending for a retry, not 'sent' by the superseded claim.
    expect(await db.prisma.outboxMessage.findFirstOrThrow()).toMatchObject({ status: 'pending', attempts: 2 });
  });

  it('keeps each conversation in order through retries and rate limits', async () => {
    const db = getDb();
    const clock = fakeClock();
    const flaky = new Set(['A-02', 'A-05', 'B-00', 'B-09', 'C-04']);
    const teams = fakeTransport('teams', (call, n) =>
      flaky.has(textOf(call.payload)) && n < 2 ? http(503)(call, n) : undefined,
    );
    for (let i = 0; i < 12; i += 1) {
      for (const conv of ['A', 'B', 'C']) await enqueueText(db, clock, conv, `${conv}-${String(i).padStart(2, '0')}`);
    }
    const dispatcher = dispatcherFor(db, clock, [teams], { batchSize: 10 });
    await drain(db, [dispatcher], clock, 500);
    for (const conv of ['A', 'B', 'C']) {
      expect(teams.delivered.get(conv)).toEqual(
        Array.from({ length: 12 }, (_, i) => `${conv}-${String(i).padStart(2, '0')}`),
      );
    }
  });

  it('does not let a message scheduled for later hold up the conversation', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    const { enqueue } = await import('../../src/outbox/enqueue');
    await enqueue(db, {
      dedupeKey: 'tomorrow',
      platform: 'teams',
      recipient: 'conv-1',
      payload: { kind: 'text', text: 'tomorrow' },
      notBefore: new Date(clock.now().getTime() + 86_400_000),
      now: clock.now(),
    });
    await enqueueText(db, clock, 'conv-1', 'now');
    await dispatcherFor(db, clock, [teams]).runOnce();
    expect(teams.delivered.get('conv-1')).toEqual(['now']);
  });
});
