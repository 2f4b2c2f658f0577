/**
 * "Điểm danh hộ: A, B": in a mixed meeting the chair, the thư ký or a committee
 * member records members in the room who have no device. Each row says who
 * recorded it (recordedById) and the audit trail keeps the act; a member's own
 * check-in is never overwritten.
 */
import { DomainError } from '../../core/errors';
import { isLateCheckIn, matchMemberName } from '../../core/on-behalf';
import { toMemberStatus } from '../../store/mappers';
import type { Member } from '../../store/rows';
import { cardKey } from '../shared/card-keys';
import { memberIsCommittee, type FeatureContext, type MemberContext } from '../shared/context';
import { messageView } from '../shared/results';
import { committeeCard } from '../shared/audience';
import { requireCurrentMeeting, type MeetingWithDetails } from '../../meetings/meeting-queries';
import type { TurnResult } from '../turn';
import { rollCallViewFor } from './rollcall-view';
import { matchVenue } from './rsvp';
import { say } from '../../core/wording/say';
import { ATTENDANCE_WORDING as W } from '../../core/wording/attendance';

/** The chair, the meeting's thư ký, or a committee member: who may record for others. */
export function requireOnBehalfRecorder(
  ctx: MemberContext,
  meeting: Pick<MeetingWithDetails, 'chairMemberId' | 'minuteTakerMemberId'>,
): Member {
  const { member } = ctx;
  if (memberIsCommittee(member) || member.id === meeting.chairMemberId || member.id === meeting.minuteTakerMemberId)
    return member;
  throw new DomainError('role.recorder_only');
}

/**
 * Each typed name with the roster member it means, in order; refuses (naming them) any name that matches
 * nobody or several, and members who are not summoned (attached elsewhere, suspended).
 */
export async function withMembersNamed<T extends { readonly name: string }>(
  ctx: FeatureContext,
  cellId: string,
  items: readonly T[],
): Promise<(T & { member: Member })[]> {
  const roster = await ctx.db.prisma.member.findMany({ where: { cellId } });
  const found = items.map((item) => ({ ...item, member: matchMemberName(roster, item.name) }));
  const unknown = found.filter((f) => f.member === null).map((f) => f.name);
  if (unknown.length > 0) throw new DomainError('rollcall.names_unknown', unknown.join(', '));
  const known = found.filter((f): f is T & { member: Member } => f.member !== null);
  const notInvited = known.filter((f) => ['attached_out', 'suspended'].includes(toMemberStatus(f.member.status)));
  if (notInvited.length > 0)
    throw new DomainError('member.not_invited', notInvited.map((f) => f.member.fullName).join(', '));
  return known;
}

/** What recording presence did: who was recorded now, who was present already. */
export interface PresenceRecorded {
  readonly recorded: readonly Member[];
  readonly alreadyPresent: readonly Member[];
}

/**
 * Records `members` present on `recorder`'s behalf (at `venue`, else where the recorder checked in); members
 * already present keep their own record. One audit row names everyone recorded.
 */
export async function markPresentOnBehalf(
  ctx: FeatureContext,
  meeting: MeetingWithDetails,
  recorder: Member,
  members: readonly Member[],
  venue: string | null,
): Promise<PresenceRecorded> {
  const rows = await ctx.db.prisma.attendance.findMany({
    where: { meetingId: meeting.id, memberId: { in: [...members.map((m) => m.id), recorder.id] } },
  });
  const present = new Set(rows.filter((r) => r.presence === 'present').map((r) => r.memberId));
  const where =
    venue ?? rows.find((r) => r.memberId === recorder.id && r.presence === 'present')?.presenceVenue ?? null;
  const now = ctx.clock.now();
  const recorded = members.filter((m) => !present.has(m.id));
  const fields = {
    presence: 'present',
    presenceVenue: where,
    presenceReason: null,
    checkedInAt: now,
    late: isLateCheckIn(meeting.startedAt, now),
    recordedById: recorder.id,
  };
  for (const member of recorded) {
    await ctx.db.prisma.attendance.upsert({
      where: { meetingId_memberId: { meetingId: meeting.id, memberId: member.id } },
      create: { meetingId: meeting.id, memberId: member.id, ...fields },
      update: fields,
    });
  }
  if (recorded.length > 0) {
    const data = { memberIds: recorded.map((m) => m.id), venue: where, recordedById: recorder.id };
    await ctx.db.prisma.auditEvent.create({
      data: {
        cellId: meeting.cellId,
        actorMemberId: recorder.id,
        type: 'rollcall.recorded_for',
        subjectId: meeting.id,
        data: JSON.stringify(data),
      },
    });
  }
  return { recorded, alreadyPresent: members.filter((m) => present.has(m.id)) };
}

/** "Đã ghi nhận có mặt (thư ký ghi nhận): A, B. Đã có mặt từ trước: C." */
export function presenceNote(ctx: FeatureContext, done: PresenceRecorded): string {
  const names = (list: readonly Member[]) => list.map((m) => m.fullName).join(', ');
  const locale = ctx.turn.locale;
  const parts: string[] = [];
  if (done.recorded.length > 0) parts.push(say(locale, W.recordedOnBehalf, { names: names(done.recorded) }));
  if (done.alreadyPresent.length > 0) parts.push(say(locale, W.alreadyPresent, { names: names(done.alreadyPresent) }));
  return parts.join(' ');
}

export interface RecordPresenceInput {
  readonly names: readonly string[];
  readonly venue?: string;
}

/** Records the named members present for them, then refreshes the roll call. */
export async function recordPresence(ctx: MemberContext, input: RecordPresenceInput): Promise<TurnResult> {
  const { cell } = ctx;
  const meeting = await requireCurrentMeeting(ctx.db, cell.id);
  const recorder = requireOnBehalfRecorder(ctx, meeting);
  if (meeting.status !== 'in_progress') throw new DomainError('rollcall.not_open');
  const venue = matchVenue(meeting, input.venue);
  const named = await withMembersNamed(
    ctx,
    cell.id,
    input.names.map((name) => ({ name })),
  );
  const members = [...new Map(named.map((n) => [n.member.id, n.member])).values()];
  const done = await markPresentOnBehalf(ctx, meeting, recorder, members, venue);
  const shared = await rollCallViewFor(ctx, meeting, null, ctx.turn.locale);
  return {
    replies: [committeeCard(messageView(ctx.turn.locale, 'success', presenceNote(ctx, done)))],
    refreshes: [{ cardKey: cardKey('rollcall', meeting.id), view: shared }],
  };
}
