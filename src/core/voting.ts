/**
 * Open votes in chat: which motions may be voted on, who votes, who counts in
 * the denominator, the tally and the decision (DOMAIN.md, "Voting").
 */
import { DomainError, localDetail, logDetail, type ErrorDetail } from './errors';
import { approvalsNeeded } from './threshold';
import {
  MOTION_KINDS,
  SECRET_BALLOT_KINDS,
  type AttendanceRecord,
  type BallotRecord,
  type CellRules,
  type MotionKind,
  type MemberStatus,
  type Presence,
  type RosterMember,
  type SecretBallotKind,
  type VoteChoice,
} from './types';
import type { Tally } from './tally';

// Thresholds and wording live in their own files (quorum needs thresholds alone); features import all from here.
export { approvalsNeeded, thresholdFor, type Threshold } from './threshold';
export { neededText, resultLines, showOfHandsLine, voteCallText, type ResultInput } from './vote-wording';
export type { Tally } from './tally';

/** Why a member may not vote; each is a DomainErrorCode with wording in errors.ts. */
export type IneligibleCode =
  | 'vote.not_eligible_probationary'
  | 'vote.exempt_not_present'
  | 'vote.not_eligible'
  | 'vote.not_present'
  | 'vote.not_present_excused';

/** Whether a member may cast a ballot, and if not, the error code to answer with. */
export type Eligibility = { readonly ok: true } | { readonly ok: false; readonly code: IneligibleCode };

/** Why a roster member is outside the denominator. */
export type ExclusionReason =
  'probationary' | 'exempt_absent' | 'attached_out' | 'suspended' | 'attached_in' | 'excused';

/** Who counts in the denominator of a vote. */
export interface Electorate {
  /** Number of members a threshold applies to. */
  readonly denominator: number;
  /** Ids of the members counted in the denominator, roster order; only their ballots count. */
  readonly electorate: readonly string[];
  /** Every other roster member, with the reason. */
  readonly excluded: readonly { readonly memberId: string; readonly why: ExclusionReason }[];
}

/** Whether a motion passed, and by how much. */
export interface Decision {
  readonly passed: boolean;
  readonly approvalsNeeded: number;
  /** Approvals as a percentage (0–100) of the denominator; 0 when the denominator is 0. */
  readonly approvePercent: number;
}

const SECRET = new Set<string>(SECRET_BALLOT_KINDS);
// Named in the user's language when a secret-ballot matter is refused.
const SECRET_KIND_DETAILS: Readonly<Record<SecretBallotKind, ErrorDetail>> = {
  election: localDetail('nội dung bầu cử', 'an election'),
  discipline: localDetail('nội dung kỷ luật', 'a discipline matter'),
  personnel: localDetail('nội dung nhân sự', 'a personnel matter'),
};
const OPEN = new Set<string>(MOTION_KINDS);

/** Guards opening a vote in chat: secret-ballot kinds → motion.secret_ballot; unknown kinds → input.invalid. */
export function assertOpenableInChat(kind: string): asserts kind is MotionKind {
  if (SECRET.has(kind)) throw new DomainError('motion.secret_ballot', SECRET_KIND_DETAILS[kind as SecretBallotKind]);
  if (!OPEN.has(kind)) throw new DomainError('input.invalid', logDetail(`kind ${kind}`));
}

/** Whether a member's status lets them vote at all (presence aside): official, exempt, SHT đến where allowed. */
function statusEligibility(member: RosterMember, presence: Presence | null, rules: CellRules): Eligibility {
  switch (member.status) {
    case 'official':
      return { ok: true };
    case 'probationary':
      return { ok: false, code: 'vote.not_eligible_probationary' };
    case 'exempt':
      return presence === 'present' ? { ok: true } : { ok: false, code: 'vote.exempt_not_present' };
    case 'attached_in':
      return rules.attachedInMayVote ? { ok: true } : { ok: false, code: 'vote.not_eligible' };
    case 'attached_out':
    case 'suspended':
      return { ok: false, code: 'vote.not_eligible' };
  }
}

/**
 * Whether a member may cast a ballot. Only members recorded present vote (DOMAIN.md: who votes is who is
 * present): official members, exempt members, SHT đến when the cell allows it. A member who sent "xin vắng"
 * and has not checked in is told so apart (their check-in supersedes the RSVP).
 */
export function voterEligibility(member: RosterMember, presence: Presence | null, rules: CellRules): Eligibility {
  const byStatus = statusEligibility(member, presence, rules);
  if (!byStatus.ok || presence === 'present') return byStatus;
  return { ok: false, code: presence === 'excused' ? 'vote.not_present_excused' : 'vote.not_present' };
}

