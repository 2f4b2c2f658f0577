/** The schedule commands through the bot: committee only, audited, and the schedule follows. */
import { describeEachDatabase } from '../support/databases';
import type { Database } from '../../src/store/database';
import { driver, expectOk, playgroundBot } from '../support/turns';
import { planSchedule } from '../../src/scheduler';
import { cellWithMembers, DAY, ManualClock, silentLogger } from './helpers';

describeEachDatabase('schedule commands', (getDb) => {
  let db: Database;
  beforeAll(() => {
    db = getDb();
  });

  it('lets the committee change the rule, the reminders, move and cancel; refuses other members', async () => {
    const clock = new ManualClock(new Date('2025-08-20T03:00:00Z'));
    const { cell, secretary, members } = await cellWithMembers(db, 3);
    const member = members.find((m) => m.id !== secretary.id)!;
    const bot = driver(playgroundBot({ db, clock, logger: silentLogger }), clock);

    expect((await bot.say(member, 'hủy họp')).error?.code).toBe('role.secretary_only');
    expectOk(await bot.say(secretary, 'lịch thứ Hai đầu tiên 19:30'));
    expect(JSON.parse((await db.prisma.cell.findUniqueOrThrow({ where: { id: cell.id } })).meetingRule)).toEqual({
      kind: 'weekdayOfMonth',
      weekday: 1,
      nth: 1,
      time: '19:30',
    });
    expectOk(await bot.say(secretary, 'nhắc lịch 7 ngày, 2 ngày, 30 phút'));
    const shown = expectOk(await bot.say(secretary, 'lịch'));
    expect(JSON.stringify(shown.replies)).toContain('thứ Hai đầu tiên của tháng, 19 giờ 30');

    // September's meeting (Monday 1 September) is not stored yet: moving it stores it at the new time.
    expectOk(await bot.say(secretary, 'dời họp 03/9/2025 19:30'));
    const items = (await planSchedule(db, cell.id, clock.now(), new Date(clock.now().getTime() + 20 * DAY))) ?? [];
    // Monday 1 September's occurrences are recorded cancelled; the new ones are planned.
    expect(items.filter((i) => i.status === 'cancelled').map((i) => i.job)).toEqual([
      'notice',
      'remind.rsvp',
      'remind.join',
      'rollcall',
      'summary',
    ]);
    expect(items.filter((i) => i.status === 'planned').map((i) => `${i.job} ${i.at.toISOString()}`)).toEqual([
      'notice 2025-08-27T12:30:00.000Z',
      'remind.rsvp 2025-09-01T12:30:00.000Z',
      'remind.join 2025-09-03T12:00:00.000Z',
      'rollcall 2025-09-03T12:30:00.000Z',
      'summary 2025-09-03T14:30:00.000Z',
    ]);
    expectOk(await bot.say(secretary, 'hủy họp lý do: trùng lịch công tác'));
    const after = (await planSchedule(db, cell.id, clock.now(), new Date(clock.now().getTime() + 20 * DAY))) ?? [];
    expect(after.every((i) => i.status === 'cancelled')).toBe(true);
    const audit = await db.prisma.auditEvent.findMany({ where: { cellId: cell.id }, orderBy: { createdAt: 'asc' } });
    // The rule and the reminders are settings: audited like the setup card's changes, one row per setting.
    expect(audit.map((e) => e.type)).toEqual([
      'cell.setting_changed',
      'cell.setting_changed',
      'meeting.moved',
      'meeting.cancelled',
    ]);
    expect(audit.slice(0, 2).map((e) => JSON.parse(e.data) as { field: string; source: string })).toEqual([
      expect.objectContaining({ field: 'meetingRule', source: 'chat' }),
      expect.objectContaining({ field: 'reminders', source: 'chat' }),
    ]);
    // Nothing was announced yet: no correction or cancellation notice is queued.
    expect(await db.prisma.jobRun.count({ where: { job: { in: ['meeting.moved', 'meeting.cancelled'] } } })).toBe(0);
  });
});
