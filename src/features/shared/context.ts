/**
 * The typed context every feature handler receives: the turn, the ports, and
 * who and where the turn is, resolved once per turn (authenticate → resolve cell).
 */
import { isCommittee } from '../../core/statuses';
import type { Database } from '../../store/database';
import type { Cell, Member } from '../../store/rows';
import { toMemberRole } from '../../store/mappers';
import type { Clock, Logger } from '../ports';
import type { DocumentLinks } from './document-links';
import type { CommitteeReportLinks } from '../../reports/committee-report-links';
import type { Directory, Turn } from '../turn';
import type { TallyMemo } from './tally-memo-port';

export interface Services {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Signed download and dashboard links; absent where the server cannot issue them. */
  readonly links?: DocumentLinks;
  /** Signed links to a committee's report files and page; absent where the server cannot issue them. */
  readonly committeeLinks?: CommitteeReportLinks;
  /** Recent vote counts a burst of presses may answer from (features/votes/tally-memo.ts); absent: every tally is counted. */
  readonly tallyMemo?: TallyMemo;
}

export interface FeatureContext extends Services {
  readonly turn: Turn;
  /** The cell this conversation (or this member's account) belongs to. */
  readonly cell: Cell | null;
  /** The roster member the platform authenticated, or null for a stranger. */
  readonly member: Member | null;
  // channel ports (issue 16): begin
  /** Who is in the conversation, from the channel (Teams' members API); absent where the channel lists no one. */
  readonly directory?: Directory;
  // channel ports (issue 16): end
}

/** A turn in a cell, by one of its members: what "who: 'member'" admits (features/shared/who.ts). */
export interface MemberContext extends FeatureContext {
  readonly cell: Cell;
  readonly member: Member;
}

/** A member on the committee (secretary, deputy, committee member): what "who: 'committee'" admits. */
export interface CommitteeContext extends MemberContext {
  readonly onCommittee: true;
}

export function memberIsCommittee(member: Member | null): boolean {
  return member !== null && isCommittee(toMemberRole(member.role));
}
