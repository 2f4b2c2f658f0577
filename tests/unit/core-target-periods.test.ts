/** Targets belong to a named period: read from what the chair types, else the meeting's own period. */
import { parseCommand, type Command } from '../../src/core/commands';
import { defaultTargetPeriod, readLeadingPeriod, targetPeriodLabel } from '../../src/core/period';

describe('readLeadingPeriod', () => {
  it.each([
    ['2024: Kết nạp = 60', 'year', '2024', 'Kết nạp = 60'],
    ['năm 2024: Kết nạp = 60', 'year', '2024', 'Kết nạp = 60'],
    ['nam 2024 Kết nạp = 60', 'year', '2024', 'Kết nạp = 60'],
    ['1/2024: Hồ sơ = 15', 'month', '2024-01', 'Hồ sơ = 15'],
    ['01/2024 Hồ sơ = 15', 'month', '2024-01', 'Hồ sơ = 15'],
    ['tháng 12/2024: Hồ sơ = 15', 'month', '2024-12', 'Hồ sơ = 15'],
    ['thang 1 nam 2024: Hồ sơ = 15', 'month', '2024-01', 'Hồ sơ = 15'],
    ['T3/2025 – Hồ sơ = 15', 'month', '2025-03', 'Hồ sơ = 15'],
    ['2024-01: Files = 15', 'month', '2024-01', 'Files = 15'],
    ['January 2024: Files = 15', 'month', '2024-01', 'Files = 15'],
    ['for Dec 2024: Files = 15', 'month', '2024-12', 'Files = 15'],
    ['for 2024: New members = 60', 'year', '2024', 'New members = 60'],
  ])('%j', (text, scope, period, rest) => {
    expect(readLeadingPeriod(text)).toEqual({ scope, period, rest });
  });

  it('is null without a period, with a month out of range, or with the other kind when one is asked for', () => {
    expect(readLeadingPeriod('Kết nạp = 60')).toBeNull();
    expect(readLeadingPeriod('13/2024: Hồ sơ = 1')).toBeNull();
    expect(readLeadingPeriod('20245: x = 1')).toBeNull();
    expect(readLeadingPeriod('1/2024: Hồ sơ = 1', { scope: 'year' })).toBeNull();
    expect(readLeadingPeriod('2024: Hồ sơ = 1', { scope: 'month' })).toBeNull();
    // A metric that starts with a number is not a period unless a colon says so.
    expect(readLeadingPeriod('2024 hồ sơ = 1', { colon: true })).toBeNull();
  });
});

describe('a target with no period named takes the meeting’s', () => {
  it('a December meeting sets targets of its own year and month, whatever the date', () => {
    expect(defaultTargetPeriod('year', '2024-12')).toBe('2024');
    expect(defaultTargetPeriod('month', '2024-12')).toBe('2024-12');
  });
  it('labels the period in both languages', () => {
    expect(targetPeriodLabel('year', '2024', 'vi')).toBe('năm 2024');
    expect(targetPeriodLabel('month', '2024-01', 'vi')).toBe('tháng 1/2024');
    expect(targetPeriodLabel('month', '2024-01', 'en')).toBe('January 2024');
  });
});

