/**
 * The two real meetings of DOMAIN.md, end to end through the pure core, with
 * the numbers the cells reported.
 */
import { computeAttendance, rollCallLine } from '../../src/core/attendance';
import { formatMeetingTime, formatPercent, periodLabel } from '../../src/core/format';
import { qualityFlags } from '../../src/core/quality-flags';
import { checkQuorum } from '../../src/core/quorum';
import { DEFAULT_CELL_RULES, type AttendanceRecord, type BallotRecord, type RosterMember } from '../../src/core/types';
import {
  approvalsNeeded,
  computeElectorate,
  decideMotion,
  resultLines,
  tallyBallots,
  voteCallText,
} from '../../src/core/voting';

function members(prefix: string, count: number, status: RosterMember['status']): RosterMember[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `${prefix}${i + 1}`,
    fullName: `Đảng viên ${prefix.toUpperCase()}${i + 1}`,
    status,
    role: 'member' as const,
  }));
}

function approvals(ids: readonly string[]): BallotRecord[] {
  return ids.map((memberId) => ({ memberId, choice: 'approve' }));
}

describe('meeting 1: company cell, August 2022, online with remote venues at factories', () => {
  const roster = members('c', 15, 'official');
  const venues = ['Điểm cầu chính – Văn phòng công ty', 'Nhà máy 1', 'Nhà máy 2'];
  const records: AttendanceRecord[] = [
    ...roster.map((m, i) => ({ memberId: m.id, presence: 'present' as const, venue: venues[i % 3] ?? null })),
    // Two guests of the district committee directed the meeting: they never count.
    { memberId: 'guest-district-1', presence: 'present', venue: venues[0] ?? null },
    { memberId: 'guest-district-2', presence: 'present', venue: venues[0] ?? null },
  ];
  const stats = computeAttendance(roster, records);
  const electorate = computeElectorate(roster, records, DEFAULT_CELL_RULES);

  it('has 15/15 members present, by venue, guests apart, rate 100%', () => {
    expect(stats.total).toBe(15);
    expect(stats.presentCounted).toBe(15);
    expect(stats.presentByVenue).toEqual({ 'Điểm cầu chính – Văn phòng công ty': 5, 'Nhà máy 1': 5, 'Nhà máy 2': 5 });
    expect(stats.rate).toBe(1);
    expect(formatPercent(stats.rate ?? 0, 'vi')).toBe('100%');
    expect(rollCallLine(stats, 'vi')).toBe(
      'Tổng số đảng viên: 15 (chính thức 15, dự bị 0). Có mặt: 15. Vắng: 0 (có lý do: 0; không lý do: 0).',
    );
  });

  it('meets the quorum with nothing to warn about', () => {
    const check = checkQuorum(
      { presentVoters: 15, denominator: electorate.denominator, officialTotal: 15, presentOfficial: 15 },
      DEFAULT_CELL_RULES,
    );
    expect(check.met).toBe(true);
    expect(check.required).toBe(10);
    expect(check.warnings).toEqual([]);
  });

  it('passes the monthly resolution 15/15 (đạt 100%)', () => {
    expect(electorate.denominator).toBe(15);
    const tally = tallyBallots(approvals(roster.map((m) => m.id)), electorate.electorate);
    const decision = decideMotion('resolution', tally, electorate.denominator);
    expect(decision).toEqual({ passed: true, approvalsNeeded: 8, approvePercent: 100 });
    expect(
      resultLines({ kind: 'resolution', tally, denominator: 15, passed: decision.passed, presentVoters: 15 }, 'vi'),
    ).toEqual([
      'Kết quả biểu quyết: 15/15 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua.',
      'Trong số 15 đồng chí đảng viên chính thức có mặt: 15 tán thành, 0 không tán thành, 0 ý kiến khác.',
    ]);
  });

  it('raises no quality flag', () => {
    const flags = qualityFlags(
      { rate: stats.rate, unexcusedCount: 0, members: roster, history: [{ period: '2022-08', records }] },
      'vi',
    );
    expect(flags).toEqual([]);
  });

  it('words the call to vote', () => {
    expect(voteCallText(`Nghị quyết Chi bộ ${periodLabel('2022-08', 'vi')}`, 'vi')).toBe(
      'Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua Nghị quyết Chi bộ tháng 8/2022. (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)',
    );
  });
});

