/** A vote's count, in a file of its own so the wording (vote-wording.ts) and the rules (voting.ts) both take it without a circle. */
import type { BallotRecord } from './types';

/** The ballots of a vote, counted. */
export interface Tally {
  readonly approve: number;
  readonly reject: number;
  readonly other: number;
  /** Ballots counted (approve + reject + other). */
  readonly counted: number;
  /** Ballots from outside the electorate (probationary opinions, late SHT…): reported, never counted. */
  readonly ignored: readonly BallotRecord[];
  /** Comments of counted "ý kiến khác" ballots. */
  readonly comments: readonly { readonly memberId: string; readonly comment: string }[];
}
