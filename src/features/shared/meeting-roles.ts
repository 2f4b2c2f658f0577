/**
 * The permission check that comes before any lookup. A refusal names the real
 * reason: a member who may never close a vote is told so, not that no vote
 * was found. Rights held by the chair or thư ký of one meeting are checked
 * twice: here, whether the member could hold them at all (a committee member,
 * or chair / thư ký of one of the cell's meetings); then, once the meeting is
 * known, whether they hold them for that meeting.
 */
import { DomainError, type DomainErrorCode } from '../../core/errors';
import type { Member } from '../../store/rows';
import { memberIsCommittee, requireCell, requireMember, type FeatureContext } from './context';

export type MeetingRole = 'chair' | 'minuteTaker';

/** The acting member, if on the committee or named `roles` at any of the cell's meetings; else `code`. */
export async function requireMayHoldMeetingRole(ctx: FeatureContext, roles: readonly MeetingRole[], code: DomainErrorCode): Promise<Member> {
  // Where before who: in a conversation not bound to a cell, that is the reason, whoever asks.
  const cell = requireCell(ctx);
  const member = requireMember(ctx);
  if (memberIsCommittee(member)) return member;
  const named = roles.map((role) => (role === 'chair' ? { chairMemberId: member.id } : { minuteTakerMemberId: member.id }));
  const meeting = await ctx.db.prisma.meeting.findFirst({ where: { cellId: cell.id, status: { not: 'cancelled' }, OR: named }, select: { id: true } });
  if (meeting === null) throw new DomainError(code);
  return member;
}
