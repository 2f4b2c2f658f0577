import { computeAttendance, NO_VENUE, rateText, rollCallLine, venueCounts, venueLine } from '../../src/core/attendance';
import type { AttendanceRecord, MemberStatus, RosterMember } from '../../src/core/types';

type Counts = Partial<Record<MemberStatus, number>>;

/** A roster with `counts` members per status; ids are "<status>-<n>", names "<Status> <n>". */
function roster(counts: Counts): RosterMember[] {
  return Object.entries(counts).flatMap(([status, n]) =>
    Array.from({ length: n }, (_, i) => ({
      id: `${status}-${i + 1}`,
      fullName: `${status.charAt(0).toUpperCase()}${status.slice(1)} ${i + 1}`,
      status: status as MemberStatus,
      role: 'member' as const,
    })),
  );
}

function ids(status: MemberStatus, from: number, to: number): string[] {
  return Array.from({ length: to - from + 1 }, (_, i) => `${status}-${from + i}`);
}

function present(memberIds: readonly string[], venue: string | null = null): AttendanceRecord[] {
  return memberIds.map((memberId) => ({ memberId, presence: 'present', venue }));
}

function excused(memberIds: readonly string[], reason = 'Đi công tác'): AttendanceRecord[] {
  return memberIds.map((memberId) => ({ memberId, presence: 'excused', reason }));
}

function unexcused(memberIds: readonly string[]): AttendanceRecord[] {
  return memberIds.map((memberId) => ({ memberId, presence: 'unexcused' }));
}

describe('computeAttendance: counts', () => {
  it('counts an empty roster as zero with no rate', () => {
    const stats = computeAttendance([], []);
    expect(stats.total).toBe(0);
    expect(stats.presentTotal).toBe(0);
    expect(stats.rate).toBeNull();
    expect(stats.presentByVenue).toEqual({});
  });

  it('counts the roster per status; total is official + probationary only', () => {
    const stats = computeAttendance(
      roster({ official: 5, probationary: 3, exempt: 2, attached_in: 2, attached_out: 1, suspended: 1 }),
      [],
    );
    expect(stats.roster).toEqual({
      official: 5,
      probationary: 3,
      exempt: 2,
      attached_in: 2,
      attached_out: 1,
      suspended: 1,
    });
    expect(stats.total).toBe(8);
  });

  it('counts presence per status, overall, and the "có mặt" of official + probationary', () => {
    const members = roster({ official: 5, probationary: 3, exempt: 2, attached_in: 2 });
    const records = present([...ids('official', 1, 4), ...ids('probationary', 1, 3), 'exempt-1', 'attached_in-1']);
    const stats = computeAttendance(members, records);
    expect(stats.present).toEqual({
      official: 4,
      probationary: 3,
      exempt: 1,
      attached_in: 1,
      attached_out: 0,
      suspended: 0,
    });
    expect(stats.presentTotal).toBe(9);
    expect(stats.presentCounted).toBe(7);
  });

  it('ignores records of people who are not on the roster (guests)', () => {
    const members = roster({ official: 2 });
    const stats = computeAttendance(members, [
      ...present(['official-1', 'guest-1', 'guest-2']),
      ...unexcused(['guest-3']),
    ]);
    expect(stats.presentTotal).toBe(1);
    expect(stats.unexcused).toEqual([]);
    expect(stats.notRecorded.map((m) => m.memberId)).toEqual(['official-2']);
  });

  it('takes the last record of a member', () => {
    const members = roster({ official: 1 });
    const records: AttendanceRecord[] = [...excused(['official-1']), ...present(['official-1'], 'Hà Nội')];
    expect(computeAttendance(members, records).presentCounted).toBe(1);
    expect(computeAttendance(members, [...records].reverse()).excused).toHaveLength(1);
  });

  it('groups those present by venue, members without a venue under NO_VENUE', () => {
    const members = roster({ official: 6, exempt: 1, attached_in: 1 });
    const records = [
      ...present(['official-1', 'official-2'], 'Điểm cầu chính'),
      ...present(['official-3', 'attached_in-1'], ' Nhà máy 2 '),
      ...present(['official-4'], null),
      ...present(['exempt-1'], '   '),
      ...excused(['official-5']),
    ];
    const stats = computeAttendance(members, records);
    expect(NO_VENUE).toBe('');
    expect(stats.presentByVenue).toEqual({ 'Điểm cầu chính': 2, 'Nhà máy 2': 2, '': 2 });
  });
});

