/**
 * The permission check that comes before any lookup. A refusal names the real
 * reason: a member who may never close a vote is told so, not that no vote
 * was found. Rights held by the chair or thư ký of one meeting are checked
 * twice: here (through the action's `who`, features/shared/who.ts), whether
 * the member could hold them at all (a committee member, or chair / thư ký of
 * one of the cell's meetings); then, once the meeting is known, whether they
 * hold them for that meeting.
 */
import { memberIsCommittee, type MemberContext } from './context';

export type MeetingRole = 'chair' | 'minuteTaker';

/** Whether the acting member is on the committee or named `roles` at any of the cell's meetings. */
export async function mayHoldMeetingRole(ctx: MemberContext, roles: readonly MeetingRole[]): Promise<boolean> {
  if (memberIsCommittee(ctx.member)) return true;
  const named = roles.map((role) =>
    role === 'chair' ? { chairMemberId: ctx.member.id } : { minuteTakerMemberId: ctx.member.id },
  );
  const meeting = await ctx.db.prisma.meeting.findFirst({
    where: { cellId: ctx.cell.id, status: { not: 'cancelled' }, OR: named },
    select: { id: true },
  });
  return meeting !== null;
}
