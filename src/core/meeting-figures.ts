/**
 * Every figure of one meeting, from its stored rows: attendance (by status,
 * by venue, absences, rate), the electorate, the quorum check and each
 * motion's count. The roll-call card, the summary, the minutes, the
 * resolution, the spreadsheet, the dashboard and the CLI all read these, so
 * two outputs of a meeting cannot disagree.
 */
import { attendsMeetings, computeAttendance, venueCounts, type AttendanceStats, type VenueCount } from './attendance';
import { checkQuorum, type QuorumCheck } from './quorum';
import { isInvited } from './statuses';
import { computeElectorate, decideMotion, type Electorate } from './voting';
import { resultLines } from './vote-wording';
import { formatPercent } from './format';
import type { AttendanceRecord, BallotRecord, CellRules, Locale, MotionKind, Presence, RosterMember } from './types';
import { say } from './wording/say';
import { FIGURES_WORDING as W } from './wording/figures';

/** A motion as stored: its ballots (a member's last one wins) and, once closed, the electorate frozen then. */
export interface MotionRows {
  readonly id: string;
  readonly title: string;
  readonly kind: MotionKind;
  readonly open: boolean;
  readonly ballots: readonly BallotRecord[];
  /** The electorate snapshotted at close, so later roster changes do not move the denominator. */
  readonly frozenElectorate?: readonly string[] | null;
}

/** What the figures are computed from: the roster, each member's presence as it counts, the venues, the rules. */
export interface MeetingRows {
  readonly roster: readonly RosterMember[];
  readonly records: readonly AttendanceRecord[];
  readonly venues: readonly string[];
  readonly rules: CellRules;
  readonly motions: readonly MotionRows[];
}

/** Why a stored ballot is not counted. */
export type UncountedWhy = 'absent' | 'not_in_electorate';

/** One motion, counted: only ballots of electorate members recorded present count. */
export interface MotionFigures {
  readonly id: string;
  readonly title: string;
  readonly kind: MotionKind;
  readonly open: boolean;
  readonly denominator: number;
  readonly electorate: readonly string[];
  readonly approve: number;
  readonly reject: number;
  readonly other: number;
  /** Ballots counted: approve + reject + other; never more than presentVoters. */
  readonly voters: number;
  /** Members of the electorate recorded present. */
  readonly presentVoters: number;
  readonly approvalsNeeded: number;
  readonly approvePercent: number;
  readonly passed: boolean;
  /** The counted ballot of each member who has one. */
  readonly counted: ReadonlyMap<string, BallotRecord>;
  /** Stored ballots that are not counted, and why. */
  readonly uncounted: readonly { readonly ballot: BallotRecord; readonly why: UncountedWhy }[];
}

/** A held meeting's counts, the same in a cell's roll-up (period-summary.ts) and the committee's report. */
export interface MeetingRowFigures {
  /** Everyone present ("Có mặt" of the meeting's summary). */
  readonly presentTotal: number;
  /** The rate's numerator and denominator (DOMAIN.md): present / (total − exempt absent − attached elsewhere). */
  readonly present: number;
  readonly expected: number;
  /** present / expected, null when nobody was expected. */
  readonly rate: number | null;
  readonly excused: number;
  readonly unexcused: number;
  readonly motions: number;
  readonly passed: number;
}

export interface MeetingFigures {
  readonly attendance: AttendanceStats;
  /** Present by venue, adding up to attendance.presentTotal (a null name = venue not recorded). */
  readonly byVenue: readonly VenueCount[];
  /** Each roster member's presence as counted (null: not recorded, or not summoned and not present). */
  readonly presence: ReadonlyMap<string, Presence | null>;
  readonly electorate: Electorate;
  /** Members of the electorate recorded present: the most approvals any motion can get. */
  readonly presentVoters: number;
  readonly quorum: QuorumCheck;
  readonly motions: readonly MotionFigures[];
}

function lastBallots(ballots: readonly BallotRecord[]): Map<string, BallotRecord> {
  const last = new Map<string, BallotRecord>();
  for (const ballot of ballots) last.set(ballot.memberId, ballot);
  return last;
}

/**
 * Counts one motion. A stored ballot counts only when its member is in the electorate and recorded present:
 * casting refuses the others, and a ballot written anyway (or a presence corrected afterwards) is never counted.
 */
