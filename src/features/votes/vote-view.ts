/** Builds the vote card's view model for the cell or for one member. */
import type { VoteView } from '../../cards/view-models';
import { neededText, resultLines, showOfHandsLine, voteCallText } from '../../core/voting';
import type { Locale } from '../../core/types';
import { toCellRules, toMemberStatus, toMotionKind, toVoteChoice } from '../../store/mappers';
import type { Member } from '../../store/rows';
import type { Services } from '../shared/context';
import { memberIsCommittee } from '../shared/context';
import { loadMeetingAttendance } from '../attendance/attendance-data';
import { computeOutcome, parseOutcome, type MotionOutcome } from './vote-outcome';
import { findViewerState, type BallotLite, type MotionWithDetails, type VoteCardMotion } from './motion-queries';
import type { TallyFreshness } from './tally-memo';
import { liveOutcome, type CardOutcome } from './vote-tally';

/** The full outcome (with the electorate), for reports: frozen at close, live while open. */
export async function outcomeOf(db: Services['db'], motion: MotionWithDetails): Promise<MotionOutcome> {
  if (motion.status === 'closed' && motion.resultSnapshot) return parseOutcome(motion.resultSnapshot);
  const attendance = await loadMeetingAttendance(db, motion.meeting);
  return computeOutcome(toMotionKind(motion.kind), attendance, motion.ballots, toCellRules(motion.meeting.cell));
}

/** The figures a vote card shows: frozen at close, counted by the database while open. */
export async function cardOutcomeOf(
  services: Pick<Services, 'db' | 'tallyMemo'>,
  motion: VoteCardMotion,
  freshness: TallyFreshness = 'exact',
): Promise<CardOutcome> {
  if (motion.status === 'closed' && motion.resultSnapshot) return parseOutcome(motion.resultSnapshot);
  return liveOutcome(services.db, motion, freshness, services.tallyMemo);
}

/** Whether a member's status lets them vote at all (presence is checked when they vote). */
function statusMayVote(member: Member, motion: VoteCardMotion): boolean {
  const status = toMemberStatus(member.status);
  if (status === 'official' || status === 'exempt') return true;
  return status === 'attached_in' && motion.meeting.cell.attachedInMayVote;
}

function myChoice(ballot: BallotLite | null): VoteView['myChoice'] {
  if (!ballot) return undefined;
  return { choice: toVoteChoice(ballot.choice), ...(ballot.comment ? { comment: ballot.comment } : {}) };
}

/** The result in the Party's wording; a third line says how many ballots were a show of hands recorded for members. */
export function resultLinesOf(
  motion: Pick<VoteCardMotion, 'kind'>,
  outcome: CardOutcome,
  locale: Locale,
): readonly string[] {
  const hands = outcome.byShowOfHands ?? 0;
  const lines = resultLines(
    {
      kind: toMotionKind(motion.kind),
      tally: { approve: outcome.approve, reject: outcome.reject, other: outcome.other },
      presentTally: { approve: outcome.presentApprove, reject: outcome.presentReject, other: outcome.presentOther },
      denominator: outcome.denominator,
      passed: outcome.passed,
      presentVoters: outcome.presentVoters,
    },
    locale,
  );
  return hands > 0 ? [...lines, showOfHandsLine(hands, locale)] : lines;
}

/**
 * The vote card as `viewer` (with their ballot) sees it, from an outcome already computed; viewer null = the shared
 * card. `viewerPresent` false offers the viewer "Có mặt" (a press that just voted knows the voter is present).
 */
export function buildVoteView(
  motion: VoteCardMotion,
  outcome: CardOutcome,
  viewer: Member | null,
  ballot: BallotLite | null,
  locale: Locale,
  viewerPresent = true,
): VoteView {
  const kind = toMotionKind(motion.kind);
  const open = motion.status === 'open';
  const mine = viewer ? myChoice(ballot) : undefined;
  const isChair = viewer !== null && viewer.id === motion.meeting.chairMemberId;
  return {
    type: 'vote',
    locale,
    motionId: motion.id,
    meetingId: motion.meetingId,
    title: motion.title,
    kind,
    call: voteCallText(motion.title, locale),
    open,
    tally: {
      approve: outcome.approve,
      reject: outcome.reject,
      other: outcome.other,
      notVoted: Math.max(0, outcome.denominator - outcome.approve - outcome.reject - outcome.other),
      denominator: outcome.denominator,
      threshold: neededText(kind, outcome.approvalsNeeded, outcome.denominator, locale),
    },
    resultLines: open ? [] : resultLinesOf(motion, outcome, locale),
    ...(open ? {} : { passed: outcome.passed }),
    ...(mine ? { myChoice: mine } : {}),
    canClose: open && viewer !== null && (isChair || memberIsCommittee(viewer)),
    // The shared card offers the buttons to everyone; the server decides who may vote.
    canVote: open && (viewer === null || statusMayVote(viewer, motion)),
    ...(open &&
    viewer !== null &&
    !viewerPresent &&
    motion.meeting.status === 'in_progress' &&
    statusMayVote(viewer, motion)
      ? { canCheckIn: true }
      : {}),
    opinions: motion.opinions.map((o) => ({ name: o.member.fullName, text: o.text })),
  };
}

/** The vote card as `viewer` sees it; viewer null = the shared card. A member's view may show a count of the last half second. */
export async function voteViewFor(
  services: Services,
  motion: VoteCardMotion,
  viewer: Member | null,
  locale: Locale,
  freshness: TallyFreshness = 'exact',
): Promise<VoteView> {
  const [outcome, state] = await Promise.all([
    cardOutcomeOf(services, motion, freshness),
    viewer ? findViewerState(services.db, motion, viewer.id) : null,
  ]);
  return buildVoteView(motion, outcome, viewer, state?.ballot ?? null, locale, state?.present ?? true);
}

/**
 * The member's card and the shared card from one count (a ballot answers with both); `ballot` is the member's
 * own; `freshness` says how recent a count will do (tally-memo.ts).
 */
export async function voteViewsFor(
  services: Services,
  motion: VoteCardMotion,
  viewer: Member,
  ballot: BallotLite | null,
  locale: Locale,
  freshness: TallyFreshness = 'exact',
): Promise<{ mine: VoteView; shared: VoteView }> {
  const outcome = await cardOutcomeOf(services, motion, freshness);
  return {
    mine: buildVoteView(motion, outcome, viewer, ballot, locale),
    shared: buildVoteView(motion, outcome, null, null, locale),
  };
}
