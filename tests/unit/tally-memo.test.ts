/**
 * The tally memo as an object (src/features/votes/tally-memo.ts): what it may
 * answer from a recent count, and that each memo keeps its own counts.
 */
import type { VoterGroup } from '../../src/core/voting';
import { createTallyMemo, NO_TALLY_MEMO, type FirstBallot } from '../../src/features/votes/tally-memo';

const notVoted = (count: number): VoterGroup[] => [{ status: 'official', presence: 'present', choice: null, count }];

function counter(groups: VoterGroup[]) {
  const calls = { n: 0 };
  const load = async (): Promise<VoterGroup[]> => {
    calls.n += 1;
    return groups;
  };
  return { calls, load };
}

function ballot(beganSeq: number, committedSeq: number): FirstBallot {
  return { status: 'official', presence: 'present', choice: 'approve', beganSeq, committedSeq };
}

describe('a tally memo', () => {
  it('lets a member view reuse a count of the last moment, but counts afresh when asked for the exact tally', async () => {
    const memo = createTallyMemo();
    const { calls, load } = counter(notVoted(10));
    await memo.voterGroups('m1', load, 'exact');
    await memo.voterGroups('m1', load, 'recent');
    expect(calls.n).toBe(1);
    await memo.voterGroups('m1', load, 'exact');
    expect(calls.n).toBe(2);
  });

  it('adds a first ballot whose transaction began after the count finished, and counts afresh when they overlap', async () => {
    const memo = createTallyMemo();
    const { calls, load } = counter(notVoted(10));
    await memo.voterGroups('m1', load, 'exact');
    const began = memo.sequence();
    const added = await memo.voterGroups('m1', load, { firstBallot: ballot(began, memo.sequence()) });
    expect(calls.n).toBe(1);
    expect(added).toEqual([
      { status: 'official', presence: 'present', choice: null, count: 9 },
      { status: 'official', presence: 'present', choice: 'approve', count: 1 },
    ]);
    // A ballot whose transaction began before the kept count finished may or may not be in it: count again.
    await memo.voterGroups('m1', load, { firstBallot: ballot(0, memo.sequence()) });
    expect(calls.n).toBe(2);
  });

  it('keeps its counts to itself: another memo, or none, counts', async () => {
    const first = createTallyMemo();
    const second = createTallyMemo();
    const { calls, load } = counter(notVoted(3));
    await first.voterGroups('m1', load, 'exact');
    await second.voterGroups('m1', load, 'recent');
    await NO_TALLY_MEMO.voterGroups('m1', load, 'recent');
    expect(calls.n).toBe(3);
  });
});
