import type { BallotRecord, MotionKind } from '../../src/core/types';
import {
  approvalsNeeded,
  decideMotion,
  neededText,
  resultLines,
  tallyBallots,
  voteCallText,
  type ResultInput,
} from '../../src/core/voting';

function ballot(memberId: string, choice: BallotRecord['choice'], comment?: string): BallotRecord {
  return comment === undefined ? { memberId, choice } : { memberId, choice, comment };
}

describe('tallyBallots', () => {
  const electorate = ['o1', 'o2', 'o3', 'o4', 'o5'];

  it('counts each choice among the electorate', () => {
    const tally = tallyBallots(
      [
        ballot('o1', 'approve'),
        ballot('o2', 'approve'),
        ballot('o3', 'reject'),
        ballot('o4', 'other', ' Cần bổ sung chỉ tiêu '),
      ],
      electorate,
    );
    expect(tally).toEqual({
      approve: 2,
      reject: 1,
      other: 1,
      counted: 4,
      ignored: [],
      comments: [{ memberId: 'o4', comment: 'Cần bổ sung chỉ tiêu' }],
    });
  });

  it('reports ballots from outside the electorate (probationary, guests) but never counts them', () => {
    const tally = tallyBallots(
      [
        ballot('o1', 'approve'),
        ballot('p1', 'approve'),
        ballot('p2', 'other', 'Ý kiến dự bị'),
        ballot('guest', 'reject'),
      ],
      electorate,
    );
    expect(tally.approve).toBe(1);
    expect(tally.reject).toBe(0);
    expect(tally.other).toBe(0);
    expect(tally.comments).toEqual([]);
    expect(tally.ignored.map((b) => b.memberId)).toEqual(['p1', 'p2', 'guest']);
  });

  it("keeps each member's last ballot", () => {
    const tally = tallyBallots(
      [ballot('o1', 'reject'), ballot('o1', 'approve'), ballot('p1', 'approve'), ballot('p1', 'reject')],
      electorate,
    );
    expect(tally.approve).toBe(1);
    expect(tally.reject).toBe(0);
    expect(tally.counted).toBe(1);
    expect(tally.ignored).toEqual([ballot('p1', 'reject')]);
  });

  it('drops blank comments and comments on other choices', () => {
    const tally = tallyBallots(
      [
        ballot('o1', 'other', '   '),
        { memberId: 'o2', choice: 'other', comment: null },
        ballot('o3', 'approve', 'đồng ý'),
      ],
      electorate,
    );
    expect(tally.other).toBe(2);
    expect(tally.comments).toEqual([]);
  });

  it('counts nothing with no ballots or no electorate', () => {
    expect(tallyBallots([], electorate).counted).toBe(0);
    expect(tallyBallots([ballot('o1', 'approve')], []).ignored).toHaveLength(1);
  });
});

describe('decideMotion', () => {
  it.each<[MotionKind, number, number, boolean, number, number]>([
    ['resolution', 24, 49, false, 25, (24 / 49) * 100],
    ['resolution', 25, 49, true, 25, (25 / 49) * 100],
    ['resolution', 49, 49, true, 25, 100],
    ['admission', 32, 49, false, 33, (32 / 49) * 100],
    ['admission', 33, 49, true, 33, (33 / 49) * 100],
    ['confirmation', 10, 15, true, 10, (10 / 15) * 100],
    ['confirmation', 9, 15, false, 10, 60],
    ['resolution', 7, 15, false, 8, (7 / 15) * 100],
    ['resolution', 8, 15, true, 8, (8 / 15) * 100],
    // Exactly half is not more than half.
    ['resolution', 5, 10, false, 6, 50],
    ['other', 6, 10, true, 6, 60],
    ['resolution', 0, 0, false, 1, 0],
    ['admission', 0, 0, false, 1, 0],
  ])('%s: %d of %d → passed %s', (kind, approve, denominator, passed, needed, percent) => {
    const decision = decideMotion(kind, { approve }, denominator);
    expect(decision.passed).toBe(passed);
    expect(decision.approvalsNeeded).toBe(needed);
    expect(decision.approvePercent).toBeCloseTo(percent, 10);
  });
});

