/**
 * A committee report's rows out of the aggregate queries (pure): each meeting's figures as
 * core/attendance.ts and core/meeting-figures.ts define them, computed from counts instead of member by
 * member, and each cell's row with the reasons it needs attention.
 */
import { LOW_ATTENDANCE } from '../core/quality-flags';
import { durationMinutes, timingFlags } from '../core/timing-flags';
import { decideMotion } from '../core/voting';
import type { Locale } from '../core/types';
import { toMeetingForm, toMeetingKind, toMotionKind } from '../store/mappers';
import type { AttentionCode, CellMeetingRow, CellReportRow, MeetingForm, ProbationDue } from './committee-report-types';
import type { CellRow, MeetingAggregate, MotionAggregate } from './committee-report-queries';
import { quarterOf } from './report-period';

/** Every AttentionCode, most serious first: the order of `attention` lists. */
export const ATTENTION_ORDER: readonly AttentionCode[] = [
  'meeting.missing',
  'thematic.missing',
  'minutes.missing',
  'online.unapproved',
  'absence.unexcused',
  'attendance.low',
  'absence.excused_streak',
  'meeting.short',
  'documents.late',
  'probation.due',
];

export const byAttentionOrder = (codes: Iterable<AttentionCode>): AttentionCode[] => {
  const set = new Set(codes);
  return ATTENTION_ORDER.filter((code) => set.has(code));
};

/** A cell's members by status. */
export type RosterCounts = Readonly<Record<string, number>>;

const count = (roster: RosterCounts, status: string): number => roster[status] ?? 0;

/** The vote denominator of computeElectorate from counts: official, exempt present, SHT đến where they vote; excused leave if the cell says so. */
function currentDenominator(cell: CellRow, roster: RosterCounts, m: MeetingAggregate): number {
  const leaving = (excused: number): number => (cell.excusedInDenominator ? 0 : excused);
  const attached = cell.attachedInMayVote ? count(roster, 'attached_in') - leaving(m.excusedAttachedIn) : 0;
  return count(roster, 'official') - leaving(m.excusedOfficial) + m.presentExempt + attached;
}

export interface MeetingInput {
  readonly cell: CellRow;
  readonly roster: RosterCounts;
  readonly meeting: MeetingAggregate;
  readonly motions: readonly MotionAggregate[];
  readonly thematicPart: boolean;
}

/** One held meeting's row: the figures of the cell's own summary, and the criteria it does not meet. */
export function meetingRow(
  { cell, roster, meeting: m, motions, thematicPart }: MeetingInput,
  locale: Locale,
): CellMeetingRow {
  const total = count(roster, 'official') + count(roster, 'probationary');
  const summoned = total + count(roster, 'attached_in');
  const ratePresent = m.presentCounted + m.presentExempt;
  const expected = total + m.presentExempt;
  const rate = expected > 0 ? ratePresent / expected : null;
  const closed = m.status === 'closed';
  // Closed, every summoned member has an answer (effectivePresence): the ones neither present nor excused are unexcused.
  const unexcused = closed ? summoned - m.presentCounted - m.presentAttachedIn - m.excused : m.unexcusedRecorded;
  const denominator = currentDenominator(cell, roster, m);
  const passed = motions.filter(
    (v) =>
      v.closed && decideMotion(toMotionKind(v.kind), { approve: v.approve }, v.frozenDenominator ?? denominator).passed,
  ).length;
  const kind = toMeetingKind(m.kind);
  const form = toMeetingForm(m.form);
  const onlineWithoutApproval = form !== 'in_person' && !(cell.onlineApprovalRef ?? '').trim();
  const timing = timingFlags(
    {
      kind,
      thematicPart,
      startedAt: m.startedAt,
      endedAt: m.endedAt,
      plannedAt: m.startsAt,
      noticePostedAt: m.noticePostedAt,
      timeZone: cell.timezone,
    },
    locale,
  );
  const flags: AttentionCode[] = [];
  if (!closed) flags.push('minutes.missing');
  if (onlineWithoutApproval) flags.push('online.unapproved');
  if (unexcused > 0) flags.push('absence.unexcused');
  if (rate !== null && rate <= LOW_ATTENDANCE) flags.push('attendance.low');
  flags.push(...timing.map((f) => f.code as AttentionCode));
  return {
    meetingId: m.id,
    month: m.period,
    kind,
    form,
    startedAt: m.startedAt?.toISOString() ?? null,
    endedAt: m.endedAt?.toISOString() ?? null,
    durationMinutes: durationMinutes(m.startedAt, m.endedAt),
    presentTotal: ratePresent + m.presentAttachedIn,
    present: ratePresent,
    expected,
    rate,
    excused: m.excused,
    unexcused,
    motions: motions.length,
    passed,
    onlineWithoutApproval,
    minutesSent: closed,
    flags: byAttentionOrder(flags),
  };
}

