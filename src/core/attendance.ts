/**
 * Attendance of one meeting: counts by status and venue, who is absent and
 * why, the attendance rate, and the roll-call sentence.
 */
import { formatPercent } from './format';
import { isInvited, statusLabel } from './statuses';
import { MEMBER_STATUSES, type AttendanceRecord, type Locale, type MemberStatus, type RosterMember } from './types';
import { say } from './wording/say';
import { FIGURES_WORDING as W } from './wording/figures';

/** A number per member status. */
export type StatusCounts = Readonly<Record<MemberStatus, number>>;

/** A member named in a list (absent, not recorded, flagged). */
export interface MemberRef {
  readonly memberId: string;
  readonly name: string;
  readonly status: MemberStatus;
}

/** An absence with a reason; reason is '' when none was written. */
export interface ExcusedAbsence extends MemberRef {
  readonly reason: string;
}

/** Key of `presentByVenue` for members present without a venue (in-person meeting, or venue not given). */
export const NO_VENUE = '';

/** The attendance of one meeting, as the roll call, the minutes and the quality flags need it. */
export interface AttendanceStats {
  /** Members on the roster, per status. */
  readonly roster: StatusCounts;
  /** "Tổng số đảng viên": official + probationary. */
  readonly total: number;
  /** Members present, per status (exempt and attached_in included here, reported apart below). */
  readonly present: StatusCounts;
  /** Every member present (official, probationary, exempt, SHT đến): the sum of `present` and of `presentByVenue`. */
  readonly presentTotal: number;
  /** Official + probationary present: the "Có mặt" of the roll call. */
  readonly presentCounted: number;
  /** Venue name → members present there; members with no venue are under NO_VENUE (''). */
  readonly presentByVenue: Readonly<Record<string, number>>;
  /** Invited members (official, probationary, attached_in) absent with a reason, roster order. */
  readonly excused: readonly ExcusedAbsence[];
  /** Invited members absent without a reason, roster order. */
  readonly unexcused: readonly MemberRef[];
  /** Invited members with no presence recorded yet. */
  readonly notRecorded: readonly MemberRef[];
  /** Denominator of the rate: official + probationary + exempt present. */
  readonly expected: number;
  /** Numerator of the rate: official, probationary and exempt present (attached_in are apart). */
  readonly ratePresent: number;
  /** ratePresent / expected in [0, 1]; null when nobody is expected. */
  readonly rate: number | null;
}

function zeroCounts(): Record<MemberStatus, number> {
  const counts = {} as Record<MemberStatus, number>;
  for (const status of MEMBER_STATUSES) counts[status] = 0;
  return counts;
}

/** Whether members of this status take part in meetings (summoned, or exempt who may attend). */
export function attendsMeetings(status: MemberStatus): boolean {
  return isInvited(status) || status === 'exempt';
}

/**
 * The last record of each roster member who takes part in meetings; records of anyone else (guests, members
 * attached elsewhere or suspended, who are not summoned and cannot check in) are dropped.
 */
function latestRecords(
  members: readonly RosterMember[],
  records: readonly AttendanceRecord[],
): ReadonlyMap<string, AttendanceRecord> {
  const ids = new Set(members.filter((m) => attendsMeetings(m.status)).map((m) => m.id));
  const latest = new Map<string, AttendanceRecord>();
  for (const record of records) if (ids.has(record.memberId)) latest.set(record.memberId, record);
  return latest;
}

interface Sorted {
  readonly roster: Record<MemberStatus, number>;
  readonly present: Record<MemberStatus, number>;
  readonly venues: Map<string, number>;
  readonly excused: ExcusedAbsence[];
  readonly unexcused: MemberRef[];
  readonly notRecorded: MemberRef[];
}

/** Sorts each roster member by status and by what their record says. */
function sortMembers(members: readonly RosterMember[], latest: ReadonlyMap<string, AttendanceRecord>): Sorted {
  const sorted: Sorted = {
    roster: zeroCounts(),
    present: zeroCounts(),
    venues: new Map(),
    excused: [],
    unexcused: [],
    notRecorded: [],
  };
  for (const member of members) {
    sorted.roster[member.status] += 1;
    const record = latest.get(member.id);
    const ref: MemberRef = { memberId: member.id, name: member.fullName, status: member.status };
    if (record?.presence === 'present') {
      sorted.present[member.status] += 1;
      const venue = record.venue?.trim() || NO_VENUE;
      sorted.venues.set(venue, (sorted.venues.get(venue) ?? 0) + 1);
    } else if (!isInvited(member.status)) {
      // Exempt, attached elsewhere and suspended members are not summoned: their absence is no absence.
      continue;
    } else if (record?.presence === 'excused') {
      sorted.excused.push({ ...ref, reason: record.reason?.trim() ?? '' });
    } else if (record?.presence === 'unexcused') {
      sorted.unexcused.push(ref);
    } else {
      sorted.notRecorded.push(ref);
    }
  }
  return sorted;
}

/**
 * Attendance of a meeting from the roster and its records. When a member has
 * several records the last one wins; records of non-members (guests) are ignored.
 */
export function computeAttendance(
  members: readonly RosterMember[],
  records: readonly AttendanceRecord[],
): AttendanceStats {
  const { roster, present, venues, excused, unexcused, notRecorded } = sortMembers(
    members,
    latestRecords(members, records),
  );
  const total = roster.official + roster.probationary;
  const presentCounted = present.official + present.probationary;
  const ratePresent = presentCounted + present.exempt;
  const expected = total + present.exempt;
  return {
    roster,
    total,
    present,
    presentTotal: MEMBER_STATUSES.reduce((sum, s) => sum + present[s], 0),
    presentCounted,
    presentByVenue: Object.fromEntries(venues),
    excused,
    unexcused,
    notRecorded,
    expected,
    ratePresent,
    rate: expected > 0 ? ratePresent / expected : null,
  };
}

