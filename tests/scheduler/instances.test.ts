/**
 * Two instances on a real PostgreSQL, each running the scheduler loop on its
 * own connection: they tick in parallel every 20 s of fake time, only the
 * lease holder works, the holder "dies" (stops ticking and renewing) and the
 * other takes over within a minute; every reminder is sent once.
 */
import { openDatabase, type Database } from '../../src/store/database';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';
import { cellWithMembers, DAY, ManualClock, MINUTE, outboxByJob, schedulerFor } from './helpers';

const STEP = 20_000;

describeEachDatabaseKind(
  'scheduler: two instances',
  (kind) => {
    let scratch: ScratchDatabase;
    let dbA: Database;
    let dbB: Database;

    beforeAll(async () => {
      scratch = await createScratchDatabase(kind);
      dbA = await openDatabase(scratch.url);
      dbB = await openDatabase(scratch.url, { migrate: false });
    });
    afterAll(async () => {
      await dbA.close();
      await dbB.close();
      await scratch.dispose();
    });

    it('one leader at a time, a takeover within a minute, every reminder once', async () => {
      const clock = new ManualClock(new Date('2025-08-29T06:58:00Z')); // two minutes before the notice of 5 September 14:00
      const { cell } = await cellWithMembers(dbA, 20);
      const a = schedulerFor(dbA, clock, { instanceId: 'a' });
      const b = schedulerFor(dbB, clock, { instanceId: 'b' });
      const deathAt = new Date('2025-09-04T07:10:00Z'); // after the day-before reminder
      let aAlive = true;
      let takeover: number | undefined;
      const leaders: string[] = [];
      expect(await a.tick()).toMatchObject({ leader: true }); // a started first and holds the lease
      // Every 20 s around each due minute, and a jump between them (as the lease renewals would see it).
      const interesting = [
        '2025-08-29T07:00:00Z',
        '2025-09-04T07:00:00Z',
        '2025-09-04T07:10:00Z',
        '2025-09-05T06:00:00Z',
        '2025-09-05T07:00:00Z',
        '2025-09-05T09:00:00Z',
      ].map((t) => new Date(t).getTime());
      for (const moment of interesting) {
        if (clock.now().getTime() < moment - 3 * MINUTE) {
          clock.set(new Date(moment - 3 * MINUTE));
          // The jump skipped a's renewals (its 20 s lease cron); let a renew first, as it would have.
          if (aAlive && clock.now() < deathAt) await a.tick();
        }
        for (let t = clock.now().getTime(); t <= moment + 3 * MINUTE; t += STEP) {
          clock.set(new Date(t));
          if (aAlive && clock.now() >= deathAt) aAlive = false;
          const reports = await Promise.all([aAlive ? a.tick() : Promise.resolve(null), b.tick()]);
          const holding = reports.filter((r) => r?.leader).length;
          expect(holding).toBeLessThanOrEqual(1);
          if (reports[0]?.leader) leaders.push('a');
          if (reports[1]?.leader) {
            leaders.push('b');
            if (!aAlive && takeover === undefined) takeover = t - deathAt.getTime();
          }
        }
      }
      // a led while alive (renewing every 20 s, b never got in); b led after a died.
      expect(leaders.indexOf('b')).toBe(leaders.lastIndexOf('a') + 1);
      expect(leaders.filter((l) => l === 'a').length).toBeGreaterThan(40);
      expect(takeover).toBeDefined();
      expect(takeover!).toBeLessThanOrEqual(MINUTE);

      const sent = await outboxByJob(dbA, cell.id);
      expect([...sent.entries()].map(([job, rows]) => [job, rows.length]).sort()).toEqual([
        ['notice', 1],
        ['remind.join', 1],
        ['remind.rsvp', 20],
        ['rollcall', 1],
        ['summary', 1],
      ]);
      const runs = await dbA.prisma.jobRun.findMany({ where: { cellId: cell.id } });
      expect(runs.every((r) => r.status === 'sent')).toBe(true);
      expect(clock.now().getTime() - new Date('2025-08-29T06:58:00Z').getTime()).toBeGreaterThan(6 * DAY);
    });
  },
  ['postgresql'],
);
