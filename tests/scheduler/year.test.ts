/**
 * A year of two cells' schedules on a fake clock: "day 5 at 14:00, weekend →
 * next Monday" and "first Monday at 19:30"; one meeting moved after its
 * notice (correction, reminders re-planned) and one cancelled (cancellation
 * notice, no reminders). The tick runs at each due minute, as the cron would.
 */
import { describeEachDatabase } from '../support/databases';
import { localParts } from '../../src/core/zoned-time';
import { planSchedule } from '../../src/scheduler';
import { cancelMeeting, moveMeeting } from '../../src/features/schedule/schedule-changes';
import type { Database } from '../../src/store/database';
import { cellWithMembers, ManualClock, MINUTE, outboxByJob, schedulerFor, type CellFixture } from './helpers';

const TZ = 'Asia/Ho_Chi_Minh';
// A simulated year is a few hundred ticks of several queries each: on PostgreSQL, with the machine's
// two cores shared it nears the suite's 30 s test timeout, so this one test gets more room (no time is asserted).
const YEAR_TIMEOUT_MS = 120_000;

function localDate(date: Date, timeZone = TZ): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
}

describeEachDatabase('scheduler: a year of schedule', (getDb) => {
  let db: Database;
  let a: CellFixture;
  let b: CellFixture;
  const clock = new ManualClock(new Date('2025-08-20T00:00:00Z'));

  /** Ticks at every minute something is due, up to `end`. */
  async function runUntil(end: Date): Promise<void> {
    const scheduler = schedulerFor(db, clock);
    // The minute tick right after a change (a correction queued by a feature is due at once).
    expect(await scheduler.tick()).toMatchObject({ leader: true, failed: 0 });
    for (let guard = 0; guard < 1000 && clock.now() < end; guard += 1) {
      const now = clock.now();
      const next: number[] = [];
      for (const cell of [a.cell, b.cell]) {
        const items =
          (await planSchedule(
            db,
            cell.id,
            new Date(now.getTime() + 1),
            new Date(now.getTime() + 62 * 24 * 60 * MINUTE),
          )) ?? [];
        const due = items.find((i) => i.status === 'planned');
        if (due) next.push(due.at.getTime());
      }
      clock.set(new Date(Math.min(...next, end.getTime()) + MINUTE));
      const report = await scheduler.tick();
      expect(report).toMatchObject({ leader: true, failed: 0 });
    }
  }

  beforeAll(async () => {
    db = getDb();
    a = await cellWithMembers(db, 4, {
      meetingRule: JSON.stringify({ kind: 'dayOfMonth', day: 5, time: '14:00', weekend: 'next_monday' }),
    });
    b = await cellWithMembers(db, 3, {
      meetingRule: JSON.stringify({ kind: 'weekdayOfMonth', weekday: 1, nth: 1, time: '19:30' }),
    });
  });

  it(
    'sends every notice and reminder once, follows a moved meeting and stops for a cancelled one',
    async () => {
      await runUntil(new Date('2025-11-29T08:00:00Z'));
      // December's notice went out on 28 November; the secretary moves the meeting from Friday 5 to Tuesday 9 December.
      const moved = await moveMeeting({ db, clock }, a.cell, a.secretary.id, '2025-12-09', '15:00');
      expect(moved.corrected).toBe(true);
      await runUntil(new Date('2026-01-30T03:00:00Z'));
      // February's notice went out on 29 January; the meeting is then cancelled.
      const cancelled = await cancelMeeting({ db, clock }, a.cell, a.secretary.id, 'trùng lịch Tết Nguyên đán');
      expect(cancelled.announced).toBe(true);
      await runUntil(new Date('2026-08-20T00:00:00Z'));

      const meetingsA = await db.prisma.meeting.findMany({
        where: { cellId: a.cell.id },
        orderBy: { startsAt: 'asc' },
      });
      expect(meetingsA.map((m) => `${localDate(m.startsAt)} ${m.status}`)).toEqual([
        '2025-09-05 14:00 in_progress',
        '2025-10-06 14:00 in_progress', // the 5th is a Sunday: next Monday
        '2025-11-05 14:00 in_progress',
        '2025-12-09 15:00 in_progress', // moved
        '2026-01-05 14:00 in_progress',
        '2026-02-05 14:00 cancelled',
        '2026-03-05 14:00 in_progress',
        '2026-04-06 14:00 in_progress', // Sunday 5 April
        '2026-05-05 14:00 in_progress',
        '2026-06-05 14:00 in_progress',
        '2026-07-06 14:00 in_progress', // Sunday 5 July
        '2026-08-05 14:00 in_progress',
      ]);
      const meetingsB = await db.prisma.meeting.findMany({
        where: { cellId: b.cell.id },
        orderBy: { startsAt: 'asc' },
      });
      expect(meetingsB.map((m) => localDate(m.startsAt))).toEqual([
        '2025-09-01 19:30',
        '2025-10-06 19:30',
        '2025-11-03 19:30',
        '2025-12-01 19:30',
        '2026-01-05 19:30',
        '2026-02-02 19:30',
        '2026-03-02 19:30',
        '2026-04-06 19:30',
        '2026-05-04 19:30',
        '2026-06-01 19:30',
        '2026-07-06 19:30',
        '2026-08-03 19:30',
      ]);

      const sentA = await outboxByJob(db, a.cell.id);
      const count = (job: string) => sentA.get(job)?.length ?? 0;
      expect({
        notice: count('notice'),
        rsvp: count('remind.rsvp'),
        join: count('remind.join'),
        rollcall: count('rollcall'),
        summary: count('summary'),
      }).toEqual({
        notice: 12, // February's included: it went out before the cancellation
        rsvp: 11 * 4,
        join: 11,
        rollcall: 11,
        summary: 11,
      });
      expect(count('meeting.moved')).toBe(1);
      expect(sentA.get('meeting.moved')?.[0]?.payload).toContain('09/12/2025');
      expect(count('meeting.cancelled')).toBe(1);
      expect(sentA.get('meeting.cancelled')?.[0]?.payload).toContain('trùng lịch Tết Nguyên đán');

      const feb = meetingsA[5]!;
      expect(
        (await db.prisma.jobRun.findMany({ where: { meetingId: feb.id, status: 'sent' } })).map((r) => r.job).sort(),
      ).toEqual(['meeting.cancelled', 'notice']);
      const dec = meetingsA[3]!;
      const decRuns = await db.prisma.jobRun.findMany({
        where: { meetingId: dec.id },
        orderBy: { occurrenceAt: 'asc' },
      });
      // Old occurrences (5 December) cancelled; the new ones (9 December) sent; no second notice.
      expect(
        decRuns
          .filter((r) => r.status === 'cancelled')
          .map((r) => r.job)
          .sort(),
      ).toEqual(['notice', 'remind.join', 'remind.rsvp', 'rollcall', 'summary']);
      expect(decRuns.filter((r) => r.status === 'sent').map((r) => `${r.job} ${localDate(r.occurrenceAt)}`)).toEqual(
        expect.arrayContaining([
          'remind.rsvp 2025-12-08 15:00',
          'remind.join 2025-12-09 14:00',
          'rollcall 2025-12-09 15:00',
        ]),
      );
      expect(await db.prisma.jobRun.count({ where: { status: { in: ['planned', 'running', 'missed'] } } })).toBe(0);

      const sentB = await outboxByJob(db, b.cell.id);
      expect(sentB.get('notice')).toHaveLength(12);
      expect(sentB.get('remind.rsvp')).toHaveLength(12 * 3);
    },
    YEAR_TIMEOUT_MS,
  );
});
