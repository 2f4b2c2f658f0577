/** "Điểm danh": the committee opens the roll call (the meeting starts); members answer "Có mặt". */
import { DomainError } from '../../core/errors';
import { formatClock } from '../../core/format';
import { isLateCheckIn } from '../../core/on-behalf';
import { cardKey } from '../shared/card-keys';
import type { FeatureContext, MemberContext, CommitteeContext } from '../shared/context';
import { messageView } from '../shared/results';
import { requireCurrentMeeting, requireMeetingOfCell, type MeetingWithDetails } from '../../meetings/meeting-queries';
import { startMeeting } from '../../meetings/lifecycle';
import type { TurnResult } from '../turn';
import { matchVenue } from './rsvp';
import { rollCallViewFor } from './rollcall-view';
import { toMemberStatus } from '../../store/mappers';
import type { Database } from '../../store/database';
import type { Attendance, Member } from '../../store/rows';
import { parseVenues } from '../../meetings/meeting-details';
import type { CardView } from '../../cards/view-models';
import { requireVoteCardMotionOfCell } from '../votes/motion-queries';
import { voteViewFor } from '../votes/vote-view';
import { say } from '../../core/wording/say';
import { ATTENDANCE_WORDING as W } from '../../core/wording/attendance';

/**
 * Whether the meeting's roll call was held: opened ("điểm danh", its audit row) or with presence recorded
 * (a meeting imported or started another way). Votes need it first.
 */
export async function rollCallWasOpened(db: Database, meetingId: string): Promise<boolean> {
  const [opened, recorded] = await Promise.all([
    db.prisma.auditEvent.count({ where: { type: 'rollcall.opened', subjectId: meetingId } }),
    db.prisma.attendance.count({ where: { meetingId, presence: { not: null } } }),
  ]);
  return opened + recorded > 0;
}

/** Starts the meeting and posts the shared roll-call card. */
export async function openRollCall(ctx: CommitteeContext, meetingId?: string): Promise<TurnResult> {
  const { member, cell } = ctx;
  const meeting = meetingId
    ? await requireMeetingOfCell(ctx.db, cell.id, meetingId)
    : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status === 'closed' || meeting.status === 'cancelled') throw new DomainError('meeting.closed');
  const started =
    meeting.status !== 'in_progress' &&
    (await startMeeting(ctx.db, cell.id, meeting.id, { memberId: member.id }, ctx.clock.now()));
  // Once per meeting, even for a meeting another way already put in progress.
  if (
    !started &&
    (await ctx.db.prisma.auditEvent.count({ where: { type: 'rollcall.opened', subjectId: meeting.id } })) === 0
  ) {
    await ctx.db.prisma.auditEvent.create({
      data: { cellId: cell.id, actorMemberId: member.id, type: 'rollcall.opened', subjectId: meeting.id },
    });
  }
  const fresh = await requireMeetingOfCell(ctx.db, cell.id, meeting.id);
  const shared = await rollCallViewFor(ctx, fresh, null, ctx.turn.locale);
  return { replies: [{ kind: 'card', view: shared, cardKey: cardKey('rollcall', meeting.id) }], refreshes: [] };
}

export interface CheckInInput {
  readonly meetingId?: string;
  readonly venue?: string;
  /** Pressed on this motion's vote card ("Có mặt" before voting): the answer is that card, now with the ballot. */
  readonly motionId?: string;
}

/** The vote card a check-in was pressed on, as the member now sees it; another meeting's motion is "not found". */
async function voteCardAfterCheckIn(
  ctx: FeatureContext,
  cellId: string,
  meetingId: string,
  motionId: string,
  member: Member,
): Promise<CardView> {
  const motion = await requireVoteCardMotionOfCell(ctx.db, cellId, motionId);
  if (motion.meetingId !== meetingId) throw new DomainError('motion.not_found');
  return voteViewFor(ctx, motion, member, ctx.turn.locale);
}

