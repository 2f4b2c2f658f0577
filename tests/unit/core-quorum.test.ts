import { checkQuorum, type QuorumInput } from '../../src/core/quorum';
import { DEFAULT_CELL_RULES, type CellRules, type MotionKind } from '../../src/core/types';

function input(overrides: Partial<QuorumInput> = {}): QuorumInput {
  return { presentVoters: 47, denominator: 49, officialTotal: 49, presentOfficial: 47, ...overrides };
}

function quorum(numerator: number, denominator: number): CellRules {
  return { ...DEFAULT_CELL_RULES, quorum: { numerator, denominator } };
}

describe('checkQuorum: the quorum of the cell rules (default 2/3)', () => {
  it.each<[string, QuorumInput, CellRules, number, boolean]>([
    ['49 official, 33 present: met', input({ presentOfficial: 33, presentVoters: 33 }), DEFAULT_CELL_RULES, 33, true],
    [
      '49 official, 32 present: not met',
      input({ presentOfficial: 32, presentVoters: 32 }),
      DEFAULT_CELL_RULES,
      33,
      false,
    ],
    [
      '15 official, 10 present: met',
      input({ officialTotal: 15, denominator: 15, presentOfficial: 10, presentVoters: 10 }),
      DEFAULT_CELL_RULES,
      10,
      true,
    ],
    [
      '15 official, 9 present: not met',
      input({ officialTotal: 15, denominator: 15, presentOfficial: 9, presentVoters: 9 }),
      DEFAULT_CELL_RULES,
      10,
      false,
    ],
    ['a cell rule of 1/2', input({ presentOfficial: 25 }), quorum(1, 2), 25, true],
    ['a cell rule of 3/4', input({ presentOfficial: 36 }), quorum(3, 4), 37, false],
    ['a cell rule of all members', input({ presentOfficial: 49 }), quorum(1, 1), 49, true],
    [
      'no official members',
      input({ officialTotal: 0, denominator: 0, presentOfficial: 0, presentVoters: 0 }),
      DEFAULT_CELL_RULES,
      0,
      true,
    ],
  ])('%s', (_name, numbers, cellRules, required, met) => {
    const check = checkQuorum(numbers, cellRules);
    expect(check.required).toBe(required);
    expect(check.met).toBe(met);
    expect(check.present).toBe(numbers.presentOfficial);
  });

  it('words the quorum line with "theo quy chế chi bộ"', () => {
    expect(checkQuorum(input(), DEFAULT_CELL_RULES).line).toBe(
      'Đảng viên chính thức có mặt: 47/49; số cần có mặt theo quy chế chi bộ: 33 (2/3). Đủ điều kiện tiến hành sinh hoạt.',
    );
    expect(checkQuorum(input({ presentOfficial: 30, presentVoters: 30 }), DEFAULT_CELL_RULES).line).toBe(
      'Đảng viên chính thức có mặt: 30/49; số cần có mặt theo quy chế chi bộ: 33 (2/3). Chưa đủ điều kiện tiến hành sinh hoạt.',
    );
    expect(checkQuorum(input(), DEFAULT_CELL_RULES, 'resolution', 'en').line).toBe(
      "Official members present: 47/49; required under the cell's rules: 33 (2/3). Quorum met.",
    );
  });

  it('has no warning when all is well', () => {
    expect(checkQuorum(input(), DEFAULT_CELL_RULES).warnings).toEqual([]);
  });

  it('warns when the quorum is not met', () => {
    expect(checkQuorum(input({ presentOfficial: 30, presentVoters: 30 }), DEFAULT_CELL_RULES).warnings).toEqual([
      'Số đảng viên chính thức có mặt (30) chưa đạt mức tối thiểu theo quy chế chi bộ (33/49).',
    ]);
  });
});

