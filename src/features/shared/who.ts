/**
 * Who may press an action, checked once by the dispatcher before the handler
 * runs (and before anything is looked up), so a refusal names the real reason.
 * The handler receives the context narrowed to what was checked: a member's
 * handler never sees `member: null`.
 */
import { DomainError, type DomainErrorCode } from '../../core/errors';
import type { CommitteeContext, FeatureContext, MemberContext } from './context';
import { memberIsCommittee } from './context';
import { mayHoldMeetingRole, type MeetingRole } from './meeting-roles';

/**
 * - `anyone`: strangers too (help, setup, the upper committee's report, which checks its own reader);
 * - `member`: a roster member of this conversation's cell;
 * - `committee`: a member on the cell's committee;
 * - `{ meetingRole }`: a committee member, or one named chair (or thư ký) of one of the cell's meetings;
 *   whether they hold the role for *this* meeting is the handler's to check once the meeting is known.
 * Official membership is not a gate of its own: whether a ballot counts depends on the motion and the
 * voter's presence (core/voting.ts), and a probationary member's words are kept as an opinion.
 */
export type Who = 'anyone' | 'member' | 'committee' | MeetingRoleWho;

export interface MeetingRoleWho {
  readonly meetingRole: readonly MeetingRole[];
  /** The refusal for a member who holds none of the roles. */
  readonly refusal: DomainErrorCode;
}

export type ContextFor<W extends Who> = W extends 'anyone'
  ? FeatureContext
  : W extends 'committee'
    ? CommitteeContext
    : MemberContext;

/** A committee member, or the chair of one of the cell's meetings (votes, tasks, targets). */
export function chair(refusal: DomainErrorCode): MeetingRoleWho {
  return { meetingRole: ['chair'], refusal };
}

/** A committee member, or the chair or thư ký of one of the cell's meetings (roll call and notes on behalf). */
export function chairOrMinuteTaker(refusal: DomainErrorCode): MeetingRoleWho {
  return { meetingRole: ['chair', 'minuteTaker'], refusal };
}

/** Whether `who` may hold a committee's rights: the help card hides those lines from the others. */
export function isCommitteeWork(who: Who): boolean {
  return who !== 'anyone' && who !== 'member';
}

function asMember(ctx: FeatureContext): MemberContext {
  // A stranger is told so first; a member always has a cell (resolve.ts), the check keeps the type honest.
  if (!ctx.member) throw new DomainError('member.unknown');
  if (!ctx.cell) throw new DomainError('cell.unknown');
  return { ...ctx, cell: ctx.cell, member: ctx.member };
}

/** Checks `who` against the turn's resolved cell and member; the narrowed context, or the refusal. */
export async function admit<W extends Who>(ctx: FeatureContext, who: W): Promise<ContextFor<W>> {
  if (who === 'anyone') return ctx as ContextFor<W>;
  if (who === 'member') return asMember(ctx) as ContextFor<W>;
  if (who === 'committee') {
    const member = asMember(ctx);
    if (!memberIsCommittee(member.member)) throw new DomainError('role.secretary_only');
    return { ...member, onCommittee: true } as ContextFor<W>;
  }
  const role = who as MeetingRoleWho;
  // Where before who: in a conversation not bound to a cell, that is the reason, whoever asks.
  if (!ctx.cell) throw new DomainError('cell.unknown');
  const member = asMember(ctx);
  if (!(await mayHoldMeetingRole(member, role.meetingRole))) throw new DomainError(role.refusal);
  return member as ContextFor<W>;
}
