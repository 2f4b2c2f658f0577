import {
  DEFAULT_CELL_RULES,
  type AttendanceRecord,
  type CellRules,
  type MemberStatus,
  type MotionKind,
  type Presence,
  type RosterMember,
} from '../../src/core/types';
import {
  approvalsNeeded,
  assertOpenableInChat,
  computeElectorate,
  thresholdFor,
  voterEligibility,
} from '../../src/core/voting';

function member(id: string, status: MemberStatus = 'official'): RosterMember {
  return { id, fullName: `Đồng chí ${id}`, status, role: 'member' };
}

function rules(overrides: Partial<CellRules> = {}): CellRules {
  return { ...DEFAULT_CELL_RULES, ...overrides };
}

describe('assertOpenableInChat', () => {
  it.each(['resolution', 'admission', 'confirmation', 'other'])('lets %s through', (kind) => {
    expect(() => assertOpenableInChat(kind)).not.toThrow();
  });

  it.each(['election', 'discipline', 'personnel'])('refuses %s: it needs a secret ballot', (kind) => {
    expect(() => assertOpenableInChat(kind)).toThrow(expect.objectContaining({ code: 'motion.secret_ballot' }));
  });

  it.each(['', 'Resolution', 'vote', 'bầu cử', 'unknown'])('rejects the unknown kind %j as input.invalid', (kind) => {
    expect(() => assertOpenableInChat(kind)).toThrow(expect.objectContaining({ code: 'input.invalid' }));
  });

  it('narrows the type', () => {
    const kind: string = 'admission';
    assertOpenableInChat(kind);
    const narrowed: MotionKind = kind;
    expect(thresholdFor(narrowed).numerator).toBe(2);
  });
});

describe('thresholdFor', () => {
  it.each<[MotionKind, number, number, boolean, string, string]>([
    ['resolution', 1, 2, true, 'quá 1/2', 'more than 1/2'],
    ['other', 1, 2, true, 'quá 1/2', 'more than 1/2'],
    ['admission', 2, 3, false, 'ít nhất 2/3', 'at least 2/3'],
    ['confirmation', 2, 3, false, 'ít nhất 2/3', 'at least 2/3'],
  ])('%s: %d/%d strict=%s', (kind, numerator, denominator, strict, vi, en) => {
    expect(thresholdFor(kind)).toEqual({ numerator, denominator, strict, label: { vi, en } });
  });
});

describe('approvalsNeeded', () => {
  it.each<[MotionKind, number, number]>([
    ['resolution', 49, 25],
    ['admission', 49, 33],
    ['confirmation', 49, 33],
    ['resolution', 15, 8],
    ['admission', 15, 10],
    ['confirmation', 15, 10],
    ['other', 15, 8],
    ['resolution', 72, 37],
    ['resolution', 100, 51],
    ['admission', 100, 67],
    ['admission', 99, 66],
    ['resolution', 4, 3],
    ['resolution', 3, 2],
    ['resolution', 2, 2],
    ['resolution', 1, 1],
    ['admission', 6, 4],
    ['admission', 4, 3],
    ['admission', 3, 2],
    ['admission', 2, 2],
    ['admission', 1, 1],
    ['resolution', 0, 1],
    ['admission', 0, 1],
  ])('%s of %d → %d', (kind, denominator, expected) => {
    expect(approvalsNeeded(kind, denominator)).toBe(expected);
  });

  it('is the least count meeting the threshold, for every denominator up to 300', () => {
    for (let d = 1; d <= 300; d += 1) {
      const half = approvalsNeeded('resolution', d);
      expect(2 * half > d && 2 * (half - 1) <= d).toBe(true);
      const twoThirds = approvalsNeeded('admission', d);
      expect(3 * twoThirds >= 2 * d && 3 * (twoThirds - 1) < 2 * d).toBe(true);
    }
  });

  it.each([-1, 1.5, Number.NaN])('rejects the denominator %d', (d) => {
    expect(() => approvalsNeeded('resolution', d)).toThrow(expect.objectContaining({ code: 'input.invalid' }));
  });
});

describe('voterEligibility', () => {
  const allowSht = rules({ attachedInMayVote: true });
  it.each<[MemberStatus, Presence | null, CellRules, string]>([
    ['official', 'present', DEFAULT_CELL_RULES, 'ok'],
    // Only members recorded present vote; an excuse sent and not followed by a check-in is named as such.
    ['official', null, DEFAULT_CELL_RULES, 'vote.not_present'],
    ['official', 'excused', DEFAULT_CELL_RULES, 'vote.not_present_excused'],
    ['official', 'unexcused', DEFAULT_CELL_RULES, 'vote.not_present'],
    ['attached_in', null, allowSht, 'vote.not_present'],
    ['probationary', 'present', DEFAULT_CELL_RULES, 'vote.not_eligible_probationary'],
    ['probationary', 'present', allowSht, 'vote.not_eligible_probationary'],
    ['exempt', 'present', DEFAULT_CELL_RULES, 'ok'],
    ['exempt', null, DEFAULT_CELL_RULES, 'vote.exempt_not_present'],
    ['exempt', 'excused', DEFAULT_CELL_RULES, 'vote.exempt_not_present'],
    ['attached_in', 'present', DEFAULT_CELL_RULES, 'vote.not_eligible'],
    ['attached_in', 'present', allowSht, 'ok'],
    ['attached_out', 'present', DEFAULT_CELL_RULES, 'vote.not_eligible'],
    ['attached_out', 'present', allowSht, 'vote.not_eligible'],
    ['suspended', 'present', DEFAULT_CELL_RULES, 'vote.not_eligible'],
  ])('%s, presence %s → %s', (status, presence, cellRules, expected) => {
    const result = voterEligibility(member('m', status), presence, cellRules);
    expect(result.ok ? 'ok' : result.code).toBe(expected);
  });
});

