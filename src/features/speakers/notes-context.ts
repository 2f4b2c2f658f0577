/**
 * Shared by speakers, tasks and targets: which meeting a note belongs to, who
 * may write it, how a typed name finds a roster member, and the audit trail.
 */
import { DomainError } from '../../core/errors';
import { normalizeText } from '../../core/text';
import type { Member } from '../../store/rows';
import { memberIsCommittee, type FeatureContext, type MemberContext } from '../shared/context';
import {
  findCurrentMeeting,
  findLatestHeldMeeting,
  requireMeetingOfCell,
  type MeetingWithDetails,
} from '../../meetings/meeting-queries';
import { say as sayIn } from '../../core/wording/say';

/** The meeting in progress; after it closed, the latest held one (the minute-taker finishes the notes). */
export async function meetingForNotes(ctx: MemberContext, meetingId?: string): Promise<MeetingWithDetails> {
  const { cell } = ctx;
  if (meetingId) return requireMeetingOfCell(ctx.db, cell.id, meetingId);
  const current = await findCurrentMeeting(ctx.db, cell.id);
  if (current?.status === 'in_progress') return current;
  const held = await findLatestHeldMeeting(ctx.db, cell.id);
  if (!held) throw new DomainError('rollcall.not_open');
  return requireMeetingOfCell(ctx.db, cell.id, held.id);
}

/** The chair, the minute-taker of this meeting, or a committee member; anyone else is refused. */
export function requireRecorder(
  ctx: MemberContext,
  meeting: Pick<MeetingWithDetails, 'chairMemberId' | 'minuteTakerMemberId'>,
): Member {
  const { member } = ctx;
  if (memberIsCommittee(member) || member.id === meeting.chairMemberId || member.id === meeting.minuteTakerMemberId)
    return member;
  throw new DomainError('role.secretary_only');
}

/** The chair or a committee member (tasks and targets are the chair's to set). */
export function requireChair(ctx: MemberContext, meeting: Pick<MeetingWithDetails, 'chairMemberId'> | null): Member {
  const { member } = ctx;
  if (memberIsCommittee(member) || (meeting !== null && member.id === meeting.chairMemberId)) return member;
  throw new DomainError('role.secretary_only');
}

/**
 * The roster member a typed name means: the exact full name (accents optional),
 * else the only member whose name ends with it ("Bảo" → "Phạm Quốc Bảo").
 */
export async function findMemberByName(ctx: FeatureContext, cellId: string, typed: string): Promise<Member | null> {
  const wanted = normalizeText(typed);
  if (wanted === '') return null;
  const members = await ctx.db.prisma.member.findMany({ where: { cellId } });
  const exact = members.filter((m) => normalizeText(m.fullName) === wanted);
  if (exact.length === 1) return exact[0] ?? null;
  const suffix = members.filter((m) => normalizeText(m.fullName).endsWith(` ${wanted}`));
  return suffix.length === 1 ? (suffix[0] ?? null) : null;
}

/** One audit row per change a note makes. */
export async function audit(
  ctx: FeatureContext,
  actor: Member,
  type: string,
  subjectId: string,
  data: object,
): Promise<void> {
  await ctx.db.prisma.auditEvent.create({
    data: { cellId: actor.cellId, actorMemberId: actor.id, type, subjectId, data: JSON.stringify(data) },
  });
}

/** The locale's sentence, picked once. */
export function say(ctx: FeatureContext, vi: string, en: string): string {
  return sayIn(ctx.turn.locale, { vi, en });
}