describe('parseCommand: targets of a named period', () => {
  it.each<[string, Command]>([
    [
      'chỉ tiêu năm 2024: Kết nạp đảng viên mới = 60',
      { name: 'target.set', scope: 'year', period: '2024', metric: 'Kết nạp đảng viên mới', goal: 60 },
    ],
    [
      'chi tieu nam 2024: Ket nap = 60 người',
      { name: 'target.set', scope: 'year', period: '2024', metric: 'Ket nap', goal: 60, unit: 'người' },
    ],
    [
      'chỉ tiêu tháng 1/2024: Hồ sơ gửi lên = 15',
      { name: 'target.set', scope: 'month', period: '2024-01', metric: 'Hồ sơ gửi lên', goal: 15 },
    ],
    [
      'chỉ tiêu tháng 01/2024 Hồ sơ gửi lên = 15',
      { name: 'target.set', scope: 'month', period: '2024-01', metric: 'Hồ sơ gửi lên', goal: 15 },
    ],
    [
      'chi tieu thang 01/2024: Ho so = 15',
      { name: 'target.set', scope: 'month', period: '2024-01', metric: 'Ho so', goal: 15 },
    ],
    ['chỉ tiêu 2024: Kết nạp = 60', { name: 'target.set', scope: 'year', period: '2024', metric: 'Kết nạp', goal: 60 }],
    [
      'target 2024: New members = 60',
      { name: 'target.set', scope: 'year', period: '2024', metric: 'New members', goal: 60 },
    ],
    [
      'target for January 2024: Files sent = 15',
      { name: 'target.set', scope: 'month', period: '2024-01', metric: 'Files sent', goal: 15 },
    ],
    [
      'monthly target 2024-01: Files sent = 15',
      { name: 'target.set', scope: 'month', period: '2024-01', metric: 'Files sent', goal: 15 },
    ],
    [
      'yearly target 2024: New members = 60',
      { name: 'target.set', scope: 'year', period: '2024', metric: 'New members', goal: 60 },
    ],
    // No period named: the feature takes the meeting's.
    [
      'chỉ tiêu năm: Kết nạp đảng viên mới: 60',
      { name: 'target.set', scope: 'year', metric: 'Kết nạp đảng viên mới', goal: 60 },
    ],
    ['chỉ tiêu năm nay: Kết nạp = 60', { name: 'target.set', scope: 'year', metric: 'Kết nạp', goal: 60 }],
    ['chi tieu thang nay: Ho so = 15', { name: 'target.set', scope: 'month', metric: 'Ho so', goal: 15 }],
  ])('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it.each<[string, Command]>([
    [
      'tiến độ chỉ tiêu Kết nạp đảng viên mới: 12',
      { name: 'target.progress', metric: 'Kết nạp đảng viên mới', mode: 'set', amount: 12 },
    ],
    ['tien do chi tieu: Ket nap +2', { name: 'target.progress', metric: 'Ket nap', mode: 'add', amount: 2 }],
    [
      'tiến độ chỉ tiêu năm 2024: Kết nạp = 12',
      { name: 'target.progress', scope: 'year', period: '2024', metric: 'Kết nạp', mode: 'set', amount: 12 },
    ],
    [
      'tiến độ chỉ tiêu tháng 1/2024: Hồ sơ +1',
      { name: 'target.progress', scope: 'month', period: '2024-01', metric: 'Hồ sơ', mode: 'add', amount: 1 },
    ],
    [
      'tiến độ chỉ tiêu năm: Kết nạp +1',
      { name: 'target.progress', scope: 'year', metric: 'Kết nạp', mode: 'add', amount: 1 },
    ],
    ['target progress: New members = 12', { name: 'target.progress', metric: 'New members', mode: 'set', amount: 12 }],
    [
      'progress January 2024: Files +1',
      { name: 'target.progress', scope: 'month', period: '2024-01', metric: 'Files', mode: 'add', amount: 1 },
    ],
  ])('%j', (text, expected) => {
    expect(parseCommand(text)).toEqual(expected);
  });

  it('never keeps the period in the name, and refuses a period of the wrong kind', () => {
    expect(parseCommand('chỉ tiêu năm 2024: Kết nạp = 60')).not.toMatchObject({
      metric: expect.stringContaining('2024'),
    });
    expect(parseCommand('chỉ tiêu năm 1/2024: Kết nạp = 60').name).toBe('unknown');
    expect(parseCommand('chỉ tiêu tháng 2024: Hồ sơ = 15').name).toBe('unknown');
    expect(parseCommand('chỉ tiêu 2024: Kết nạp +3').name).toBe('unknown');
    // A month with no year, or no month at all, is refused rather than stored as "1: …".
    expect(parseCommand('chỉ tiêu tháng 1: Hồ sơ = 15').name).toBe('unknown');
    expect(parseCommand('chỉ tiêu 13/2024: Hồ sơ = 15').name).toBe('unknown');
    expect(parseCommand('tiến độ chỉ tiêu tháng 1: Hồ sơ +1').name).toBe('unknown');
  });
});
