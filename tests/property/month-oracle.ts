/**
 * The figures a generated month must show, worked out on their own from the
 * generated data and DOMAIN.md (not from the code under test): who is
 * present, by status and by venue, who votes and which ballots count.
 */
import type { MemberStatus, VoteChoice } from '../../src/core/types';
import { storedBallots, venueNames, type GenAttendance, type GenMonth } from './month-generator';

export interface ExpectedMotion {
  readonly electorate: number[];
  readonly denominator: number;
  readonly presentVoters: number;
  readonly approve: number;
  readonly reject: number;
  readonly other: number;
  readonly voters: number;
}

export interface ExpectedMeeting {
  /** Member indexes (into gen.members) counted present; -1 is the secretary, present at the main venue. */
  readonly present: Set<number>;
  readonly presentTotal: number;
  readonly presentByStatus: Readonly<Record<MemberStatus, number>>;
  /** Venue name (null = not recorded) → present there. */
  readonly byVenue: Map<string | null, number>;
  readonly excused: number;
  readonly unexcused: number;
  readonly ratePresent: number;
  readonly expected: number;
  readonly motions: ExpectedMotion[];
}

const ATTENDS: ReadonlySet<MemberStatus> = new Set(['official', 'probationary', 'exempt', 'attached_in']);
const INVITED: ReadonlySet<MemberStatus> = new Set(['official', 'probationary', 'attached_in']);

/** Presence as the record says it, or as the rules read a missing answer once the meeting started / closed. */
function presenceOf(
  a: GenAttendance | null,
  status: MemberStatus,
  closed: boolean,
): 'present' | 'excused' | 'unexcused' | null {
  if (a?.presence) return a.presence;
  if (a?.rsvp === 'excused') return 'excused';
  return closed && INVITED.has(status) ? 'unexcused' : null;
}

function inElectorate(status: MemberStatus, presence: string | null, gen: GenMonth): boolean {
  const excusedOut = presence === 'excused' && !gen.excusedInDenominator;
  if (status === 'official') return !excusedOut;
  if (status === 'exempt') return presence === 'present';
  if (status === 'attached_in') return gen.attachedInMayVote && !excusedOut;
  return false;
}

/** The expected figures of meeting `index` of the month; the secretary (official, chairing, present) is counted too. */
export function expectedMeeting(gen: GenMonth, index: number): ExpectedMeeting {
  const meeting = gen.meetings[index];
  if (!meeting) throw new Error(`no meeting ${index}`);
  const closed = meeting.status === 'closed';
  const venues = venueNames(meeting);
  const chair: GenAttendance = { rsvp: null, rsvpVenue: null, presence: 'present', presenceVenue: 0, lateMinutes: 0 };
  const people = [
    { i: -1, status: 'official' as MemberStatus, a: chair as GenAttendance | null },
    ...gen.members.map((m, i) => ({ i, status: m.status, a: m.attendance[index === 0 ? 0 : 1] })),
  ];
  const present = new Set<number>();
  const presentByStatus = { official: 0, probationary: 0, exempt: 0, attached_in: 0, attached_out: 0, suspended: 0 };
  const byVenue = new Map<string | null, number>();
  let excused = 0;
  let unexcused = 0;
  const electorate: number[] = [];
  for (const p of people) {
    const presence = ATTENDS.has(p.status) ? presenceOf(p.a, p.status, closed) : null;
    if (presence === 'present') {
      present.add(p.i);
      presentByStatus[p.status] += 1;
      const at = p.a?.presenceVenue ?? null;
      const rsvpAt = p.a && p.a.rsvp !== 'excused' ? p.a.rsvpVenue : null;
      const venue = (at !== null ? venues[at] : undefined) ?? (rsvpAt !== null ? venues[rsvpAt] : undefined) ?? null;
      byVenue.set(venue, (byVenue.get(venue) ?? 0) + 1);
    }
    if (INVITED.has(p.status) && presence === 'excused') excused += 1;
    if (INVITED.has(p.status) && presence === 'unexcused') unexcused += 1;
    if (inElectorate(p.status, presence, gen)) electorate.push(p.i);
  }
  const ratePresent = presentByStatus.official + presentByStatus.probationary + presentByStatus.exempt;
  const totalCounted = people.filter((p) => p.status === 'official' || p.status === 'probationary').length;
  const motions = meeting.motions.map((motion) => {
    const counts: Record<VoteChoice, number> = { approve: 0, reject: 0, other: 0 };
    for (const [member, ballot] of storedBallots(gen, meeting, index, motion)) {
      if (electorate.includes(member) && present.has(member)) counts[ballot.choice] += 1;
    }
    const presentVoters = electorate.filter((i) => present.has(i)).length;
    return {
      electorate,
      denominator: electorate.length,
      presentVoters,
      ...counts,
      voters: counts.approve + counts.reject + counts.other,
    };
  });
  return {
    present,
    presentTotal: present.size,
    presentByStatus,
    byVenue,
    excused,
    unexcused,
    ratePresent,
    expected: totalCounted + presentByStatus.exempt,
    motions,
  };
}

/** Overdue tasks of the given meetings as of `asOf` (a calendar day in the cell's zone, yyyy-mm-dd). */
export function expectedOverdue(gen: GenMonth, meetings: readonly number[], asOfDay: string): number {
  let overdue = 0;
  for (const index of meetings) {
    const meeting = gen.meetings[index];
    for (const task of meeting?.tasks ?? []) {
      if (task.done || task.dueInDays === null || !meeting) continue;
      const due = new Date(Date.UTC(2025, meeting.month - 1, 5 + task.dueInDays)).toISOString().slice(0, 10);
      if (due < asOfDay) overdue += 1;
    }
  }
  return overdue;
}