describe('checkQuorum: when no resolution can pass', () => {
  it.each<[number, number, boolean]>([
    [24, 49, true],
    [25, 49, false],
    [7, 15, true],
    [8, 15, false],
    [0, 0, true],
    [1, 1, false],
  ])('%d present voters of %d → %s', (presentVoters, denominator, expected) => {
    const check = checkQuorum(input({ presentVoters, denominator }), DEFAULT_CELL_RULES);
    expect(check.noResolutionCanPass).toBe(expected);
  });

  it('always warns, in Vietnamese and in English', () => {
    // A cell whose own quorum is 1/3 still cannot pass anything with 24 of 49 present.
    const numbers = input({ presentOfficial: 24, presentVoters: 24 });
    expect(checkQuorum(numbers, quorum(1, 3)).warnings).toEqual([
      'Số đảng viên chính thức có mặt (24) không đủ để bất kỳ nghị quyết nào được thông qua (cần ít nhất 25/49).',
    ]);
    expect(checkQuorum(numbers, quorum(1, 3), 'resolution', 'en').warnings).toEqual([
      'Official members present (24) are too few for any resolution to pass (at least 25/49 needed).',
    ]);
  });

  it('lists both warnings, gravest first, when the quorum fails too', () => {
    const check = checkQuorum(input({ presentOfficial: 20, presentVoters: 20 }), DEFAULT_CELL_RULES);
    expect(check.warnings).toEqual([
      'Số đảng viên chính thức có mặt (20) chưa đạt mức tối thiểu theo quy chế chi bộ (33/49).',
      'Số đảng viên chính thức có mặt (20) không đủ để bất kỳ nghị quyết nào được thông qua (cần ít nhất 25/49).',
    ]);
  });

  it('counts exempt members present among the voters, not among the official present', () => {
    const check = checkQuorum(
      { presentVoters: 26, denominator: 51, officialTotal: 49, presentOfficial: 24 },
      DEFAULT_CELL_RULES,
    );
    expect(check.noResolutionCanPass).toBe(false);
    expect(check.met).toBe(false);
  });
});

describe('checkQuorum: a motion needing 2/3', () => {
  it.each<[MotionKind, number, boolean, number]>([
    ['admission', 32, true, 33],
    ['admission', 33, false, 33],
    ['confirmation', 32, true, 33],
    ['resolution', 32, false, 25],
    ['other', 24, true, 25],
  ])('%s with %d present voters of 49: cannot pass %s (needs %d)', (kind, presentVoters, cannot, needed) => {
    const check = checkQuorum(input({ presentVoters, presentOfficial: presentVoters }), quorum(1, 2), kind);
    expect(check.kindCannotPass).toBe(cannot);
    expect(check.approvalsNeeded).toBe(needed);
  });

  it('warns with the 2/3 figure', () => {
    const numbers = input({ presentVoters: 30, presentOfficial: 30 });
    expect(checkQuorum(numbers, quorum(1, 2), 'admission').warnings).toEqual([
      'Số đảng viên chính thức có mặt (30) không đủ để thông qua nội dung cần ít nhất 2/3 số đảng viên chính thức tán thành (cần ít nhất 33/49).',
    ]);
    expect(checkQuorum(numbers, quorum(1, 2), 'admission', 'en').warnings).toEqual([
      'Official members present (30) are too few to pass a motion needing at least 2/3 (at least 33/49 needed).',
    ]);
  });
});

describe('checkQuorum: bad input', () => {
  it.each<[string, CellRules]>([
    ['zero numerator', quorum(0, 3)],
    ['more than all', quorum(4, 3)],
    ['fractional', quorum(1.5, 3)],
    ['zero denominator', quorum(1, 0)],
  ])('rejects a quorum rule with %s', (_name, cellRules) => {
    expect(() => checkQuorum(input(), cellRules)).toThrow(expect.objectContaining({ code: 'input.invalid' }));
  });

  it.each<Partial<QuorumInput>>([{ presentVoters: -1 }, { officialTotal: 2.5 }, { denominator: Number.NaN }])(
    'rejects the numbers %j',
    (numbers) => {
      expect(() => checkQuorum(input(numbers), DEFAULT_CELL_RULES)).toThrow(
        expect.objectContaining({ code: 'input.invalid' }),
      );
    },
  );
});
