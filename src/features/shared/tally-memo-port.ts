/**
 * The vote-count memo as the features see it (features/votes/tally-memo.ts makes one; the composition root owns
 * it): in features/shared so the context can carry it without importing a use case.
 */
import type { VoterGroup } from '../../core/voting';
import type { Presence, VoteChoice, MemberStatus } from '../../core/types';

/** A member's first ballot on the motion, as the press that cast it knows it. */
export interface FirstBallot {
  readonly status: MemberStatus;
  readonly presence: Presence | null;
  readonly choice: VoteChoice;
  /** TallyMemo.sequence() before the ballot's transaction began and after it committed. */
  readonly beganSeq: number;
  readonly committedSeq: number;
}

/**
 * How a count may be reused: `exact` counts now (the shared card when it is sent, reports); `recent` takes a
 * count of the last half second as it is (a member opening or refreshing the card: their own choice is read
 * apart); a first ballot takes it with the ballot added when the order is certain.
 */
export type TallyFreshness = 'exact' | 'recent' | { readonly firstBallot: FirstBallot };

/** The recent counts of one bot (one database): the composition root makes it (src/app.ts) and the bot passes it to features. */
export interface TallyMemo {
  /** A mark of order within this memo: later calls return larger numbers. */
  sequence(): number;
  /** The voter groups of a motion, from a recent count where `freshness` allows it, else counted by `load`. */
  voterGroups(
    motionId: string,
    load: () => Promise<VoterGroup[]>,
    freshness: TallyFreshness,
  ): Promise<readonly VoterGroup[]>;
}