const WORDS = {
  vi: {
    total: 'Tổng số đảng viên',
    present: 'Có mặt',
    absent: 'Vắng',
    excused: 'có lý do',
    unexcused: 'không lý do',
    notRecorded: 'Chưa điểm danh',
    presentShort: 'có mặt',
    comrade: 'đồng chí',
  },
  en: {
    total: 'Total members',
    present: 'Present',
    absent: 'Absent',
    excused: 'excused',
    unexcused: 'unexcused',
    notRecorded: 'Not yet recorded',
    presentShort: 'present',
    comrade: 'comrade',
  },
} as const;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function namedCount(label: string, refs: readonly MemberRef[], comrade: string): string {
  const names = refs.map((r) => `${comrade} ${r.name}`).join(', ');
  return `${label}: ${refs.length}${names ? ` – ${names}` : ''}`;
}

/** Sentences about members outside the "tổng số" (SHT đến, exempt, attached elsewhere, suspended), when any. */
function apartSentences(stats: AttendanceStats, locale: Locale): string[] {
  const w = WORDS[locale];
  const sentences: string[] = [];
  for (const status of ['attached_in', 'exempt'] as const) {
    if (stats.roster[status] > 0) {
      const label = capitalise(statusLabel(status, locale));
      sentences.push(`${label}: ${stats.roster[status]} (${w.presentShort} ${stats.present[status]}).`);
    }
  }
  for (const status of ['attached_out', 'suspended'] as const) {
    if (stats.roster[status] > 0)
      sentences.push(`${capitalise(statusLabel(status, locale))}: ${stats.roster[status]}.`);
  }
  return sentences;
}

/**
 * "13 (chính thức 9, dự bị 2, sinh hoạt tạm thời đến 1, miễn … 1)": everyone present, split by status so the
 * parts add up; just "70" when only official and probationary members are there (DOMAIN.md's wording).
 */
export function presentText(stats: AttendanceStats, locale: Locale): string {
  const p = stats.present;
  if (p.exempt === 0 && p.attached_in === 0) return String(stats.presentTotal);
  const parts = (['official', 'probationary', 'attached_in', 'exempt'] as const)
    .filter((status) => status === 'official' || status === 'probationary' || p[status] > 0)
    .map((status) => `${statusLabel(status, locale)} ${p[status]}`);
  return `${stats.presentTotal} (${parts.join(', ')})`;
}

/** One line of the split by venue; name null = members present whose venue was not recorded. */
export interface VenueCount {
  readonly name: string | null;
  readonly present: number;
}

/**
 * Members present by venue, adding up to presentTotal: the meeting's venues in order (zeros kept), then any
 * other venue recorded, then an explicit "venue not recorded" line (name null) when some check-ins have none.
 */
export function venueCounts(stats: AttendanceStats, venues: readonly string[]): VenueCount[] {
  const byVenue = new Map(Object.entries(stats.presentByVenue));
  const named = [...venues, ...[...byVenue.keys()].filter((name) => name !== NO_VENUE && !venues.includes(name))];
  const lines: VenueCount[] = named.map((name) => ({ name, present: byVenue.get(name) ?? 0 }));
  const unknown = byVenue.get(NO_VENUE) ?? 0;
  return unknown > 0 ? [...lines, { name: null, present: unknown }] : lines;
}

/** "Điểm cầu A: 6; Điểm cầu B: 2; không rõ điểm cầu: 3". */
export function venueLine(counts: readonly VenueCount[], locale: Locale): string {
  const unknown = say(locale, W.venueUnknown);
  return counts.map((c) => `${c.name ?? unknown}: ${c.present}`).join('; ');
}

/**
 * The roll-call sentence: "Tổng số đảng viên: 72 (chính thức 49, dự bị 23). Có mặt: 70.
 * Vắng: 2 (có lý do: 2 – đồng chí A, đồng chí B; không lý do: 0)." Present and absent cover every summoned
 * member (SHT đến too, named in the split); members not yet recorded and those outside the total get their own
 * sentences after.
 */
export function rollCallLine(stats: AttendanceStats, locale: Locale): string {
  const w = WORDS[locale];
  // Every summoned member (SHT đến too, as "Có mặt" counts them): the same people as the lists of absentees.
  const { excused, unexcused, notRecorded: pending } = stats;
  const parts = [
    `${w.total}: ${stats.total} (${statusLabel('official', locale)} ${stats.roster.official}, ${statusLabel('probationary', locale)} ${stats.roster.probationary}).`,
    `${w.present}: ${presentText(stats, locale)}.`,
    `${w.absent}: ${excused.length + unexcused.length} (${namedCount(w.excused, excused, w.comrade)}; ${namedCount(w.unexcused, unexcused, w.comrade)}).`,
  ];
  if (pending.length > 0) parts.push(`${w.notRecorded}: ${pending.length}.`);
  return [...parts, ...apartSentences(stats, locale)].join(' ');
}

/**
 * "7/9 (77,78%)": the rate of DOMAIN.md with its numerator and denominator; when members attached here
 * temporarily are present, it says they are not in the rate (so it need not match "Có mặt").
 */
export function rateSentence(stats: AttendanceStats, locale: Locale): string {
  const note = stats.present.attached_in > 0 ? say(locale, W.attachedInNotCounted) : '';
  return `${stats.ratePresent}/${stats.expected} (${rateText(stats, locale)}${note})`;
}

/** The attendance rate as text ("97,22%"), or "–" when nobody is expected. */
export function rateText(stats: AttendanceStats, locale: Locale): string {
  return stats.rate === null ? '–' : formatPercent(stats.rate, locale);
}
