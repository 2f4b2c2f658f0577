/**
 * In a burst every press answers with the live tally, and counting it reads the
 * cell's whole roster. A count is kept for half a second, and a press that
 * casts a member's first ballot in that time answers from it with its own
 * ballot added, when the order is certain: the count finished before the
 * ballot's transaction began (add it), or started after it committed (it is in).
 * Anything else counts afresh. So a member always sees their own ballot in the
 * tally; others' ballots of the last half second may show a moment later (the
 * shared card is rendered when sent, the close counts member by member).
 */
import type { VoterGroup } from '../../core/voting';
import type { FirstBallot, TallyMemo } from '../shared/tally-memo-port';

export type { FirstBallot, TallyFreshness, TallyMemo } from '../shared/tally-memo-port';

const MEMO_MS = 500;
const MAX_MOTIONS = 1_000;

interface Memo {
  readonly groups: readonly VoterGroup[];
  /** Order marks (sequence()) taken when the count started and finished. */
  readonly startedSeq: number;
  readonly finishedSeq: number;
  /** The latest commit it holds: its start, or a ballot added to it later. A count must start after this to replace it. */
  readonly coveredSeq: number;
  readonly expiresAt: number;
}

/** The groups with one member moved from "not voted" to `ballot.choice`; undefined when no such member is in the count. */
function withFirstBallot(groups: readonly VoterGroup[], ballot: FirstBallot): VoterGroup[] | undefined {
  const from = groups.findIndex(
    (g) => g.status === ballot.status && g.presence === ballot.presence && g.choice === null && g.count > 0,
  );
  if (from < 0) return undefined;
  const moved = groups.map((g, i) => (i === from ? { ...g, count: g.count - 1 } : g));
  return [...moved, { status: ballot.status, presence: ballot.presence, choice: ballot.choice, count: 1 }];
}

/** A memo of its own per bot, so two bots (two databases) in one process never share a count. */
export function createTallyMemo(): TallyMemo {
  const memos = new Map<string, Memo>();
  let sequence = 0;
  const sequenceMark = (): number => (sequence += 1);

  const live = (motionId: string): Memo | undefined => {
    const memo = memos.get(motionId);
    return memo !== undefined && memo.expiresAt > performance.now() ? memo : undefined;
  };

  /** The groups from a recent count when the order allows (see above); undefined means count afresh. */
  const fromMemo = (motionId: string, ballot: FirstBallot): readonly VoterGroup[] | undefined => {
    const memo = live(motionId);
    if (memo === undefined) return undefined;
    if (memo.startedSeq > ballot.committedSeq) return memo.groups;
    if (memo.finishedSeq >= ballot.beganSeq) return undefined;
    const groups = withFirstBallot(memo.groups, ballot);
    // Kept with the ballot added (synchronously: no other press can slip in between), so the next press sees it too.
    if (groups !== undefined)
      memos.set(motionId, { ...memo, groups, coveredSeq: Math.max(memo.coveredSeq, ballot.committedSeq) });
    return groups;
  };

  return {
    sequence: sequenceMark,
    async voterGroups(motionId, load, freshness) {
      const remembered =
        freshness === 'exact'
          ? undefined
          : freshness === 'recent'
            ? live(motionId)?.groups
            : fromMemo(motionId, freshness.firstBallot);
      if (remembered !== undefined) return remembered;
      const startedSeq = sequenceMark();
      const groups = await load();
      const finishedSeq = sequenceMark();
      const current = live(motionId);
      // Only a count sure to hold everything the kept one holds replaces it (one that started earlier may lack an added ballot).
      if (current === undefined || current.coveredSeq < startedSeq) {
        if (memos.size >= MAX_MOTIONS) memos.clear();
        memos.set(motionId, {
          groups,
          startedSeq,
          finishedSeq,
          coveredSeq: startedSeq,
          expiresAt: performance.now() + MEMO_MS,
        });
      }
      return groups;
    },
  };
}

/** Counts every time: where no memo was given (tests, the dashboard, the CLI). It holds nothing. */
export const NO_TALLY_MEMO: TallyMemo = {
  sequence: () => 0,
  voterGroups: (_motionId, load) => load(),
};