describe('computeAttendance: absences', () => {
  const members = roster({ official: 4, probationary: 2, exempt: 2, attached_in: 2, attached_out: 1, suspended: 1 });
  const records: AttendanceRecord[] = [
    ...present(['official-1', 'probationary-1', 'attached_in-1']),
    ...excused(['official-2'], '  Ốm  '),
    { memberId: 'probationary-2', presence: 'excused', reason: null },
    ...unexcused(['official-3', 'attached_in-2']),
    // Exempt, attached elsewhere and suspended members are not summoned: never listed as absent.
    ...excused(['exempt-1', 'attached_out-1']),
    ...unexcused(['suspended-1']),
    { memberId: 'official-4', presence: null },
  ];
  const stats = computeAttendance(members, records);

  it('lists absences with reason, trimmed, "" when missing, in roster order', () => {
    expect(stats.excused).toEqual([
      { memberId: 'official-2', name: 'Official 2', status: 'official', reason: 'Ốm' },
      { memberId: 'probationary-2', name: 'Probationary 2', status: 'probationary', reason: '' },
    ]);
  });

  it('lists absences without reason of summoned members only', () => {
    expect(stats.unexcused.map((m) => m.memberId)).toEqual(['official-3', 'attached_in-2']);
  });

  it('lists summoned members not recorded yet (no record or presence null)', () => {
    expect(stats.notRecorded.map((m) => m.memberId)).toEqual(['official-4']);
  });
});

describe('computeAttendance: rate = present / (total − exempt absent − attached elsewhere − suspended)', () => {
  it.each<[string, Counts, AttendanceRecord[], number, number, number | null]>([
    ['all present', { official: 10 }, present(ids('official', 1, 10)), 10, 10, 1],
    [
      '2 excused',
      { official: 10 },
      [...present(ids('official', 1, 8)), ...excused(ids('official', 9, 10))],
      8,
      10,
      0.8,
    ],
    ['not recorded counts as not present', { official: 10 }, present(ids('official', 1, 9)), 9, 10, 0.9],
    [
      'probationary count',
      { official: 6, probationary: 4 },
      present([...ids('official', 1, 6), ...ids('probationary', 1, 3)]),
      9,
      10,
      0.9,
    ],
    ['exempt absent leave the denominator', { official: 10, exempt: 2 }, present(ids('official', 1, 10)), 10, 10, 1],
    [
      'exempt present join both sides',
      { official: 10, exempt: 2 },
      present([...ids('official', 1, 9), 'exempt-1']),
      10,
      11,
      10 / 11,
    ],
    [
      'attached elsewhere leave the denominator',
      { official: 10, attached_out: 3 },
      present(ids('official', 1, 10)),
      10,
      10,
      1,
    ],
    ['suspended leave the denominator', { official: 10, suspended: 2 }, present(ids('official', 1, 9)), 9, 10, 0.9],
    [
      'SHT đến are reported apart',
      { official: 4, attached_in: 4 },
      present([...ids('official', 1, 2), ...ids('attached_in', 1, 4)]),
      2,
      4,
      0.5,
    ],
    [
      'unexcused lower the rate',
      { official: 20 },
      [...present(ids('official', 1, 17)), ...unexcused(ids('official', 18, 20))],
      17,
      20,
      0.85,
    ],
    ['nobody expected', { attached_in: 3, exempt: 1 }, present(ids('attached_in', 1, 3)), 0, 0, null],
  ])('%s', (_name, counts, records, ratePresent, expected, rate) => {
    const stats = computeAttendance(roster(counts), records);
    expect(stats.ratePresent).toBe(ratePresent);
    expect(stats.expected).toBe(expected);
    if (rate === null) expect(stats.rate).toBeNull();
    else expect(stats.rate).toBeCloseTo(rate, 12);
  });

  it('keeps the rate within [0, 1]', () => {
    const members = roster({ official: 3, probationary: 2, exempt: 3, attached_in: 2, attached_out: 1, suspended: 1 });
    const everyone = present(members.map((m) => m.id));
    const stats = computeAttendance(members, everyone);
    expect(stats.rate).toBe(1);
    expect(rateText(stats, 'vi')).toBe('100%');
    expect(rateText(computeAttendance([], []), 'vi')).toBe('–');
  });
});