describe('meeting 2: December 2023, 49 official + 23 probationary, online under 03-HD/TW', () => {
  const official = members('o', 49, 'official');
  const probationary = members('p', 23, 'probationary');
  const absentees = [
    { ...official[47]!, fullName: 'Nguyễn Văn Hùng' },
    { ...official[48]!, fullName: 'Trần Thị Lan' },
  ];
  const roster = [...official.slice(0, 47), ...absentees, ...probationary];
  const presentIds = [...official.slice(0, 47), ...probationary].map((m) => m.id);
  const records: AttendanceRecord[] = [
    ...presentIds.map((memberId) => ({ memberId, presence: 'present' as const })),
    { memberId: 'o48', presence: 'excused', reason: 'Đi công tác' },
    { memberId: 'o49', presence: 'excused', reason: 'Ốm' },
  ];
  const stats = computeAttendance(roster, records);
  const electorate = computeElectorate(roster, records, DEFAULT_CELL_RULES);
  const presentOfficialIds = official.slice(0, 47).map((m) => m.id);

  it('reports 72 members (49 + 23), 70 present, 2 absent with reason', () => {
    expect(stats.total).toBe(72);
    expect(stats.roster.official).toBe(49);
    expect(stats.roster.probationary).toBe(23);
    expect(stats.presentCounted).toBe(70);
    expect(stats.excused.map((e) => e.reason)).toEqual(['Đi công tác', 'Ốm']);
    expect(rollCallLine(stats, 'vi')).toBe(
      'Tổng số đảng viên: 72 (chính thức 49, dự bị 23). Có mặt: 70. Vắng: 2 (có lý do: 2 – đồng chí Nguyễn Văn Hùng, đồng chí Trần Thị Lan; không lý do: 0).',
    );
    expect(formatPercent(stats.rate ?? 0, 'vi')).toBe('97,22%');
  });

  it('counts the 49 official members in the denominator and needs 25 for a resolution, 33 for an admission', () => {
    expect(electorate.denominator).toBe(49);
    expect(approvalsNeeded('resolution', 49)).toBe(25);
    expect(approvalsNeeded('admission', 49)).toBe(33);
    expect(electorate.excluded.filter((x) => x.why === 'probationary')).toHaveLength(23);
  });

  it('ignores the ballots of probationary members', () => {
    const ballots = [...approvals(presentOfficialIds.slice(0, 24)), ...approvals(probationary.map((m) => m.id))];
    const tally = tallyBallots(ballots, electorate.electorate);
    expect(tally.approve).toBe(24);
    expect(tally.ignored).toHaveLength(23);
    // 24 + 23 probationary would be 47 "approvals" if they counted; they do not, and 24 of 49 fails.
    expect(decideMotion('resolution', tally, electorate.denominator).passed).toBe(false);
  });

  it.each<[number, boolean, string]>([
    [
      24,
      false,
      'Kết quả biểu quyết: 24/49 đồng chí đảng viên chính thức tán thành (đạt 48,98%). Nghị quyết không được thông qua.',
    ],
    [
      25,
      true,
      'Kết quả biểu quyết: 25/49 đồng chí đảng viên chính thức tán thành (đạt 51,02%). Nghị quyết được thông qua.',
    ],
    [
      47,
      true,
      'Kết quả biểu quyết: 47/49 đồng chí đảng viên chính thức tán thành (đạt 95,92%). Nghị quyết được thông qua.',
    ],
  ])('a resolution with %d approvals: passed %s', (approve, passed, line) => {
    const ballots: BallotRecord[] = presentOfficialIds.map((memberId, i) => ({
      memberId,
      choice: i < approve ? 'approve' : 'reject',
    }));
    const tally = tallyBallots(ballots, electorate.electorate);
    const decision = decideMotion('resolution', tally, electorate.denominator);
    expect(decision.passed).toBe(passed);
    const [first, second] = resultLines(
      { kind: 'resolution', tally, denominator: 49, passed: decision.passed, presentVoters: 47 },
      'vi',
    );
    expect(first).toBe(line);
    expect(second).toBe(
      `Trong số 47 đồng chí đảng viên chính thức có mặt: ${approve} tán thành, ${47 - approve} không tán thành, 0 ý kiến khác.`,
    );
  });

  it.each<[number, boolean]>([
    [32, false],
    [33, true],
  ])('an admission with %d approvals: passed %s', (approve, passed) => {
    const tally = tallyBallots(approvals(presentOfficialIds.slice(0, approve)), electorate.electorate);
    expect(decideMotion('admission', tally, electorate.denominator).passed).toBe(passed);
  });

  it('a motion that passes with excused members in the denominator passes under either reading', () => {
    const strict = computeElectorate(roster, records, { ...DEFAULT_CELL_RULES, excusedInDenominator: false });
    expect(strict.denominator).toBe(47);
    for (let approve = 0; approve <= 47; approve += 1) {
      const tally = { approve };
      if (decideMotion('resolution', tally, 49).passed)
        expect(decideMotion('resolution', tally, strict.denominator).passed).toBe(true);
      if (decideMotion('admission', tally, 49).passed)
        expect(decideMotion('admission', tally, strict.denominator).passed).toBe(true);
    }
  });

  it('meets the 2/3 quorum and can pass a resolution', () => {
    const check = checkQuorum(
      { presentVoters: 47, denominator: 49, officialTotal: 49, presentOfficial: 47 },
      DEFAULT_CELL_RULES,
    );
    expect(check).toMatchObject({ met: true, required: 33, noResolutionCanPass: false, warnings: [] });
  });

  it('flags nothing for the meeting itself (rate above 85%, no unexcused absence)', () => {
    expect(
      qualityFlags(
        { rate: stats.rate, unexcusedCount: 0, members: roster, history: [{ period: '2023-12', records }] },
        'vi',
      ),
    ).toEqual([]);
  });

  it('announces a meeting time the way the notice does', () => {
    expect(formatMeetingTime(new Date('2023-12-08T07:00:00Z'), 'Asia/Ho_Chi_Minh', 'vi')).toBe(
      '14 giờ 00, ngày 08/12/2023 (thứ Sáu)',
    );
  });
});