describe('resultLines', () => {
  const input = (overrides: Partial<ResultInput>): ResultInput => ({
    kind: 'resolution',
    tally: { approve: 49, reject: 0, other: 0 },
    denominator: 49,
    passed: true,
    presentVoters: 49,
    ...overrides,
  });

  it.each<[string, ResultInput, string, string]>([
    [
      'unanimous resolution',
      input({}),
      'Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua.',
      'Trong số 49 đồng chí đảng viên chính thức có mặt: 49 tán thành, 0 không tán thành, 0 ý kiến khác.',
    ],
    [
      'resolution that barely passes',
      input({ tally: { approve: 25, reject: 20, other: 2 }, presentVoters: 47 }),
      'Kết quả biểu quyết: 25/49 đồng chí đảng viên chính thức tán thành (đạt 51,02%). Nghị quyết được thông qua.',
      'Trong số 47 đồng chí đảng viên chính thức có mặt: 25 tán thành, 20 không tán thành, 2 ý kiến khác.',
    ],
    [
      'resolution that fails',
      input({ tally: { approve: 24, reject: 21, other: 2 }, passed: false, presentVoters: 47 }),
      'Kết quả biểu quyết: 24/49 đồng chí đảng viên chính thức tán thành (đạt 48,98%). Nghị quyết không được thông qua.',
      'Trong số 47 đồng chí đảng viên chính thức có mặt: 24 tán thành, 21 không tán thành, 2 ý kiến khác.',
    ],
    [
      'the example of DOMAIN.md, with present ballots apart',
      input({
        tally: { approve: 47, reject: 1, other: 1 },
        presentTally: { approve: 45, reject: 1, other: 1 },
        presentVoters: 47,
      }),
      'Kết quả biểu quyết: 47/49 đồng chí đảng viên chính thức tán thành (đạt 95,92%). Nghị quyết được thông qua.',
      'Trong số 47 đồng chí đảng viên chính thức có mặt: 45 tán thành, 1 không tán thành, 1 ý kiến khác.',
    ],
    [
      'present voters who did not vote',
      input({ tally: { approve: 40, reject: 0, other: 0 }, presentVoters: 47 }),
      'Kết quả biểu quyết: 40/49 đồng chí đảng viên chính thức tán thành (đạt 81,63%). Nghị quyết được thông qua.',
      'Trong số 47 đồng chí đảng viên chính thức có mặt: 40 tán thành, 0 không tán thành, 0 ý kiến khác, 7 không biểu quyết.',
    ],
    [
      'admission',
      input({ kind: 'admission', tally: { approve: 33, reject: 10, other: 0 }, presentVoters: 43 }),
      'Kết quả biểu quyết: 33/49 đồng chí đảng viên chính thức tán thành (đạt 67,35%). Nội dung được thông qua.',
      'Trong số 43 đồng chí đảng viên chính thức có mặt: 33 tán thành, 10 không tán thành, 0 ý kiến khác.',
    ],
    [
      'confirmation that fails',
      input({
        kind: 'confirmation',
        tally: { approve: 9, reject: 6, other: 0 },
        denominator: 15,
        passed: false,
        presentVoters: 15,
      }),
      'Kết quả biểu quyết: 9/15 đồng chí đảng viên chính thức tán thành (đạt 60%). Nội dung không được thông qua.',
      'Trong số 15 đồng chí đảng viên chính thức có mặt: 9 tán thành, 6 không tán thành, 0 ý kiến khác.',
    ],
    [
      'empty electorate',
      input({ tally: { approve: 0, reject: 0, other: 0 }, denominator: 0, passed: false, presentVoters: 0 }),
      'Kết quả biểu quyết: 0/0 đồng chí đảng viên chính thức tán thành (đạt 0%). Nghị quyết không được thông qua.',
      'Trong số 0 đồng chí đảng viên chính thức có mặt: 0 tán thành, 0 không tán thành, 0 ý kiến khác.',
    ],
  ])('%s (vi)', (_name, result, first, second) => {
    expect(resultLines(result, 'vi')).toEqual([first, second]);
  });

  it.each<[string, ResultInput, string, string]>([
    [
      'unanimous resolution',
      input({}),
      'Vote result: 49/49 official members approved (100%). The resolution is adopted.',
      'Among the 49 official members present: 49 approved, 0 rejected, 0 other opinions.',
    ],
    [
      'failed motion',
      input({ kind: 'other', tally: { approve: 24, reject: 20, other: 1 }, passed: false, presentVoters: 46 }),
      'Vote result: 24/49 official members approved (48.98%). The motion is not adopted.',
      'Among the 46 official members present: 24 approved, 20 rejected, 1 other opinion, 1 did not vote.',
    ],
  ])('%s (en)', (_name, result, first, second) => {
    expect(resultLines(result, 'en')).toEqual([first, second]);
  });
});

describe('voteCallText', () => {
  it.each<[string, string, string]>([
    [
      'Nghị quyết Chi bộ tháng 9/2025',
      'Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua Nghị quyết Chi bộ tháng 9/2025. (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)',
      'Official members are asked to vote on adopting Nghị quyết Chi bộ tháng 9/2025. (Probationary members give opinions but do not vote.)',
    ],
    [
      '  Nghị quyết tháng 12/2023.  ',
      'Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua Nghị quyết tháng 12/2023. (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)',
      'Official members are asked to vote on adopting Nghị quyết tháng 12/2023. (Probationary members give opinions but do not vote.)',
    ],
  ])('%j', (title, vi, en) => {
    expect(voteCallText(title, 'vi')).toBe(vi);
    expect(voteCallText(title, 'en')).toBe(en);
  });
});

describe('neededText: the number a motion needs, as the vote card shows it', () => {
  it.each<[MotionKind, number, string]>([
    ['resolution', 49, 'quá 1/2 – cần ít nhất 25/49 đồng chí đảng viên chính thức tán thành'],
    ['admission', 49, 'ít nhất 2/3 – cần ít nhất 33/49 đồng chí đảng viên chính thức tán thành'],
    ['confirmation', 15, 'ít nhất 2/3 – cần ít nhất 10/15 đồng chí đảng viên chính thức tán thành'],
    ['resolution', 0, 'quá 1/2'],
  ])('%s of %i', (kind, denominator, expected) => {
    expect(neededText(kind, approvalsNeeded(kind, denominator), denominator, 'vi')).toBe(expected);
  });

  it('says it in English', () => {
    expect(neededText('resolution', approvalsNeeded('resolution', 49), 49, 'en')).toBe(
      'more than 1/2 – at least 25/49 official members must approve',
    );
  });
});