type BeforeCheckIn = Pick<Attendance, 'presence' | 'presenceVenue' | 'rsvp' | 'rsvpVenue'> | null;

/**
 * Where the member is recorded: the venue they chose; with none chosen (the shared Teams card preselects
 * none, a typed "có mặt", Zalo's page), the venue of an earlier check-in, else the one of their answer to the
 * notice ("Tham dự" in person is the main venue); else unknown ("không rõ điểm cầu" in the reports).
 */
function checkInVenue(meeting: MeetingWithDetails, typed: string | undefined, before: BeforeCheckIn): string | null {
  const chosen = matchVenue(meeting, typed);
  if (chosen !== null) return chosen;
  const venues = parseVenues(meeting.venues);
  const main = before?.rsvp === 'attend' ? (venues.find((v) => v.main)?.name ?? null) : null;
  const names = venues.map((v) => v.name);
  const earlier = [before?.presence === 'present' ? before.presenceVenue : null, before?.rsvpVenue ?? null, main].find(
    (v) => v !== null && names.includes(v),
  );
  return earlier ?? null;
}

/** A check-in as stored: a first one keeps its time (and whether it was late); a second only moves the venue. */
async function storeCheckIn(
  ctx: FeatureContext,
  meeting: MeetingWithDetails,
  memberId: string,
  typedVenue: string | undefined,
) {
  const where = { meetingId_memberId: { meetingId: meeting.id, memberId } };
  const before = await ctx.db.prisma.attendance.findUnique({
    where,
    select: { presence: true, presenceVenue: true, rsvp: true, rsvpVenue: true, checkedInAt: true, late: true },
  });
  const venue = checkInVenue(meeting, typedVenue, before);
  const now = ctx.clock.now();
  const { at, late } =
    before?.presence === 'present' && before.checkedInAt !== null
      ? { at: before.checkedInAt, late: before.late }
      : { at: now, late: isLateCheckIn(meeting.startedAt, now) };
  const fields = {
    presence: 'present',
    presenceVenue: venue,
    presenceReason: null,
    checkedInAt: at,
    late,
    recordedById: null,
  };
  await ctx.db.prisma.attendance.upsert({
    where,
    create: { meetingId: meeting.id, memberId, ...fields },
    update: fields,
  });
  return { at, late, wasExcused: before?.rsvp === 'excused' };
}

function checkInNote(
  ctx: FeatureContext,
  meeting: MeetingWithDetails,
  stored: { at: Date; late: boolean; wasExcused: boolean },
): string {
  const clock = formatClock(stored.at, meeting.cell.timezone, ctx.turn.locale);
  return say(ctx.turn.locale, W.checkedIn, { clock, late: stored.late, wasExcused: stored.wasExcused });
}

/** Records the member present (at a venue, when the meeting has several) and refreshes the counts. */
export async function checkIn(ctx: MemberContext, input: CheckInInput): Promise<TurnResult> {
  const { member, cell } = ctx;
  const status = toMemberStatus(member.status);
  if (status === 'attached_out' || status === 'suspended') throw new DomainError('member.not_invited');
  const meeting = input.meetingId
    ? await requireMeetingOfCell(ctx.db, cell.id, input.meetingId)
    : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status !== 'in_progress') throw new DomainError('rollcall.not_open');
  const stored = await storeCheckIn(ctx, meeting, member.id, input.venue);
  const [mine, shared] = await Promise.all([
    input.motionId
      ? voteCardAfterCheckIn(ctx, cell.id, meeting.id, input.motionId, member)
      : rollCallViewFor(ctx, meeting, member, ctx.turn.locale),
    rollCallViewFor(ctx, meeting, null, ctx.turn.locale),
  ]);
  const replies =
    ctx.turn.event.kind === 'message'
      ? [{ kind: 'card' as const, view: messageView(ctx.turn.locale, 'success', checkInNote(ctx, meeting, stored)) }]
      : [];
  return { replies, updatedCard: mine, refreshes: [{ cardKey: cardKey('rollcall', meeting.id), view: shared }] };
}