export function countMotion(
  motion: MotionRows,
  electorate: readonly string[],
  present: ReadonlySet<string>,
): MotionFigures {
  const inElectorate = new Set(electorate);
  const counted = new Map<string, BallotRecord>();
  const uncounted: { ballot: BallotRecord; why: UncountedWhy }[] = [];
  for (const ballot of lastBallots(motion.ballots).values()) {
    if (!inElectorate.has(ballot.memberId)) uncounted.push({ ballot, why: 'not_in_electorate' });
    else if (!present.has(ballot.memberId)) uncounted.push({ ballot, why: 'absent' });
    else counted.set(ballot.memberId, ballot);
  }
  const tally = { approve: 0, reject: 0, other: 0 };
  for (const ballot of counted.values()) tally[ballot.choice] += 1;
  const decision = decideMotion(motion.kind, tally, electorate.length);
  return {
    id: motion.id,
    title: motion.title,
    kind: motion.kind,
    open: motion.open,
    denominator: electorate.length,
    electorate: [...electorate],
    ...tally,
    voters: counted.size,
    presentVoters: electorate.filter((id) => present.has(id)).length,
    ...decision,
    counted,
    uncounted,
  };
}

/** Every figure of a meeting from its rows; the wording of the quorum check is in `locale`. */
export function computeMeetingFigures(rows: MeetingRows, locale: Locale): MeetingFigures {
  const attendance = computeAttendance(rows.roster, rows.records);
  // Presence as computeAttendance reads it (last record wins; members who cannot attend have none).
  const presence = new Map<string, Presence | null>(rows.roster.map((m) => [m.id, null]));
  const attending = new Set(rows.roster.filter((m) => attendsMeetings(m.status)).map((m) => m.id));
  const summoned = new Set(rows.roster.filter((m) => isInvited(m.status)).map((m) => m.id));
  for (const record of rows.records) if (attending.has(record.memberId)) presence.set(record.memberId, record.presence);
  // An exempt member is not summoned: absent, they are simply not there (as computeAttendance lists them).
  for (const [id, p] of presence) if (p !== 'present' && !summoned.has(id)) presence.set(id, null);
  const present = new Set([...presence].filter(([, p]) => p === 'present').map(([id]) => id));
  const electorate = computeElectorate(rows.roster, rows.records, rows.rules);
  const presentVoters = electorate.electorate.filter((id) => present.has(id)).length;
  const quorum = checkQuorum(
    {
      presentVoters,
      denominator: electorate.denominator,
      officialTotal: attendance.roster.official,
      presentOfficial: attendance.present.official,
    },
    rows.rules,
    'resolution',
    locale,
  );
  const motions = rows.motions.map((m) => countMotion(m, m.frozenElectorate ?? electorate.electorate, present));
  return {
    attendance,
    byVenue: venueCounts(attendance, rows.venues),
    presence,
    electorate,
    presentVoters,
    quorum,
    motions,
  };
}

/** The result sentences of a counted motion, both ways ("…/… tán thành (đạt …%)", then among those present). */
export function motionResultLines(m: MotionFigures, locale: Locale): readonly string[] {
  const tally = { approve: m.approve, reject: m.reject, other: m.other };
  const [result, amongPresent] = resultLines(
    {
      kind: m.kind,
      tally,
      presentTally: tally,
      denominator: m.denominator,
      passed: m.passed,
      presentVoters: m.presentVoters,
    },
    locale,
  );
  return m.open ? [inProgressLine(m, locale), amongPresent] : [result, amongPresent];
}

/** An open vote has no result yet: the count so far and the number needed, no conclusion. */
function inProgressLine(m: MotionFigures, locale: Locale): string {
  const percent = formatPercent(m.denominator > 0 ? m.approve / m.denominator : 0, locale);
  return say(locale, W.votingInProgress, {
    approve: m.approve,
    denominator: m.denominator,
    percent,
    needed: m.approvalsNeeded,
  });
}

/**
 * A counted motion in the shape of the close snapshot and the vote card (features/votes/vote-outcome.ts), so
 * the card, its snapshot and every report share this count; among those present = the tally itself.
 */
export function motionSnapshot(m: MotionFigures) {
  return {
    denominator: m.denominator,
    electorate: [...m.electorate],
    approve: m.approve,
    reject: m.reject,
    other: m.other,
    presentVoters: m.presentVoters,
    presentApprove: m.approve,
    presentReject: m.reject,
    presentOther: m.other,
    approvalsNeeded: m.approvalsNeeded,
    approvePercent: m.approvePercent,
    passed: m.passed,
  };
}
