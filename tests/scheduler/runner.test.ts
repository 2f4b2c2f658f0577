/** The cron runner: start() catches up at once, stop() waits for the tick and gives the lease up; disabled does nothing. */
import { describeEachDatabase } from '../support/databases';
import type { Database } from '../../src/store/database';
import { createBot } from '../../src/features/bot';
import { createScheduler } from '../../src/scheduler';
import { cellWithMembers, ManualClock, playgroundDelivery, silentLogger } from './helpers';

describeEachDatabase('the scheduler runner', (getDb) => {
  let db: Database;
  beforeAll(() => {
    db = getDb();
  });

  function scheduler(clock: ManualClock, enabled: boolean) {
    return createScheduler({
      config: { scheduler: { enabled, graceHours: 6 } },
      db,
      delivery: playgroundDelivery(db, clock),
      bot: createBot({ db, clock, logger: silentLogger }),
      clock,
      logger: silentLogger,
      instanceId: 'runner',
    });
  }

  it('runs a catch-up tick on start and releases the lease on stop', async () => {
    const clock = new ManualClock(new Date('2025-09-04T07:05:00Z'));
    const { cell } = await cellWithMembers(db, 2);
    const s = scheduler(clock, true);
    s.start();
    await s.stop();
    expect(
      await db.prisma.jobRun.findMany({
        where: { cellId: cell.id },
        select: { job: true, status: true },
        orderBy: { occurrenceAt: 'asc' },
      }),
    ).toEqual([
      { job: 'notice', status: 'missed' },
      { job: 'remind.rsvp', status: 'sent' },
    ]);
    expect(await db.prisma.lease.count()).toBe(0);
  });

  it('does nothing when disabled', async () => {
    const clock = new ManualClock(new Date('2025-10-04T07:05:00Z'));
    const s = scheduler(clock, false);
    s.start();
    await s.stop();
    expect(await db.prisma.jobRun.count({ where: { occurrenceAt: { gte: new Date('2025-10-01T00:00:00Z') } } })).toBe(
      0,
    );
  });
});
