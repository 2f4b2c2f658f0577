/**
 * Month and year roll-ups of a cell: each meeting's attendance and votes,
 * totals, targets with progress, tasks by status and the quality flags of the
 * period. Loads each table once for the whole period (a year of a large cell
 * is a handful of queries), then computes with the core rules.
 */
import { computeAttendance } from '../../core/attendance';
import { DomainError } from '../../core/errors';
import { formatMeetingTime, formatPercent, periodLabel } from '../../core/format';
import { qualityFlags } from '../../core/quality-flags';
import type { Locale } from '../../core/types';
import type { Database } from '../../store/database';
import type { Member } from '../../store/rows';
import { toRosterMember } from '../../store/mappers';
import { effectivePresence } from '../attendance/attendance-data';
import { taskReport, targetLines, type TaskStatus } from './summary-extras';
import { targetsForPeriod } from '../targets/target-queries';

export interface PeriodMeetingRow {
  readonly id: string;
  readonly period: string;
  readonly when: string;
  readonly status: string;
  readonly present: number;
  readonly expected: number;
  readonly rate: number | null;
  readonly excused: number;
  readonly unexcused: number;
  readonly motions: number;
  readonly passed: number;
}

export interface PeriodSummary {
  readonly cell: { id: string; name: string; parentOrganisation: string };
  readonly scope: 'month' | 'year';
  readonly period: string;
  /** "tháng 9/2025" / "năm 2025" */
  readonly label: string;
  readonly members: number;
  readonly meetings: PeriodMeetingRow[];
  readonly totals: { meetings: number; averageRate: number | null; averageRateText: string; excused: number; unexcused: number; motions: number; passed: number };
  readonly tasks: Readonly<Record<TaskStatus, number>> & { total: number };
  readonly targetLines: string[];
  readonly flags: string[];
}

/** "2025" → year, "2025-09" → month; anything else is refused. */
export function parseScope(period: string): { scope: 'month' | 'year'; year: string } {
  if (/^\d{4}$/.test(period)) return { scope: 'year', year: period };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return { scope: 'month', year: period.slice(0, 4) };
  throw new DomainError('input.invalid', `period ${period}`);
}

async function loadPeriodRows(db: Database, cellId: string, period: string, scope: 'month' | 'year') {
  const meetings = await db.prisma.meeting.findMany({
    where: { cellId, status: { in: ['closed', 'in_progress'] }, ...(scope === 'year' ? { period: { startsWith: period } } : { period }) },
    orderBy: { startsAt: 'asc' },
  });
  const ids = meetings.map((m) => m.id);
  const [members, rows, motions, tasks] = await Promise.all([
    db.prisma.member.findMany({ where: { cellId }, orderBy: { fullName: 'asc' } }),
    db.prisma.attendance.findMany({ where: { meetingId: { in: ids } } }),
    db.prisma.motion.findMany({ where: { meetingId: { in: ids } }, select: { meetingId: true, passed: true, status: true } }),
    db.prisma.task.findMany({ where: { meetingId: { in: ids } } }),
  ]);
  return { meetings, members, rows, motions, tasks };
}

type PeriodRows = Awaited<ReturnType<typeof loadPeriodRows>>;

function recordsOf(meeting: PeriodRows['meetings'][number], members: readonly Member[], rows: PeriodRows['rows']) {
  const mine = new Map(rows.filter((r) => r.meetingId === meeting.id).map((r) => [r.memberId, r]));
  return members.map((m) => {
    const row = mine.get(m.id);
    return { memberId: m.id, presence: effectivePresence(meeting, m, row), venue: row?.presenceVenue ?? null, reason: row?.presenceReason ?? null };
  });
}

/** Loads and computes the roll-up of a month ("2025-09") or a year ("2025"). */
export async function loadPeriodSummary(db: Database, cellId: string, period: string, locale: Locale, now: Date): Promise<PeriodSummary> {
  const { scope, year } = parseScope(period);
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
  if (!cell) throw new DomainError('cell.unknown');
  const data = await loadPeriodRows(db, cellId, period, scope);
  const roster = data.members.map(toRosterMember);
  const rowsByMeeting = groupBy(data.rows, (r) => r.meetingId);
  const history: { period: string; records: ReturnType<typeof recordsOf> }[] = [];
  const flags: string[] = [];
  const meetings = data.meetings.map((meeting) => {
    const records = recordsOf(meeting, data.members, rowsByMeeting.get(meeting.id) ?? []);
    history.push({ period: meeting.period, records });
    const stats = computeAttendance(roster, records);
    const unexcusedIds = stats.unexcused.map((u) => u.memberId);
    const meetingFlags = qualityFlags({ rate: stats.rate, unexcusedCount: unexcusedIds.length, unexcusedIds, members: roster, history: [] }, locale);
    flags.push(...meetingFlags.map((f) => `${periodLabel(meeting.period, locale)}: ${f.text}`));
    const motions = data.motions.filter((m) => m.meetingId === meeting.id);
    return {
      id: meeting.id, period: meeting.period, when: formatMeetingTime(meeting.startsAt, cell.timezone, locale), status: meeting.status,
      present: stats.ratePresent, expected: stats.expected, rate: stats.rate, excused: stats.excused.length, unexcused: stats.unexcused.length,
      motions: motions.length, passed: motions.filter((m) => m.passed === true).length,
    };
  });
  flags.push(...qualityFlags({ rate: null, unexcusedCount: 0, members: roster, history }, locale).map((f) => f.text));
  const targets = await targetsForPeriod(db, cellId, period);
  return {
    cell: { id: cell.id, name: cell.name, parentOrganisation: cell.parentOrganisation },
    scope, period, label: scope === 'year' ? (locale === 'vi' ? `năm ${year}` : year) : periodLabel(period, locale),
    members: roster.filter((m) => m.status === 'official' || m.status === 'probationary').length,
    meetings,
    totals: totalsOf(meetings, locale),
    tasks: taskCounts(data.tasks.map((t) => taskReport(t, now, locale).status)),
    targetLines: targetLines(targets, locale),
    flags,
  };
}

function totalsOf(meetings: readonly PeriodMeetingRow[], locale: Locale): PeriodSummary['totals'] {
  const present = meetings.reduce((sum, m) => sum + m.present, 0);
  const expected = meetings.reduce((sum, m) => sum + m.expected, 0);
  const averageRate = expected > 0 ? present / expected : null;
  return {
    meetings: meetings.length,
    averageRate,
    averageRateText: averageRate === null ? '–' : formatPercent(averageRate, locale),
    excused: meetings.reduce((sum, m) => sum + m.excused, 0),
    unexcused: meetings.reduce((sum, m) => sum + m.unexcused, 0),
    motions: meetings.reduce((sum, m) => sum + m.motions, 0),
    passed: meetings.reduce((sum, m) => sum + m.passed, 0),
  };
}

function taskCounts(statuses: readonly TaskStatus[]): PeriodSummary['tasks'] {
  const count = (s: TaskStatus) => statuses.filter((x) => x === s).length;
  return { open: count('open'), done: count('done'), overdue: count('overdue'), total: statuses.length };
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
