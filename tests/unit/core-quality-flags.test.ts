import { excusedStreaks, qualityFlags, type MeetingAttendance, type QualityInput } from '../../src/core/quality-flags';
import type { MemberStatus, Presence, RosterMember } from '../../src/core/types';

function member(id: string, fullName: string, status: MemberStatus = 'official'): RosterMember {
  return { id, fullName, status, role: 'member' };
}

const MEMBERS = [
  member('a', 'Nguyễn Văn An'),
  member('b', 'Trần Thị Bình'),
  member('c', 'Lê Văn Cường'),
  member('x', 'Phạm Miễn', 'exempt'),
];

/** A history from a compact plan: period → presence of each member ('-' = no record). */
function history(plan: Record<string, Record<string, Presence | '-' | null>>): MeetingAttendance[] {
  return Object.entries(plan).map(([period, marks]) => ({
    period,
    records: Object.entries(marks)
      .filter(([, presence]) => presence !== '-')
      .map(([memberId, presence]) => ({ memberId, presence: presence === '-' ? null : presence })),
  }));
}

function input(overrides: Partial<QualityInput>): QualityInput {
  return { rate: 1, unexcusedCount: 0, members: MEMBERS, history: [], ...overrides };
}

describe('excusedStreaks', () => {
  it.each<
    [
      string,
      Record<string, Record<string, Presence | '-' | null>>,
      { memberId: string; length: number; from: string; to: string }[],
    ]
  >([
    [
      'three in a row',
      { '2025-03': { a: 'excused' }, '2025-04': { a: 'excused' }, '2025-05': { a: 'excused' } },
      [{ memberId: 'a', length: 3, from: '2025-03', to: '2025-05' }],
    ],
    [
      'two in a row is not a streak',
      { '2025-03': { a: 'excused' }, '2025-04': { a: 'excused' }, '2025-05': { a: 'present' } },
      [],
    ],
    [
      'broken by presence',
      {
        '2025-03': { a: 'excused' },
        '2025-04': { a: 'present' },
        '2025-05': { a: 'excused' },
        '2025-06': { a: 'excused' },
      },
      [],
    ],
    [
      'broken by an unexcused absence',
      {
        '2025-03': { a: 'excused' },
        '2025-04': { a: 'unexcused' },
        '2025-05': { a: 'excused' },
        '2025-06': { a: 'excused' },
      },
      [],
    ],
    [
      'broken by a meeting without a record',
      { '2025-03': { a: 'excused' }, '2025-04': { a: '-' }, '2025-05': { a: 'excused' }, '2025-06': { a: 'excused' } },
      [],
    ],
    [
      'broken by presence not recorded',
      { '2025-03': { a: 'excused' }, '2025-04': { a: null }, '2025-05': { a: 'excused' }, '2025-06': { a: 'excused' } },
      [],
    ],
    [
      'spanning two years does not count',
      {
        '2024-11': { a: 'excused' },
        '2024-12': { a: 'excused' },
        '2025-01': { a: 'excused' },
        '2025-02': { a: 'excused' },
      },
      [],
    ],
    [
      'a new year starts a new count',
      {
        '2024-12': { a: 'excused' },
        '2025-01': { a: 'excused' },
        '2025-02': { a: 'excused' },
        '2025-03': { a: 'excused' },
      },
      [{ memberId: 'a', length: 3, from: '2025-01', to: '2025-03' }],
    ],
    [
      'four in a row is one streak of four',
      {
        '2025-01': { a: 'excused' },
        '2025-02': { a: 'excused' },
        '2025-03': { a: 'excused' },
        '2025-04': { a: 'excused' },
      },
      [{ memberId: 'a', length: 4, from: '2025-01', to: '2025-04' }],
    ],
    [
      'several members, each on their own',
      {
        '2025-01': { a: 'excused', b: 'excused', c: 'excused' },
        '2025-02': { a: 'excused', b: 'excused', c: 'present' },
        '2025-03': { a: 'excused', b: 'excused', c: 'excused' },
        '2025-04': { a: 'present', b: 'excused', c: 'excused' },
      },
      [
        { memberId: 'a', length: 3, from: '2025-01', to: '2025-03' },
        { memberId: 'b', length: 4, from: '2025-01', to: '2025-04' },
      ],
    ],
  ])('%s', (_name, plan, expected) => {
    const streaks = excusedStreaks(history(plan));
    expect(
      streaks.map((s) => ({ memberId: s.memberId, length: s.length, from: s.fromPeriod, to: s.toPeriod })),
    ).toEqual(expected);
  });

  it('finds two separate streaks of one member in a year', () => {
    const months = ['01', '02', '03', '04', '05', '06', '07'];
    const marks: Presence[] = ['excused', 'excused', 'excused', 'present', 'excused', 'excused', 'excused'];
    const plan = Object.fromEntries(months.map((m, i) => [`2025-${m}`, { a: marks[i] ?? null }]));
    expect(excusedStreaks(history(plan)).map((s) => [s.fromPeriod, s.toPeriod, s.year])).toEqual([
      ['2025-01', '2025-03', 2025],
      ['2025-05', '2025-07', 2025],
    ]);
  });

  it('counts meetings, not months: a regular and a thematic meeting in one month are two', () => {
    const meetings: MeetingAttendance[] = [
      { period: '2025-03', records: [{ memberId: 'a', presence: 'excused' }] },
      { period: '2025-03', records: [{ memberId: 'a', presence: 'excused' }] },
      { period: '2025-04', records: [{ memberId: 'a', presence: 'excused' }] },
    ];
    expect(excusedStreaks(meetings)).toEqual([
      { memberId: 'a', year: 2025, length: 3, fromPeriod: '2025-03', toPeriod: '2025-04' },
    ]);
  });

  it('takes the minimum streak as a parameter', () => {
    const plan = { '2025-03': { a: 'excused' as const }, '2025-04': { a: 'excused' as const } };
    expect(excusedStreaks(history(plan), 2)).toHaveLength(1);
    expect(excusedStreaks(history(plan), 1)).toHaveLength(1);
  });

  it('rejects a bad period or a bad minimum', () => {
    expect(() => excusedStreaks([{ period: 'tháng 9', records: [] }])).toThrow(
      expect.objectContaining({ code: 'input.invalid' }),
    );
    expect(() => excusedStreaks([], 0)).toThrow(expect.objectContaining({ code: 'input.invalid' }));
  });

  it('returns nothing for an empty history', () => {
    expect(excusedStreaks([])).toEqual([]);
  });
});

