/**
 * The domain's vocabulary (DOMAIN.md). Pure types: no I/O, no vendor imports.
 */

export const MEMBER_STATUSES = [
  'official', // chính thức
  'probationary', // dự bị
  'exempt', // miễn công tác và sinh hoạt đảng
  'attached_in', // sinh hoạt tạm thời đến (SHT)
  'attached_out', // sinh hoạt tạm thời đi
  'suspended', // đình chỉ sinh hoạt
] as const;
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const MEMBER_ROLES = ['secretary', 'deputy_secretary', 'committee', 'member'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export const MEETING_KINDS = ['regular', 'thematic', 'extraordinary'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_FORMS = ['in_person', 'online', 'mixed'] as const;
export type MeetingForm = (typeof MEETING_FORMS)[number];

export const MEETING_STATUSES = ['draft', 'announced', 'in_progress', 'closed', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

export const RSVP_ANSWERS = ['attend', 'attend_online', 'excused'] as const;
export type RsvpAnswer = (typeof RSVP_ANSWERS)[number];

export const PRESENCES = ['present', 'excused', 'unexcused'] as const;
export type Presence = (typeof PRESENCES)[number];

/** Motions the bot may put to an open vote in chat, and the secret-ballot kinds it refuses. */
export const MOTION_KINDS = ['resolution', 'admission', 'confirmation', 'other'] as const;
export type MotionKind = (typeof MOTION_KINDS)[number];
export const SECRET_BALLOT_KINDS = ['election', 'discipline', 'personnel'] as const;
export type SecretBallotKind = (typeof SECRET_BALLOT_KINDS)[number];

export const VOTE_CHOICES = ['approve', 'reject', 'other'] as const;
export type VoteChoice = (typeof VOTE_CHOICES)[number];

export type Locale = 'vi' | 'en';

/** A member as the rules see them. */
export interface RosterMember {
  readonly id: string;
  readonly fullName: string;
  readonly status: MemberStatus;
  readonly role: MemberRole;
  readonly partyGroup?: string | null;
}

/** One member's attendance at one meeting (presence null = not recorded yet). */
export interface AttendanceRecord {
  readonly memberId: string;
  readonly presence: Presence | null;
  readonly venue?: string | null;
  readonly reason?: string | null;
}

/** Options a cell's secretary may set (DOMAIN.md marks them configurable). */
export interface CellRules {
  /** Quorum for holding the meeting, as a fraction of official members ("theo quy chế chi bộ"). */
  readonly quorum: { readonly numerator: number; readonly denominator: number };
  /** Whether official members absent with an accepted reason stay in the vote denominator. */
  readonly excusedInDenominator: boolean;
  /** Whether members attached here temporarily (SHT đến) may vote. */
  readonly attachedInMayVote: boolean;
}

export const DEFAULT_CELL_RULES: CellRules = Object.freeze({
  quorum: Object.freeze({ numerator: 2, denominator: 3 }),
  excusedInDenominator: true,
  attachedInMayVote: false,
});

/** A ballot as counted. */
export interface BallotRecord {
  readonly memberId: string;
  readonly choice: VoteChoice;
  readonly comment?: string | null;
}

/**
 * A channel's name ('teams', 'zalo', 'playground', or one added later): the `platform` of chat accounts,
 * conversations and outbox rows. Open on purpose, so a new channel adds no line to a shared list.
 */
export type Platform = string;
/** What a channel's name may look like (lower case, digits and dashes). */
export const PLATFORM_NAME = /^[a-z][a-z0-9-]{0,39}$/;
