/**
 * "Biểu quyết giơ tay: tán thành A, B; không tán thành C": at the main venue
 * members vote by show of hands and the chair or thư ký records those ballots
 * for them. A hand raised in the room is a member present, so anyone not yet
 * recorded present is recorded first (on their behalf, audited); each ballot
 * names its recorder (Ballot.recordedById) and goes through the same write as
 * a press, so the same guards hold.
 */
import { DomainError } from '../../core/errors';
import type { HandsCount } from '../../core/on-behalf';
import type { VoteChoice } from '../../core/types';
import { voterEligibility } from '../../core/voting';
import { toCellRules, toRosterMember } from '../../store/mappers';
import type { Member } from '../../store/rows';
import {
  markPresentOnBehalf,
  presenceNote,
  requireOnBehalfRecorder,
  withMembersNamed,
} from '../attendance/record-presence';
import { rollCallViewFor } from '../attendance/rollcall-view';
import { requireMeetingOfCell } from '../../meetings/meeting-queries';
import { cardKey } from '../shared/card-keys';
import type { FeatureContext, MemberContext } from '../shared/context';
import { messageView } from '../shared/results';
import { committeeCard } from '../shared/audience';
import type { TurnResult } from '../turn';
import { recordBallot } from './ballot-store';
import { findOpenMotionId, findVoteCardMotion } from './motion-queries';
import { voteViewFor } from './vote-view';
import { say } from '../../core/wording/say';
import { HANDS_CHOICE_WORDING, VOTE_NOTE_WORDING } from '../../core/wording/votes';

interface HandBallot {
  readonly member: Member;
  readonly choice: VoteChoice;
  readonly comment: string | null;
}

/** The named members with their choices; a member named twice, a name matching nobody or an ineligible voter refuses all. */
async function resolveHands(ctx: MemberContext, cellId: string, counts: readonly HandsCount[]): Promise<HandBallot[]> {
  const entries = counts.flatMap((group) => group.names.map((named) => ({ choice: group.choice, ...named })));
  const named = await withMembersNamed(ctx, cellId, entries);
  if (new Set(named.map((n) => n.member.id)).size !== named.length) {
    throw new DomainError('input.invalid', say(ctx.turn.locale, VOTE_NOTE_WORDING.namedTwice));
  }
  const rules = toCellRules(ctx.cell);
  return named.map(({ member, choice, comment }) => {
    // Presence is recorded with the ballot (a raised hand is a member in the room): only the status is checked here.
    const eligibility = voterEligibility(toRosterMember(member), 'present', rules);
    if (!eligibility.ok) throw new DomainError(eligibility.code, member.fullName);
    if (choice === 'other' && !comment) throw new DomainError('vote.comment_required', member.fullName);
    return { member, choice, comment: comment?.slice(0, 1000) ?? null };
  });
}

function handsNote(
  ctx: FeatureContext,
  ballots: readonly HandBallot[],
  recorder: Member,
  minuteTakerId: string | null,
): string {
  const locale = ctx.turn.locale;
  const who =
    recorder.id === minuteTakerId
      ? say(locale, VOTE_NOTE_WORDING.byMinuteTaker)
      : say(locale, VOTE_NOTE_WORDING.byMember, { name: recorder.fullName });
  const labels: Record<VoteChoice, string> = {
    approve: say(locale, HANDS_CHOICE_WORDING.approve),
    reject: say(locale, HANDS_CHOICE_WORDING.reject),
    other: say(locale, HANDS_CHOICE_WORDING.other),
  };
  const groups = (['approve', 'reject', 'other'] as const)
    .map((choice) => ({ choice, names: ballots.filter((b) => b.choice === choice).map((b) => b.member.fullName) }))
    .filter((g) => g.names.length > 0)
    .map((g) => `${labels[g.choice]} ${g.names.length} (${g.names.join(', ')})`);
  return say(locale, VOTE_NOTE_WORDING.handsRecorded, { who, groups: groups.join('; ') });
}

/** Records a show of hands on the cell's open motion for the named members. */
export async function recordShowOfHands(ctx: MemberContext, counts: readonly HandsCount[]): Promise<TurnResult> {
  const { cell } = ctx;
  const motionId = await findOpenMotionId(ctx.db, cell.id);
  const motion = motionId === null ? null : await findVoteCardMotion(ctx.db, motionId);
  if (!motion) throw new DomainError('motion.not_found');
  const meeting = await requireMeetingOfCell(ctx.db, cell.id, motion.meetingId);
  const recorder = requireOnBehalfRecorder(ctx, meeting);
  const named = await resolveHands(ctx, cell.id, counts);
  // A member's own ballot (cast on their device) is theirs: a show of hands recorded for them does not replace it.
  const own = await ctx.db.prisma.ballot.findMany({
    where: { motionId: motion.id, memberId: { in: named.map((b) => b.member.id) }, recordedById: null },
    select: { memberId: true },
  });
  const ownIds = new Set(own.map((b) => b.memberId));
  const ballots = named.filter((b) => !ownIds.has(b.member.id));
  const presence = await markPresentOnBehalf(
    ctx,
    meeting,
    recorder,
    ballots.map((b) => b.member),
    null,
  );
  for (const ballot of ballots) {
    const write = {
      cellId: cell.id,
      motionId: motion.id,
      memberId: ballot.member.id,
      choice: ballot.choice,
      comment: ballot.comment,
      at: ctx.clock.now(),
      recordedById: recorder.id,
    };
    await recordBallot(ctx.db, write);
  }
  const [shared, rollCall] = await Promise.all([
    voteViewFor(ctx, motion, null, ctx.turn.locale),
    rollCallViewFor(ctx, meeting, null, ctx.turn.locale),
  ]);
  const kept = named.filter((b) => ownIds.has(b.member.id)).map((b) => b.member.fullName);
  const keptNote =
    kept.length === 0 ? '' : say(ctx.turn.locale, VOTE_NOTE_WORDING.keptOwnBallots, { names: kept.join(', ') });
  const notes = [
    ballots.length > 0 ? handsNote(ctx, ballots, recorder, meeting.minuteTakerMemberId) : '',
    keptNote,
    presence.recorded.length > 0 ? presenceNote(ctx, { recorded: presence.recorded, alreadyPresent: [] }) : '',
  ];
  return {
    replies: [committeeCard(messageView(ctx.turn.locale, 'success', notes.filter(Boolean).join(' ')))],
    refreshes: [
      { cardKey: cardKey('vote', motion.id), view: shared },
      { cardKey: cardKey('rollcall', meeting.id), view: rollCall },
    ],
  };
}