describe('rollCallLine', () => {
  it.each<[string, Counts, AttendanceRecord[], string, string]>([
    [
      'empty roster',
      {},
      [],
      'Tổng số đảng viên: 0 (chính thức 0, dự bị 0). Có mặt: 0. Vắng: 0 (có lý do: 0; không lý do: 0).',
      'Total members: 0 (official 0, probationary 0). Present: 0. Absent: 0 (excused: 0; unexcused: 0).',
    ],
    [
      'all present',
      { official: 3, probationary: 1 },
      present(['official-1', 'official-2', 'official-3', 'probationary-1']),
      'Tổng số đảng viên: 4 (chính thức 3, dự bị 1). Có mặt: 4. Vắng: 0 (có lý do: 0; không lý do: 0).',
      'Total members: 4 (official 3, probationary 1). Present: 4. Absent: 0 (excused: 0; unexcused: 0).',
    ],
    [
      'absences named',
      { official: 4, probationary: 1 },
      [
        ...present(['official-1', 'probationary-1']),
        ...excused(['official-2', 'official-3']),
        ...unexcused(['official-4']),
      ],
      'Tổng số đảng viên: 5 (chính thức 4, dự bị 1). Có mặt: 2. Vắng: 3 (có lý do: 2 – đồng chí Official 2, đồng chí Official 3; không lý do: 1 – đồng chí Official 4).',
      'Total members: 5 (official 4, probationary 1). Present: 2. Absent: 3 (excused: 2 – comrade Official 2, comrade Official 3; unexcused: 1 – comrade Official 4).',
    ],
    [
      'roll call still open',
      { official: 3 },
      present(['official-1']),
      'Tổng số đảng viên: 3 (chính thức 3, dự bị 0). Có mặt: 1. Vắng: 0 (có lý do: 0; không lý do: 0). Chưa điểm danh: 2.',
      'Total members: 3 (official 3, probationary 0). Present: 1. Absent: 0 (excused: 0; unexcused: 0). Not yet recorded: 2.',
    ],
    [
      'members outside the total get their own sentences',
      { official: 2, exempt: 2, attached_in: 3, attached_out: 1, suspended: 1 },
      [
        ...present(['official-1', 'official-2', 'exempt-1', 'attached_in-1', 'attached_in-2']),
        ...excused(['attached_in-3']),
      ],
      'Tổng số đảng viên: 2 (chính thức 2, dự bị 0). Có mặt: 5 (chính thức 2, dự bị 0, sinh hoạt tạm thời đến 2, miễn công tác và sinh hoạt đảng 1). Vắng: 1 (có lý do: 1 – đồng chí Attached_in 3; không lý do: 0). Sinh hoạt tạm thời đến: 3 (có mặt 2). Miễn công tác và sinh hoạt đảng: 2 (có mặt 1). Sinh hoạt tạm thời đi: 1. Đình chỉ sinh hoạt: 1.',
      'Total members: 2 (official 2, probationary 0). Present: 5 (official 2, probationary 0, temporarily attached here 2, exempt from party work and activities 1). Absent: 1 (excused: 1 – comrade Attached_in 3; unexcused: 0). Temporarily attached here: 3 (present 2). Exempt from party work and activities: 2 (present 1). Temporarily attached elsewhere: 1. Suspended: 1.',
    ],
  ])('%s', (_name, counts, records, vi, en) => {
    const stats = computeAttendance(roster(counts), records);
    expect(rollCallLine(stats, 'vi')).toBe(vi);
    expect(rollCallLine(stats, 'en')).toBe(en);
  });

  it('never addresses anyone as "bạn" and uses no emoji', () => {
    const stats = computeAttendance(roster({ official: 2 }), [
      ...excused(['official-1']),
      ...unexcused(['official-2']),
    ]);
    const line = rollCallLine(stats, 'vi');
    expect(line).not.toMatch(/\bbạn\b/i);
    expect(line).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});

describe('present adds up: by status and by venue', () => {
  it('never counts a member attached elsewhere or suspended as present, even with a stored check-in', () => {
    const stats = computeAttendance(
      roster({ official: 1, attached_out: 1, suspended: 1 }),
      present(['official-1', 'attached_out-1', 'suspended-1'], 'A'),
    );
    expect(stats.presentTotal).toBe(1);
    expect(stats.present).toMatchObject({ attached_out: 0, suspended: 0 });
    expect(stats.presentByVenue).toEqual({ A: 1 });
  });

  it('splits by the meeting’s venues in order, keeps zeros, and names check-ins with no venue', () => {
    const members = roster({ official: 4, probationary: 2 });
    const records = [
      ...present(['official-1', 'official-2'], 'B'),
      ...present(['official-3']),
      ...present(['probationary-1'], 'Khác'),
    ];
    const counts = venueCounts(computeAttendance(members, records), ['A', 'B']);
    expect(counts).toEqual([
      { name: 'A', present: 0 },
      { name: 'B', present: 2 },
      { name: 'Khác', present: 1 },
      { name: null, present: 1 },
    ]);
    expect(counts.reduce((sum, c) => sum + c.present, 0)).toBe(4);
    expect(venueLine(counts, 'vi')).toBe('A: 0; B: 2; Khác: 1; không rõ điểm cầu: 1');
  });
});
