/** One computation of a meeting's figures (core/meeting-figures.ts) and one overdue rule (core/tasks-overdue.ts). */
import { computeMeetingFigures, countMotion, motionSnapshot, type MeetingRows } from '../../src/core/meeting-figures';
import { outcomeSchema } from '../../src/features/votes/vote-outcome';
import { countTaskStates, taskStateAsOf } from '../../src/core/tasks-overdue';
import {
  DEFAULT_CELL_RULES,
  type AttendanceRecord,
  type BallotRecord,
  type MemberStatus,
  type RosterMember,
} from '../../src/core/types';

const member = (id: string, status: MemberStatus = 'official'): RosterMember => ({
  id,
  fullName: `Đồng chí ${id}`,
  status,
  role: 'member',
});
const at = (
  memberId: string,
  presence: AttendanceRecord['presence'],
  venue: string | null = null,
): AttendanceRecord => ({ memberId, presence, venue });
const ballot = (memberId: string, choice: BallotRecord['choice'] = 'approve'): BallotRecord => ({ memberId, choice });

function rows(overrides: Partial<MeetingRows> = {}): MeetingRows {
  return {
    roster: [
      member('a'),
      member('b'),
      member('c'),
      member('d'),
      member('p', 'probationary'),
      member('x', 'exempt'),
      member('s', 'attached_in'),
      member('o', 'attached_out'),
    ],
    records: [
      at('a', 'present', 'A'),
      at('b', 'present'),
      at('c', 'excused'),
      at('d', null),
      at('p', 'present', 'B'),
      at('x', 'present', 'A'),
      at('s', 'present', 'B'),
      at('o', 'present', 'A'),
    ],
    venues: ['A', 'B'],
    rules: DEFAULT_CELL_RULES,
    motions: [
      {
        id: 'm',
        title: 'Nghị quyết',
        kind: 'resolution',
        open: false,
        ballots: [ballot('a'), ballot('b', 'reject'), ballot('b'), ballot('c'), ballot('d'), ballot('p'), ballot('o')],
      },
    ],
    ...overrides,
  };
}

describe('computeMeetingFigures', () => {
  const figures = computeMeetingFigures(rows(), 'vi');

  it('counts a ballot only from a member of the electorate recorded present; the last ballot wins', () => {
    const [m] = figures.motions;
    // Electorate: a, b, c (excused stay in by default), d, x (exempt present) = 5; present among them: a, b, x.
    expect(m).toMatchObject({ denominator: 5, presentVoters: 3, approve: 2, reject: 0, other: 0, voters: 2 });
    expect(m?.uncounted.map((u) => [u.ballot.memberId, u.why])).toEqual([
      ['c', 'absent'],
      ['d', 'absent'],
      ['p', 'not_in_electorate'],
      ['o', 'not_in_electorate'],
    ]);
  });

  it('adds present up by status and by venue, with the check-in without a venue apart and the member attached elsewhere left out', () => {
    expect(figures.attendance.presentTotal).toBe(5);
    expect(figures.byVenue).toEqual([
      { name: 'A', present: 2 },
      { name: 'B', present: 2 },
      { name: null, present: 1 },
    ]);
    expect(figures.presence.get('o')).toBeNull();
  });

  it('keeps the electorate frozen at close, and still counts only members present', () => {
    const frozen = computeMeetingFigures(
      rows({
        motions: [
          {
            id: 'm',
            title: 'T',
            kind: 'resolution',
            open: false,
            ballots: [ballot('a'), ballot('c')],
            frozenElectorate: ['a', 'c'],
          },
        ],
      }),
      'vi',
    );
    expect(frozen.motions[0]).toMatchObject({ denominator: 2, approve: 1, presentVoters: 1, passed: false });
  });

  it('gives the close snapshot’s shape, so the vote card can show this same count', () => {
    const m = figures.motions[0];
    if (!m) throw new Error('no motion');
    expect(outcomeSchema.strict().parse(motionSnapshot(m))).toMatchObject({
      approve: 2,
      presentApprove: 2,
      denominator: 5,
      presentVoters: 3,
    });
  });

  it('never has more voters than members present, whatever the ballots', () => {
    const many = countMotion(
      { id: 'm', title: 'T', kind: 'other', open: true, ballots: ['a', 'b', 'c', 'd', 'e'].map((id) => ballot(id)) },
      ['a', 'b', 'c', 'd'],
      new Set(['a']),
    );
    expect(many.voters).toBeLessThanOrEqual(many.presentVoters);
    expect(many).toMatchObject({ voters: 1, presentVoters: 1, denominator: 4 });
  });
});

describe('taskStateAsOf: one overdue rule, by calendar day in the cell’s zone', () => {
  const due = { status: 'open', dueDate: new Date('2024-01-31T00:00:00Z') };

  it('is open through its due day and overdue from the next day, read in the cell’s zone', () => {
    expect(taskStateAsOf(due, new Date('2024-01-31T16:59:00Z'), 'Asia/Ho_Chi_Minh')).toBe('open'); // 23:59 on the 31st
    expect(taskStateAsOf(due, new Date('2024-01-31T17:00:00Z'), 'Asia/Ho_Chi_Minh')).toBe('overdue'); // 00:00 on 1 February
  });

  it('never makes a done task or one without a deadline overdue', () => {
    const late = new Date('2030-01-01T00:00:00Z');
    expect(taskStateAsOf({ status: 'done', dueDate: due.dueDate }, late, 'UTC')).toBe('done');
    expect(taskStateAsOf({ status: 'open', dueDate: null }, late, 'UTC')).toBe('open');
    expect(countTaskStates([due, { status: 'done', dueDate: null }], late, 'UTC')).toEqual({
      open: 0,
      done: 1,
      overdue: 1,
      total: 2,
    });
  });
});