export interface CellInput {
  readonly cell: CellRow;
  readonly committeeName: string;
  readonly roster: RosterCounts;
  readonly meetings: readonly CellMeetingRow[];
  /** Meetings that count as thematic (kind thematic, or a thematic part on the agenda). */
  readonly thematicIds: ReadonlySet<string>;
  /** The period's months whose meeting is due by now, and its quarters that are over. */
  readonly dueMonths: readonly string[];
  readonly dueQuarters: readonly string[];
  readonly excusedStreakMemberIds: readonly string[];
  readonly probationDue: readonly ProbationDue[];
}

const sum = (rows: readonly CellMeetingRow[], pick: (row: CellMeetingRow) => number): number =>
  rows.reduce((total, row) => total + pick(row), 0);

export function cellRow(input: CellInput): CellReportRow {
  const { cell, meetings } = input;
  const regularMonths = new Set(meetings.filter((m) => m.kind === 'regular').map((m) => m.month));
  const thematicQuarters = new Set(
    meetings.filter((m) => input.thematicIds.has(m.meetingId)).map((m) => quarterOf(m.month)),
  );
  const monthsWithoutMeeting = input.dueMonths.filter((month) => !regularMonths.has(month));
  const quartersWithoutThematic = input.dueQuarters.filter((quarter) => !thematicQuarters.has(quarter));
  const byForm: Record<MeetingForm, number> = { in_person: 0, online: 0, mixed: 0 };
  for (const m of meetings) byForm[m.form] += 1;
  const present = sum(meetings, (m) => m.present);
  const expected = sum(meetings, (m) => m.expected);
  const attention: AttentionCode[] = meetings.flatMap((m) => m.flags);
  if (monthsWithoutMeeting.length > 0) attention.push('meeting.missing');
  if (quartersWithoutThematic.length > 0) attention.push('thematic.missing');
  if (input.excusedStreakMemberIds.length > 0) attention.push('absence.excused_streak');
  if (input.probationDue.length > 0) attention.push('probation.due');
  const official = count(input.roster, 'official');
  const probationary = count(input.roster, 'probationary');
  return {
    cell: { id: cell.id, name: cell.name, committeeId: cell.committeeId, committeeName: input.committeeName },
    members: { total: official + probationary, official, probationary },
    meetings,
    regularHeld: meetings.filter((m) => m.kind === 'regular').length,
    thematicHeld: meetings.filter((m) => input.thematicIds.has(m.meetingId)).length,
    monthsWithoutMeeting,
    quartersWithoutThematic,
    byForm,
    attendance: {
      present,
      expected,
      rate: expected > 0 ? present / expected : null,
      excused: sum(meetings, (m) => m.excused),
      unexcused: sum(meetings, (m) => m.unexcused),
    },
    motions: { total: sum(meetings, (m) => m.motions), passed: sum(meetings, (m) => m.passed) },
    excusedStreakMemberIds: input.excusedStreakMemberIds,
    probationDue: input.probationDue,
    attention: byAttentionOrder(attention),
  };
}