/** Why a member is outside the denominator, or null when they are in it. */
function exclusionOf(
  member: Pick<RosterMember, 'status'>,
  presence: Presence | null,
  rules: CellRules,
): ExclusionReason | null {
  switch (member.status) {
    case 'probationary':
    case 'attached_out':
    case 'suspended':
      return member.status;
    case 'exempt':
      return presence === 'present' ? null : 'exempt_absent';
    case 'attached_in':
      if (!rules.attachedInMayVote) return 'attached_in';
      break;
    case 'official':
      break;
  }
  // Excused absentees stay in unless the cell decided otherwise (DOMAIN.md: the sources are unclear).
  return presence === 'excused' && !rules.excusedInDenominator ? 'excused' : null;
}

/**
 * The electorate of a vote: official members, minus attached elsewhere, exempt absent and suspended; plus exempt
 * present; plus SHT đến when the cell lets them vote; excused absentees leave only if the rules say so.
 */
export function computeElectorate(
  members: readonly RosterMember[],
  records: readonly AttendanceRecord[],
  rules: CellRules,
): Electorate {
  const presence = new Map<string, Presence | null>();
  for (const record of records) presence.set(record.memberId, record.presence);
  const electorate: string[] = [];
  const excluded: { memberId: string; why: ExclusionReason }[] = [];
  for (const member of members) {
    const why = exclusionOf(member, presence.get(member.id) ?? null, rules);
    if (why === null) electorate.push(member.id);
    else excluded.push({ memberId: member.id, why });
  }
  return { denominator: electorate.length, electorate, excluded };
}

/** Counts ballots of the electorate only; each member's last ballot wins; the others' (last) ballots are listed as ignored. */
export function tallyBallots(ballots: readonly BallotRecord[], electorate: readonly string[]): Tally {
  const voters = new Set(electorate);
  const last = new Map<string, BallotRecord>();
  const outside = new Map<string, BallotRecord>();
  for (const ballot of ballots) (voters.has(ballot.memberId) ? last : outside).set(ballot.memberId, ballot);
  const counts = { approve: 0, reject: 0, other: 0 };
  const comments: { memberId: string; comment: string }[] = [];
  for (const ballot of last.values()) {
    counts[ballot.choice] += 1;
    const comment = ballot.comment?.trim();
    if (ballot.choice === 'other' && comment) comments.push({ memberId: ballot.memberId, comment });
  }
  return { ...counts, counted: last.size, ignored: [...outside.values()], comments };
}

/** Members who share a status, a presence and a ballot (or none): a live tally reads these counts, not every member. */
export interface VoterGroup {
  readonly status: MemberStatus;
  readonly presence: Presence | null;
  readonly choice: VoteChoice | null;
  readonly count: number;
}

/** The figures of a vote card, from grouped counts; the same rules as computeElectorate and tallyBallots. */
export interface GroupedTally {
  readonly denominator: number;
  readonly approve: number;
  readonly reject: number;
  readonly other: number;
  /** Members of the electorate who are present, and how they voted. */
  readonly presentVoters: number;
  readonly presentApprove: number;
  readonly presentReject: number;
  readonly presentOther: number;
}

/** Counts a vote from voter groups (a database GROUP BY), so a card never loads the whole roster. */
export function tallyVoterGroups(groups: readonly VoterGroup[], rules: CellRules): GroupedTally {
  const all = { denominator: 0, approve: 0, reject: 0, other: 0 };
  const present = { voters: 0, approve: 0, reject: 0, other: 0 };
  for (const group of groups) {
    if (exclusionOf({ status: group.status }, group.presence, rules) !== null) continue;
    const isPresent = group.presence === 'present';
    all.denominator += group.count;
    if (!isPresent) continue;
    present.voters += group.count;
    // Only members recorded present vote: a ballot of one not present is never counted (as in computeOutcome).
    if (group.choice === null) continue;
    all[group.choice] += group.count;
    present[group.choice] += group.count;
  }
  return {
    ...all,
    presentVoters: present.voters,
    presentApprove: present.approve,
    presentReject: present.reject,
    presentOther: present.other,
  };
}

/** Whether the motion passes: approvals against the denominator (not against those present). */
export function decideMotion(kind: MotionKind, tally: Pick<Tally, 'approve'>, denominator: number): Decision {
  const needed = approvalsNeeded(kind, denominator);
  return {
    passed: denominator > 0 && tally.approve >= needed,
    approvalsNeeded: needed,
    approvePercent: denominator > 0 ? (tally.approve / denominator) * 100 : 0,
  };
}
