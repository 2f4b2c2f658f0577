/** Builds the vote card's view model for the cell or for one member. */
import type { VoteView } from '../../cards/view-models';
import { resultLines, thresholdFor, voteCallText } from '../../core/voting';
import type { Locale } from '../../core/types';
import { toCellRules, toMemberStatus, toMotionKind, toVoteChoice } from '../../store/mappers';
import type { Member } from '../../store/rows';
import type { Services } from '../shared/context';
import { memberIsCommittee } from '../shared/context';
import { loadMeetingAttendance } from '../attendance/attendance-data';
import { computeOutcome, parseOutcome, type MotionOutcome } from './vote-outcome';
import type { MotionWithDetails } from './motion-queries';

/** The outcome shown on the card: frozen at close, live while open. */
export async function outcomeOf(db: Services['db'], motion: MotionWithDetails): Promise<MotionOutcome> {
  if (motion.status === 'closed' && motion.resultSnapshot) return parseOutcome(motion.resultSnapshot);
  const attendance = await loadMeetingAttendance(db, motion.meeting);
  return computeOutcome(toMotionKind(motion.kind), attendance, motion.ballots, toCellRules(motion.meeting.cell));
}

/** Whether a member's status lets them vote at all (presence is checked when they vote). */
function statusMayVote(member: Member, motion: MotionWithDetails): boolean {
  const status = toMemberStatus(member.status);
  if (status === 'official' || status === 'exempt') return true;
  return status === 'attached_in' && motion.meeting.cell.attachedInMayVote;
}

function myChoice(motion: MotionWithDetails, viewer: Member | null): VoteView['myChoice'] {
  const ballot = viewer ? motion.ballots.find((b) => b.memberId === viewer.id) : undefined;
  if (!ballot) return undefined;
  return { choice: toVoteChoice(ballot.choice), ...(ballot.comment ? { comment: ballot.comment } : {}) };
}

export function resultLinesOf(motion: MotionWithDetails, outcome: MotionOutcome, locale: Locale): readonly string[] {
  return resultLines(
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
}

/** The vote card as `viewer` sees it, from an outcome already computed; viewer null = the shared card. */
export function buildVoteView(motion: MotionWithDetails, outcome: MotionOutcome, viewer: Member | null, locale: Locale): VoteView {
  const kind = toMotionKind(motion.kind);
  const open = motion.status === 'open';
  const mine = myChoice(motion, viewer);
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
      threshold: thresholdFor(kind).label[locale],
    },
    resultLines: open ? [] : resultLinesOf(motion, outcome, locale),
    ...(open ? {} : { passed: outcome.passed }),
    ...(mine ? { myChoice: mine } : {}),
    canClose: open && viewer !== null && (isChair || memberIsCommittee(viewer)),
    // The shared card offers the buttons to everyone; the server decides who may vote.
    canVote: open && (viewer === null || statusMayVote(viewer, motion)),
    opinions: motion.opinions.map((o) => ({ name: o.member.fullName, text: o.text })),
  };
}

/** The vote card as `viewer` sees it; viewer null = the shared card. */
export async function voteViewFor(services: Services, motion: MotionWithDetails, viewer: Member | null, locale: Locale): Promise<VoteView> {
  return buildVoteView(motion, await outcomeOf(services.db, motion), viewer, locale);
}

/** The member's card and the shared card from one computation of the outcome (a ballot answers with both). */
export async function voteViewsFor(services: Services, motion: MotionWithDetails, viewer: Member, locale: Locale): Promise<{ mine: VoteView; shared: VoteView }> {
  const outcome = await outcomeOf(services.db, motion);
  return { mine: buildVoteView(motion, outcome, viewer, locale), shared: buildVoteView(motion, outcome, null, locale) };
}
