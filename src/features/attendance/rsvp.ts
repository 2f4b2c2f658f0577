/** Members answer the notice: attend, attend online from a venue, or excused with a reason. */
import { DomainError } from '../../core/errors';
import { normalizeText } from '../../core/text';
import type { RsvpAnswer } from '../../core/types';
import { toMemberStatus } from '../../store/mappers';
import type { Member } from '../../store/rows';
import { cardKey } from '../shared/card-keys';
import type { FeatureContext, MemberContext } from '../shared/context';
import { messageView } from '../shared/results';
import { parseVenues } from '../../meetings/meeting-details';
import { requireCurrentMeeting, requireMeetingOfCell, type MeetingWithDetails } from '../../meetings/meeting-queries';
import { noticeViewFor } from '../notices/notice-view';
import type { TurnResult } from '../turn';
import { say } from '../../core/wording/say';
import { ATTENDANCE_WORDING as W } from '../../core/wording/attendance';

export interface RsvpInput {
  readonly meetingId?: string;
  readonly answer: RsvpAnswer;
  readonly venue?: string;
  readonly reason?: string;
}

/** Members who are neither summoned nor allowed to attend cannot answer (attached elsewhere, suspended). */
function assertMayAttend(member: Member): void {
  const status = toMemberStatus(member.status);
  if (status === 'attached_out' || status === 'suspended') throw new DomainError('member.not_invited');
}

/** Matches a typed venue to the notice's venues, accent-insensitively; unknown venues are refused. */
export function matchVenue(meeting: MeetingWithDetails, typed: string | undefined): string | null {
  if (!typed || typed.trim() === '') return null;
  const wanted = normalizeText(typed);
  const venue = parseVenues(meeting.venues).find(
    (v) => normalizeText(v.name) === wanted || normalizeText(v.name).includes(wanted),
  );
  if (!venue) throw new DomainError('rsvp.venue_unknown', typed);
  return venue.name;
}

export function assertOpenForAnswers(meeting: MeetingWithDetails): void {
  if (meeting.status === 'closed' || meeting.status === 'cancelled') throw new DomainError('meeting.closed');
  if (meeting.status === 'draft') throw new DomainError('meeting.not_announced');
}

function confirmation(ctx: FeatureContext, input: RsvpInput, venue: string | null): string {
  const locale = ctx.turn.locale;
  if (input.answer === 'excused') return say(locale, W.rsvpExcused, { reason: `${input.reason}` });
  const where = venue ? say(locale, W.rsvpVenue, { venue }) : '';
  if (input.answer === 'attend_online') return say(locale, W.rsvpOnline, { where });
  return say(locale, W.rsvpAttend, { where });
}

/** Stores the member's answer (changeable until the meeting ends) and refreshes the notice. */
export async function answerRsvp(ctx: MemberContext, input: RsvpInput): Promise<TurnResult> {
  const { member, cell } = ctx;
  assertMayAttend(member);
  const meeting = input.meetingId
    ? await requireMeetingOfCell(ctx.db, cell.id, input.meetingId)
    : await requireCurrentMeeting(ctx.db, cell.id);
  assertOpenForAnswers(meeting);
  const reason = input.reason?.trim() ?? '';
  if (input.answer === 'excused' && reason === '') throw new DomainError('rsvp.reason_required');
  const venue = input.answer === 'excused' ? null : matchVenue(meeting, input.venue);
  const now = ctx.clock.now();
  const fields = {
    rsvp: input.answer,
    rsvpVenue: venue,
    rsvpReason: input.answer === 'excused' ? reason.slice(0, 500) : null,
    rsvpAt: now,
  };
  await ctx.db.prisma.attendance.upsert({
    where: { meetingId_memberId: { meetingId: meeting.id, memberId: member.id } },
    create: { meetingId: meeting.id, memberId: member.id, ...fields },
    update: fields,
  });
  await ctx.db.prisma.auditEvent.create({
    data: {
      cellId: cell.id,
      actorMemberId: member.id,
      type: 'rsvp.answered',
      subjectId: meeting.id,
      data: JSON.stringify(fields),
    },
  });
  const [mine, shared] = await Promise.all([noticeViewFor(ctx, meeting, member), noticeViewFor(ctx, meeting, null)]);
  const replies =
    ctx.turn.event.kind === 'message'
      ? [{ kind: 'card' as const, view: messageView(ctx.turn.locale, 'success', confirmation(ctx, input, venue)) }]
      : [];
  return { replies, updatedCard: mine, refreshes: [{ cardKey: cardKey('notice', meeting.id), view: shared }] };
}
