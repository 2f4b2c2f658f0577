import { coalesceKey, enqueueCardUpdate, scheduleCardUpdate } from '../../src/outbox/coalescer';
import type { OutboxPayload } from '../../src/outbox/types';
import { describeEachDatabase } from '../support/databases';
import { dispatcherFor, fakeClock, fakeTransport, T0, textOf } from './helpers';

const tally = (yes: number): OutboxPayload => ({
  kind: 'card',
  card: { type: 'AdaptiveCard', body: [{ type: 'TextBlock', text: `Tán thành: ${yes}` }] },
  fallbackText: `yes=${yes}`,
});
const card = { cardKey: 'vote:motion-1', platform: 'teams', recipient: 'conv-1', platformMessageId: 'act-42' } as const;

describe('coalesceKey', () => {
  it('gives one key per card per window', () => {
    expect(coalesceKey('vote:1', new Date(T0.getTime() + 10))).toBe(
      coalesceKey('vote:1', new Date(T0.getTime() + 990)),
    );
    expect(coalesceKey('vote:1', T0)).not.toBe(coalesceKey('vote:1', new Date(T0.getTime() + 1_000)));
    expect(coalesceKey('vote:1', T0)).not.toBe(coalesceKey('vote:2', T0));
    expect(coalesceKey('vote:1', T0, 5_000)).toBe(coalesceKey('vote:1', new Date(T0.getTime() + 4_999), 5_000));
  });
});

describeEachDatabase('card update coalescing', (getDb) => {
  beforeEach(async () => {
    await getDb().prisma.outboxMessage.deleteMany();
  });

  it('turns 30 updates within one second into one row carrying the last payload', async () => {
    const db = getDb();
    for (let i = 1; i <= 30; i += 1) {
      await enqueueCardUpdate(db, { ...card, payload: tally(i) }, new Date(T0.getTime() + i * 30));
    }
    const rows = await db.prisma.outboxMessage.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ operation: 'update', status: 'pending' });
    expect(JSON.parse(rows[0]?.payload ?? '')).toEqual({ ...tally(30), targetMessageId: 'act-42' });
  });

  it('keeps one row when concurrent updates race on one window', async () => {
    const db = getDb();
    const results = await Promise.all(
      Array.from({ length: 10 }, (_, i) => enqueueCardUpdate(db, { ...card, payload: tally(i) }, T0)),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.prisma.outboxMessage.count()).toBe(1);
  });

  it('sends at most one update a window and always delivers the final state', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    const dispatcher = dispatcherFor(db, clock, [teams]);
    await enqueueCardUpdate(db, { ...card, payload: tally(1) }, clock.now());
    await dispatcher.runOnce();
    // The window's row is gone: later ballots in the same second go to the next window's row.
    for (let yes = 2; yes <= 5; yes += 1) {
      clock.advance(100);
      await enqueueCardUpdate(db, { ...card, payload: tally(yes) }, clock.now());
      await dispatcher.runOnce();
    }
    expect(teams.calls).toHaveLength(1);
    clock.advance(600);
    await dispatcher.runOnce();
    expect(teams.calls.map((c) => [c.operation, c.targetMessageId, textOf(c.payload)])).toEqual([
      ['update', 'act-42', 'yes=1'],
      ['update', 'act-42', 'yes=5'],
    ]);
    expect(await db.prisma.outboxMessage.count({ where: { status: 'sent' } })).toBe(2);
  });

  it('folds a newer state into a row the rate limiter is still holding back', async () => {
    const db = getDb();
    const first = await enqueueCardUpdate(db, { ...card, payload: tally(1) }, T0);
    // The limiter deferred it past the next window.
    await db.prisma.outboxMessage.updateMany({ data: { nextAttemptAt: new Date(T0.getTime() + 5_000) } });
    const later = await enqueueCardUpdate(db, { ...card, payload: tally(2) }, new Date(T0.getTime() + 2_500));
    expect(later).toEqual({ id: first.id, created: false });
    const rows = await db.prisma.outboxMessage.findMany();
    expect(rows.map((r) => JSON.parse(r.payload).fallbackText)).toEqual(['yes=2']);
  });

  it('coalesces each conversation’s copy of a card separately, and cards by their exact key', async () => {
    const db = getDb();
    await enqueueCardUpdate(db, { ...card, payload: tally(1) }, T0);
    await enqueueCardUpdate(db, { ...card, recipient: 'conv-2', platformMessageId: 'act-77', payload: tally(1) }, T0);
    // LIKE would match `vote:a_b` against `vote:aXb`'s key: the lookup must be exact.
    await enqueueCardUpdate(db, { ...card, cardKey: 'vote:aXb', payload: tally(1) }, T0);
    await enqueueCardUpdate(db, { ...card, cardKey: 'vote:a_b', payload: tally(2) }, T0);
    expect(await db.prisma.outboxMessage.count()).toBe(4);
  });

  it('schedules the update of a shared card for a window: not sent before it opens, one row, the next window once it is on its way', async () => {
    const db = getDb();
    const clock = fakeClock();
    const teams = fakeTransport();
    const dispatcher = dispatcherFor(db, clock, [teams]);
    const shared = { ...card, payload: { kind: 'shared-card', cardKey: card.cardKey } as const };
    const opens = new Date(Math.floor(clock.now().getTime() / 1_000) * 1_000 + 1_000);
    const first = await scheduleCardUpdate(db, shared, opens, clock.now());
    const again = await scheduleCardUpdate(db, shared, opens, clock.now());
    expect(again).toMatchObject({ id: first.id, created: false, opensAt: opens });
    await dispatcher.runOnce();
    expect(teams.calls).toHaveLength(0);
    clock.advance(opens.getTime() - clock.now().getTime());
    await dispatcher.runOnce();
    expect(teams.calls.map((c) => [c.operation, c.targetMessageId])).toEqual([['update', 'act-42']]);
    // That window's row is sent: asking for it again gives the next window's.
    const next = await scheduleCardUpdate(db, shared, opens, clock.now());
    expect(next.created).toBe(true);
    expect(next.opensAt.getTime()).toBe(opens.getTime() + 1_000);
  });
});
