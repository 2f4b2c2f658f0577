/** "Điểm danh": the committee opens the roll call (the meeting starts); members answer "Có mặt". */
import { DomainError } from '../../core/errors';
import { cardKey } from '../shared/card-keys';
import { requireCell, requireCommittee, requireMember, type FeatureContext } from '../shared/context';
import { messageView } from '../shared/results';
import { requireCurrentMeeting, requireMeetingOfCell } from '../meetings/meeting-queries';
import { startMeeting } from '../meetings/start-meeting';
import type { TurnResult } from '../turn';
import { matchVenue } from './rsvp';
import { rollCallViewFor } from './rollcall-view';
import { toMemberStatus } from '../../store/mappers';

/** Starts the meeting and posts the shared roll-call card. */
export async function openRollCall(ctx: FeatureContext, meetingId?: string): Promise<TurnResult> {
  const member = requireCommittee(ctx);
  const cell = requireCell(ctx);
  const meeting = meetingId ? await requireMeetingOfCell(ctx.db, cell.id, meetingId) : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status === 'closed' || meeting.status === 'cancelled') throw new DomainError('meeting.closed');
  if (meeting.status !== 'in_progress') await startMeeting(ctx.db, cell.id, meeting.id, member.id, ctx.clock.now());
  const fresh = await requireMeetingOfCell(ctx.db, cell.id, meeting.id);
  const shared = await rollCallViewFor(ctx, fresh, null, ctx.turn.locale);
  return { replies: [{ kind: 'card', view: shared, cardKey: cardKey('rollcall', meeting.id) }], refreshes: [] };
}

export interface CheckInInput {
  readonly meetingId?: string;
  readonly venue?: string;
}

/** Records the member present (at a venue, when the meeting has several) and refreshes the counts. */
export async function checkIn(ctx: FeatureContext, input: CheckInInput): Promise<TurnResult> {
  const member = requireMember(ctx);
  const cell = requireCell(ctx);
  const status = toMemberStatus(member.status);
  if (status === 'attached_out' || status === 'suspended') throw new DomainError('member.not_invited');
  const meeting = input.meetingId ? await requireMeetingOfCell(ctx.db, cell.id, input.meetingId) : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status !== 'in_progress') throw new DomainError('rollcall.not_open');
  const venue = matchVenue(meeting, input.venue);
  const fields = { presence: 'present', presenceVenue: venue, presenceReason: null, checkedInAt: ctx.clock.now() };
  await ctx.db.prisma.attendance.upsert({
    where: { meetingId_memberId: { meetingId: meeting.id, memberId: member.id } },
    create: { meetingId: meeting.id, memberId: member.id, ...fields },
    update: fields,
  });
  const [mine, shared] = await Promise.all([rollCallViewFor(ctx, meeting, member, ctx.turn.locale), rollCallViewFor(ctx, meeting, null, ctx.turn.locale)]);
  const replies =
    ctx.turn.event.kind === 'message'
      ? [{ kind: 'card' as const, view: messageView(ctx.turn.locale, 'success', ctx.turn.locale === 'vi' ? 'Đã ghi nhận đồng chí có mặt.' : 'You are recorded as present.') }]
      : [];
  return { replies, updatedCard: mine, refreshes: [{ cardKey: cardKey('rollcall', meeting.id), view: shared }] };
}
