/**
 * A fresh clone's first start: the demo cell is seeded with a meeting already
 * held, and the scheduler's first tick must find nothing to report missed
 * (the seed records the demo's past messages in the job ledger).
 */
import { DEMO_CELL_ID, seedDemoCell } from '../../src/features/demo/seed';
import { openDatabase, type Database } from '../../src/store/database';
import { createScratchDatabase, type ScratchDatabase } from '../support/databases';
import { ManualClock, schedulerFor } from './helpers';

// Before the 5th, just after it, just after the next meeting's notice was due (inside the grace window), and late in the month.
const STARTS = ['2026-12-03T13:56:00Z', '2026-12-05T12:00:00Z', '2026-11-28T08:00:00Z', '2026-11-20T02:00:00Z'];

describe.each(STARTS)('the demo seeded at %s', (start) => {
  let scratch: ScratchDatabase;
  let db: Database;
  const clock = new ManualClock(new Date(start));

  beforeAll(async () => {
    scratch = await createScratchDatabase('sqlite');
    db = await openDatabase(scratch.url);
    await seedDemoCell(db, clock);
  });
  afterAll(async () => {
    await db.close();
    await scratch.dispose();
  });

  it('gives the first tick nothing missed, failed or sent', async () => {
    const report = await schedulerFor(db, clock).tick();
    expect(report).toMatchObject({ leader: true, missed: 0, failed: 0, ran: 0 });
  });

  it("records the held meeting's notice, reminders and summary as sent", async () => {
    const rows = await db.prisma.jobRun.findMany({ where: { cellId: DEMO_CELL_ID, meetingId: 'demo-meeting-held' } });
    expect(rows.map((r) => r.job).sort()).toEqual(['notice', 'remind.join', 'remind.rsvp', 'rollcall', 'summary']);
    expect(new Set(rows.map((r) => r.status))).toEqual(new Set(['sent']));
  });

  it("leaves the draft meeting's later messages to the scheduler", async () => {
    const next = await db.prisma.meeting.findUniqueOrThrow({ where: { id: 'demo-meeting-next' } });
    clock.set(new Date(next.startsAt.getTime() - 30 * 60_000));
    const later = await schedulerFor(db, clock).tick();
    expect(later.failed).toBe(0);
    const join = await db.prisma.jobRun.findFirst({ where: { meetingId: next.id, job: 'remind.join' } });
    expect(join).toMatchObject({ status: 'sent' });
  });
});
