import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliDeps } from '../../src/cli';
import { parseCommand } from '../../src/core/commands';
import { parseReminderText, parseRuleText, parseWhenText } from '../../src/features/schedule/parse-schedule';
import { openDatabase, type Database } from '../../src/store/database';
import { cliRunner } from '../support/cli-runner';
import { cellWithMembers, ManualClock, schedulerFor } from './helpers';

describe('schedule commands: parsing', () => {
  it.each([
    ['lịch', { name: 'schedule.show' }],
    ['lich hop', { name: 'schedule.show' }],
    [
      'lịch ngày 5 14:00, cuối tuần: thứ Hai sau',
      { name: 'schedule.rule', text: 'ngày 5 14:00, cuối tuần: thứ Hai sau' },
    ],
    ['schedule first monday 19:30', { name: 'schedule.rule', text: 'first monday 19:30' }],
    ['nhắc lịch 7 ngày, 1 ngày, 1 giờ', { name: 'schedule.reminders', text: '7 ngày, 1 ngày, 1 giờ' }],
    ['dời họp 08/9/2025 14:00', { name: 'meeting.move', when: '08/9/2025 14:00' }],
    ['hủy họp lý do: trùng lịch', { name: 'meeting.cancel', reason: 'trùng lịch' }],
    ['huy hop', { name: 'meeting.cancel' }],
    ['cancel meeting', { name: 'meeting.cancel' }],
  ])('reads %j', (text, command) => {
    expect(parseCommand(text)).toEqual(command);
  });

  it('reads rules, dates and reminder lists', () => {
    expect(parseRuleText('ngày 5 14:00, cuối tuần: thứ Hai sau')).toEqual({
      kind: 'dayOfMonth',
      day: 5,
      time: '14:00',
      weekend: 'next_monday',
    });
    expect(parseRuleText('ngày 5 lúc 14 giờ')).toEqual({ kind: 'dayOfMonth', day: 5, time: '14:00' });
    expect(parseRuleText('thứ Hai đầu tiên 19:30')).toEqual({
      kind: 'weekdayOfMonth',
      weekday: 1,
      nth: 1,
      time: '19:30',
    });
    expect(parseRuleText('last friday 14:00')).toEqual({ kind: 'weekdayOfMonth', weekday: 5, nth: -1, time: '14:00' });
    expect(parseRuleText('ngày 31 14:00')).toBeNull();
    expect(parseWhenText('08/9/2025 14:00', 2025)).toEqual(['2025-09-08', '14:00']);
    expect(parseWhenText('2025-09-08 15h30', 2025)).toEqual(['2025-09-08', '15:30']);
    expect(parseWhenText('8/9 14h', 2025)).toEqual(['2025-09-08', '14:00']);
    expect(parseReminderText('7 ngày, 1 ngày, 1 giờ')).toEqual([10080, 1440, 60]);
    expect(parseReminderText('2 days and 30 minutes')).toEqual([2880, 30]);
    expect(parseReminderText('sớm')).toBeNull();
  });
});

describe('cli: schedule', () => {
  let dir: string;
  let db: Database;
  let deps: CliDeps;
  const clock = new ManualClock(new Date('2025-09-04T09:00:00Z'));

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chibo-schedule-'));
    const url = `file:${join(dir, 'cli.db')}`;
    db = await openDatabase(url);
    deps = {
      config: () => ({ databaseUrl: url }),
      openDatabase: (u) => openDatabase(u),
      readFile: (p) => readFile(p),
      clock,
    };
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const { cli } = cliRunner(() => deps);

  it('prints the occurrences of a range with their status', async () => {
    const { cell } = await cellWithMembers(db, 3);
    await schedulerFor(db, clock).tick(); // notice missed (too old), day-before reminder caught up

    const result = await cli('schedule', '--cell', cell.id, '--from', '2025-08-25', '--to', '2025-10-05', '--json');
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.stdout) as {
      occurrences: { at: string; job: string; status: string; period: string; fromRule: boolean }[];
    };
    expect(parsed.occurrences.map((o) => `${o.at} ${o.job} ${o.status} ${o.period}`)).toEqual([
      '2025-08-29T07:00:00.000Z notice missed 2025-09',
      '2025-09-04T07:00:00.000Z remind.rsvp sent 2025-09',
      '2025-09-05T06:00:00.000Z remind.join planned 2025-09',
      '2025-09-05T07:00:00.000Z rollcall planned 2025-09',
      '2025-09-05T09:00:00.000Z summary planned 2025-09',
      '2025-09-28T07:00:00.000Z notice planned 2025-10',
      '2025-10-04T07:00:00.000Z remind.rsvp planned 2025-10',
      '2025-10-05T06:00:00.000Z remind.join planned 2025-10',
      '2025-10-05T07:00:00.000Z rollcall planned 2025-10',
      '2025-10-05T09:00:00.000Z summary planned 2025-10',
    ]);
    expect(parsed.occurrences.at(-1)?.fromRule).toBe(true);

    const table = await cli('schedule', '--cell', cell.id, '--from', '2025-09-04', '--to', '2025-09-05');
    expect(table.stdout).toContain('04/9/2025 14:00  Nhắc đồng chí chưa trả lời');
    expect(table.stdout).toContain('Đã gửi (sent)');
    expect(table.stdout).toContain('Dự kiến (planned)');
  });

  it('refuses a bad date and an unknown cell', async () => {
    expect((await cli('schedule', '--cell', 'x', '--from', '5/9/2025')).code).toBe(2);
    const unknown = await cli('schedule', '--cell', 'nope');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy chi bộ');
  });
});
