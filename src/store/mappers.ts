/**
 * Strict conversions from stored strings to the domain's types. The database
 * keeps enumerations as strings (one schema for SQLite and PostgreSQL), so a
 * value outside the list is corrupt data and fails loudly here.
 */
import {
  MEETING_FORMS,
  MEETING_KINDS,
  MEETING_STATUSES,
  MEMBER_ROLES,
  MEMBER_STATUSES,
  MOTION_KINDS,
  PRESENCES,
  RSVP_ANSWERS,
  VOTE_CHOICES,
  type CellRules,
  type MeetingForm,
  type MeetingKind,
  type MeetingStatus,
  type MemberRole,
  type MemberStatus,
  type MotionKind,
  type Presence,
  type RosterMember,
  type RsvpAnswer,
  type VoteChoice,
} from '../core/types';
import type { Cell, Member } from './rows';

function oneOf<T extends string>(list: readonly T[], what: string) {
  return (value: string): T => {
    if ((list as readonly string[]).includes(value)) return value as T;
    throw new Error(`Stored ${what} "${value}" is not one of ${list.join(', ')}`);
  };
}

function optional<T>(convert: (value: string) => T) {
  return (value: string | null): T | null => (value === null ? null : convert(value));
}

export const toMemberStatus: (v: string) => MemberStatus = oneOf(MEMBER_STATUSES, 'member status');
export const toMemberRole: (v: string) => MemberRole = oneOf(MEMBER_ROLES, 'member role');
export const toMeetingKind: (v: string) => MeetingKind = oneOf(MEETING_KINDS, 'meeting kind');
export const toMeetingForm: (v: string) => MeetingForm = oneOf(MEETING_FORMS, 'meeting form');
export const toMeetingStatus: (v: string) => MeetingStatus = oneOf(MEETING_STATUSES, 'meeting status');
export const toMotionKind: (v: string) => MotionKind = oneOf(MOTION_KINDS, 'motion kind');
export const toVoteChoice: (v: string) => VoteChoice = oneOf(VOTE_CHOICES, 'vote choice');
export const toPresence = optional(oneOf<Presence>(PRESENCES, 'presence'));
export const toRsvp = optional(oneOf<RsvpAnswer>(RSVP_ANSWERS, 'RSVP answer'));

/** The member columns the rules read (src/store/roster-rows.ts loads just these). */
export type MemberRow = Pick<Member, 'id' | 'fullName' | 'status' | 'role' | 'partyGroup'>;

/** A stored member as the rules see them. */
export function toRosterMember(member: MemberRow): RosterMember {
  return {
    id: member.id,
    fullName: member.fullName,
    status: toMemberStatus(member.status),
    role: toMemberRole(member.role),
    partyGroup: member.partyGroup,
  };
}

/** The configurable rules a cell's secretary set. */
export function toCellRules(cell: Cell): CellRules {
  return {
    quorum: { numerator: cell.quorumNumerator, denominator: cell.quorumDenominator },
    excusedInDenominator: cell.excusedInDenominator,
    attachedInMayVote: cell.attachedInMayVote,
  };
}
