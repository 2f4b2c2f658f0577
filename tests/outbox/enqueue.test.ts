import { enqueue, outboxKey, outboxId } from '../../src/outbox/enqueue';
import { createOutboxPort } from '../../src/outbox';
import { describeEachDatabase } from '../support/databases';
import { T0 } from './helpers';

const message = {
  platform: 'teams',
  recipient: 'conv-1',
  payload: { kind: 'text', text: 'Thông báo họp chi bộ' },
} as const;

describeEachDatabase('outbox enqueue', (getDb) => {
  beforeEach(async () => {
    await getDb().prisma.outboxMessage.deleteMany();
  });

  it('keeps one row when the same key is enqueued twice', async () => {
    const db = getDb();
    const key = outboxKey('notice', 'conv-1', 'meeting-7');
    const first = await enqueue(db, { ...message, dedupeKey: key, now: T0 });
    const second = await enqueue(db, { ...message, dedupeKey: key, payload: { kind: 'text', text: 'khác' }, now: T0 });
    expect(first.created).toBe(true);
    expect(second).toEqual({ id: first.id, created: false });
    const rows = await db.prisma.outboxMessage.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      status: 'pending',
      attempts: 0,
      operation: 'send',
      payload: JSON.stringify(message.payload),
    });
    expect(rows[0]?.nextAttemptAt).toEqual(T0);
  });

  it('keeps one row when 20 enqueues of one key race', async () => {
    const db = getDb();
    const key = outboxKey('reminder', 'conv-1', '2030-03-05T07:00');
    const results = await Promise.all(Array.from({ length: 20 }, () => enqueue(db, { ...message, dedupeKey: key })));
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db.prisma.outboxMessage.count()).toBe(1);
  });

  it('schedules with notBefore, which is also the row’s place in its queue', async () => {
    const db = getDb();
    const later = new Date(T0.getTime() + 60_000);
    await enqueue(db, { ...message, dedupeKey: 'k', notBefore: later, now: T0 });
    const row = await db.prisma.outboxMessage.findUniqueOrThrow({ where: { dedupeKey: 'k' } });
    expect(row.nextAttemptAt).toEqual(later);
    expect(row.queuedAt).toEqual(later);
  });

  it('gives features a port that stamps the injected time and wakes the dispatcher', async () => {
    const db = getDb();
    let wakes = 0;
    const port = createOutboxPort({ db, clock: { now: () => T0 }, dispatcher: { notify: () => (wakes += 1) } });
    await port.send({ ...message, dedupeKey: 'p1' });
    await port.updateCard({
      cardKey: 'vote:m1',
      platform: 'teams',
      recipient: 'conv-1',
      platformMessageId: 'act-1',
      payload: message.payload,
    });
    expect(wakes).toBe(2);
    const rows = await db.prisma.outboxMessage.findMany({ orderBy: { operation: 'asc' } });
    expect(rows.map((r) => [r.operation, r.nextAttemptAt.getTime()])).toEqual([
      ['send', T0.getTime()],
      ['update', T0.getTime()],
    ]);
  });

  it('refuses an update without the message to replace', async () => {
    await expect(enqueue(getDb(), { ...message, dedupeKey: 'u', operation: 'update' })).rejects.toThrow(
      /targetMessageId/,
    );
  });
});

describe('outbox keys and ids', () => {
  it('builds keys that cannot collide through the separator', () => {
    expect(outboxKey('notice', 'a|b', 'c')).not.toBe(outboxKey('notice', 'a', 'b|c'));
    expect(outboxKey('notice', 'conv', 'm1')).toBe('notice|conv|m1');
  });

  it('makes fixed-width ids that sort in creation order', () => {
    const ids = Array.from({ length: 1_000 }, () => outboxId());
    expect([...ids].sort()).toEqual(ids);
    expect(new Set(ids.map((id) => id.length)).size).toBe(1);
    expect(ids.every((id) => /^[0-9a-z]+$/.test(id))).toBe(true);
  });
});