describe('qualityFlags', () => {
  it.each<[number | null, boolean]>([
    [1, false],
    [0.86, false],
    [0.8501, false],
    [0.85, true],
    [17 / 20, true],
    [0.8, true],
    [0, true],
    [null, false],
  ])('rate %s flagged: %s', (rate, flagged) => {
    const codes = qualityFlags(input({ rate }), 'vi').map((f) => f.code);
    expect(codes.includes('attendance.low')).toBe(flagged);
  });

  it('words the low attendance flag', () => {
    expect(qualityFlags(input({ rate: 0.8 }), 'vi')).toEqual([
      { code: 'attendance.low', text: 'Tỷ lệ đảng viên dự sinh hoạt đạt 80%, chưa đạt yêu cầu trên 85%.' },
    ]);
    expect(qualityFlags(input({ rate: 0.8 }), 'en')[0]?.text).toBe('Attendance was 80%; the standard is above 85%.');
  });

  it('flags any unexcused absence, with names when the ids are given', () => {
    expect(qualityFlags(input({ unexcusedCount: 2, unexcusedIds: ['a', 'b'] }), 'vi')).toEqual([
      {
        code: 'absence.unexcused',
        text: 'Có 2 đồng chí vắng mặt không có lý do: đồng chí Nguyễn Văn An, đồng chí Trần Thị Bình.',
        memberIds: ['a', 'b'],
      },
    ]);
    expect(qualityFlags(input({ unexcusedCount: 1 }), 'vi')).toEqual([
      { code: 'absence.unexcused', text: 'Có 1 đồng chí vắng mặt không có lý do.' },
    ]);
    expect(qualityFlags(input({ unexcusedCount: 1, unexcusedIds: ['c'] }), 'en')[0]?.text).toBe(
      '1 member was absent without reason: comrade Lê Văn Cường.',
    );
    expect(qualityFlags(input({ unexcusedCount: 0 }), 'vi')).toEqual([]);
  });

  it('flags members absent with reason three times in a row within the year', () => {
    const plan = {
      '2025-03': { a: 'excused' as const, b: 'present' as const },
      '2025-04': { a: 'excused' as const, b: 'present' as const },
      '2025-05': { a: 'excused' as const, b: 'present' as const },
    };
    expect(qualityFlags(input({ history: history(plan) }), 'vi')).toEqual([
      {
        code: 'absence.excused_streak',
        text: 'Vắng có lý do từ 3 kỳ sinh hoạt liên tiếp trở lên trong năm: đồng chí Nguyễn Văn An (3 kỳ, tháng 3/2025 – tháng 5/2025).',
        memberIds: ['a'],
      },
    ]);
    expect(qualityFlags(input({ history: history(plan) }), 'en')[0]?.text).toBe(
      'Absent with reason at 3 or more meetings in a row within a year: comrade Nguyễn Văn An (3 meetings, March 2025 – May 2025).',
    );
  });

  it('does not flag exempt members nor people off the roster', () => {
    const plan = {
      '2025-03': { x: 'excused' as const, ghost: 'excused' as const },
      '2025-04': { x: 'excused' as const, ghost: 'excused' as const },
      '2025-05': { x: 'excused' as const, ghost: 'excused' as const },
    };
    expect(qualityFlags(input({ history: history(plan) }), 'vi')).toEqual([]);
  });

  it('does not flag a streak spanning two years', () => {
    const plan = {
      '2024-11': { a: 'excused' as const },
      '2024-12': { a: 'excused' as const },
      '2025-01': { a: 'excused' as const },
    };
    expect(qualityFlags(input({ history: history(plan) }), 'vi')).toEqual([]);
  });

  it('lists the flags in a fixed order', () => {
    const plan = {
      '2025-01': { b: 'excused' as const },
      '2025-02': { b: 'excused' as const },
      '2025-03': { b: 'excused' as const },
    };
    const flags = qualityFlags(input({ rate: 0.5, unexcusedCount: 1, history: history(plan) }), 'vi');
    expect(flags.map((f) => f.code)).toEqual(['attendance.low', 'absence.unexcused', 'absence.excused_streak']);
  });
});