describe('computeElectorate', () => {
  const members = [
    member('o1'),
    member('o2'),
    member('o3'),
    member('o4'),
    member('p1', 'probationary'),
    member('e1', 'exempt'),
    member('e2', 'exempt'),
    member('in1', 'attached_in'),
    member('in2', 'attached_in'),
    member('out1', 'attached_out'),
    member('s1', 'suspended'),
  ];
  const records: AttendanceRecord[] = [
    { memberId: 'o1', presence: 'present' },
    { memberId: 'o2', presence: 'present' },
    { memberId: 'o3', presence: 'excused', reason: 'Ốm' },
    { memberId: 'o4', presence: 'unexcused' },
    { memberId: 'p1', presence: 'present' },
    { memberId: 'e1', presence: 'present' },
    { memberId: 'in1', presence: 'present' },
    { memberId: 'in2', presence: 'excused' },
    { memberId: 'out1', presence: 'present' },
    { memberId: 's1', presence: 'present' },
  ];

  it.each<[string, Partial<CellRules>, string[]]>([
    ['default: excused stay in, SHT đến out', {}, ['o1', 'o2', 'o3', 'o4', 'e1']],
    ['excused leave when the cell says so', { excusedInDenominator: false }, ['o1', 'o2', 'o4', 'e1']],
    ['SHT đến vote when the cell allows it', { attachedInMayVote: true }, ['o1', 'o2', 'o3', 'o4', 'e1', 'in1', 'in2']],
    ['both settings', { attachedInMayVote: true, excusedInDenominator: false }, ['o1', 'o2', 'o4', 'e1', 'in1']],
  ])('%s', (_name, overrides, electorate) => {
    const result = computeElectorate(members, records, rules(overrides));
    expect(result.electorate).toEqual(electorate);
    expect(result.denominator).toBe(electorate.length);
    expect(result.excluded.map((x) => x.memberId).sort()).toEqual(
      members
        .map((m) => m.id)
        .filter((id) => !electorate.includes(id))
        .sort(),
    );
  });

  it('says why each member is outside the denominator', () => {
    const result = computeElectorate(members, records, rules({ excusedInDenominator: false }));
    expect(result.excluded).toEqual([
      { memberId: 'o3', why: 'excused' },
      { memberId: 'p1', why: 'probationary' },
      { memberId: 'e2', why: 'exempt_absent' },
      { memberId: 'in1', why: 'attached_in' },
      { memberId: 'in2', why: 'attached_in' },
      { memberId: 'out1', why: 'attached_out' },
      { memberId: 's1', why: 'suspended' },
    ]);
  });

  it.each<[string, MemberStatus, AttendanceRecord['presence'] | undefined, number]>([
    ['exempt present are counted', 'exempt', 'present', 11],
    ['exempt absent are not', 'exempt', 'excused', 10],
    ['exempt not recorded are not', 'exempt', undefined, 10],
    ['attached elsewhere are not, even present', 'attached_out', 'present', 10],
    ['suspended are not, even present', 'suspended', 'present', 10],
    ['probationary never', 'probationary', 'present', 10],
    ['official absent without reason stay', 'official', 'unexcused', 11],
    ['official not recorded stay', 'official', undefined, 11],
  ])('%s', (_name, status, presence, denominator) => {
    const cell = [...Array.from({ length: 10 }, (_, i) => member(`o${i}`)), member('x', status)];
    const marks: AttendanceRecord[] = presence === undefined ? [] : [{ memberId: 'x', presence }];
    expect(computeElectorate(cell, marks, DEFAULT_CELL_RULES).denominator).toBe(denominator);
  });

  it('takes the last record of a member', () => {
    const cell = [member('o1'), member('e1', 'exempt')];
    const marks: AttendanceRecord[] = [
      { memberId: 'e1', presence: 'present' },
      { memberId: 'e1', presence: 'excused' },
    ];
    expect(computeElectorate(cell, marks, DEFAULT_CELL_RULES).electorate).toEqual(['o1']);
  });

  it('is empty for an empty roster', () => {
    expect(computeElectorate([], [], DEFAULT_CELL_RULES)).toEqual({ denominator: 0, electorate: [], excluded: [] });
  });
});
