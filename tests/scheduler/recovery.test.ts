/**
 * Crashes and downtime: a 500-member fan-out killed half-way and resumed sends
 * every message exactly once; an occurrence missed within the grace window is
 * caught up once, older ones (and reminders for a meeting that is over) are
 * recorded missed and never sent.
 */
import { createDelivery, type Delivery } from '../../src/delivery';
import { createPlaygroundRenderer } from '../support/playground-renderer';
import { createOutboxDispatcher } from '../../src/outbox';
import type { OutboxPayload, Transport } from '../../src/outbox/types';
import type { Database } from '../../src/store/database';
import { describeEachDatabase } from '../support/databases';
import { cellWithMembers, ManualClock, MINUTE, outboxByJob, schedulerFor, silentLogger } from './helpers';

function recordingTransport(): Transport & { readonly sent: { recipient: string; payload: OutboxPayload }[] } {
  const sent: { recipient: string; payload: OutboxPayload }[] = [];
  return {
    platform: 'playground',
    sent,
    send(recipient, payload) {
      sent.push({ recipient, payload });
      return Promise.resolve({ platformMessageId: `pg-${sent.length}` });
    },
  };
}

/** A delivery that dies after `limit` member messages, as a process killed mid fan-out would. */
function dyingDelivery(real: Delivery, limit: number): Delivery {
  let rendered = 0;
  return {
    toCell: (...args) => real.toCell(...args),
    toMembers: (cellId, ids, viewFor, purpose, occurrence) =>
      real.toMembers(
        cellId,
        ids,
        (id) => {
          rendered += 1;
          if (rendered > limit) throw new Error('killed mid fan-out');
          return viewFor(id);
        },
        purpose,
        occurrence,
      ),
  };
}

async function drain(db: Database, clock: ManualClock, transport: Transport): Promise<void> {
  const dispatcher = createOutboxDispatcher({
    db,
    transports: [transport],
    clock,
    logger: silentLogger,
    instanceId: 'd1',
    limits: {},
    batchSize: 100,
  });
  for (
    let i = 0;
    i < 50 && (await db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } })) > 0;
    i += 1
  ) {
    await dispatcher.runOnce();
    clock.advance(1_000);
  }
}

describeEachDatabase('scheduler: restart in the middle of a 500-member fan-out', (getDb) => {
  it('sends each of the 500 day-before reminders exactly once', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-04T07:01:00Z')); // a minute after the day-before reminder of 5 September 14:00
    const { cell } = await cellWithMembers(db, 500);
    const transport = recordingTransport();
    const real = createDelivery({ db, renderers: [createPlaygroundRenderer()], clock });

    const first = await schedulerFor(db, clock, { delivery: dyingDelivery(real, 250), instanceId: 'a' }).tick();
    expect(first).toMatchObject({ leader: true, failed: 1 });
    expect((await outboxByJob(db, cell.id)).get('remind.rsvp')).toHaveLength(250);
    expect(await db.prisma.jobRun.findFirst({ where: { cellId: cell.id, job: 'remind.rsvp' } })).toMatchObject({
      status: 'running',
    });
    await drain(db, clock, transport); // what was queued before the crash goes out

    clock.advance(MINUTE); // instance a is gone; b takes the expired lease
    const second = await schedulerFor(db, clock, { instanceId: 'b' }).tick();
    expect(second).toMatchObject({ leader: true, failed: 0, ran: 1, queued: 250 });
    await drain(db, clock, transport);
    expect(await schedulerFor(db, clock, { instanceId: 'b' }).tick()).toMatchObject({ ran: 0, queued: 0 });

    const reminders = transport.sent.filter(
      (s) => s.payload.kind === 'card' && (s.payload.fallbackText ?? '').startsWith('Nhắc lịch'),
    );
    expect(reminders).toHaveLength(500);
    expect(new Set(reminders.map((s) => s.recipient)).size).toBe(500);
    expect(reminders[0]?.payload).toMatchObject({
      fallbackText: expect.stringContaining(
        'Nhắc lịch: sinh hoạt chi bộ định kỳ tháng 9/2025 vào 14 giờ 00, ngày 05/9/2025 (thứ Sáu)',
      ),
    });
    expect(await db.prisma.jobRun.findFirst({ where: { cellId: cell.id, job: 'remind.rsvp' } })).toMatchObject({
      status: 'sent',
    });
  });
});

describeEachDatabase('scheduler: downtime and catch-up', (getDb) => {
  it('catches up within the grace window once and records older occurrences missed', async () => {
    const db = getDb();
    // First start on 4 September 16:00 (Hà Nội): the notice of 29 August is days late, the day-before reminder two hours.
    const clock = new ManualClock(new Date('2025-09-04T09:00:00Z'));
    const { cell } = await cellWithMembers(db, 5);
    const scheduler = schedulerFor(db, clock);
    expect(await scheduler.tick()).toMatchObject({ ran: 1, missed: 1, queued: 5 });
    clock.advance(MINUTE);
    expect(await scheduler.tick()).toMatchObject({ ran: 0, missed: 0, queued: 0 });

    // Down again until 20:30 on the meeting day: the join reminder and roll call are too late; the summary (16:00) is not.
    clock.set(new Date('2025-09-05T13:30:00Z'));
    expect(await scheduler.tick()).toMatchObject({ ran: 1, missed: 2, queued: 1 });
    expect(await scheduler.tick()).toMatchObject({ ran: 0, missed: 0, queued: 0 });

    const sent = await outboxByJob(db, cell.id);
    expect([...sent.entries()].map(([job, rows]) => [job, rows.length]).sort()).toEqual([
      ['remind.rsvp', 5],
      ['summary', 1],
    ]);
    const runs = await db.prisma.jobRun.findMany({ where: { cellId: cell.id }, orderBy: { occurrenceAt: 'asc' } });
    expect(runs.map((r) => `${r.job}:${r.status}`)).toEqual([
      'notice:missed',
      'remind.rsvp:sent',
      'remind.join:missed',
      'rollcall:missed',
      'summary:sent',
    ]);
  });
});
