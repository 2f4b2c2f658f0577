/**
 * Month and year roll-ups of a cell: each meeting's attendance and votes,
 * totals, targets with progress, tasks by status and the quality flags of the
 * period. Loads each table once for the whole period (a year of a large cell
 * is a handful of queries), then computes with the core rules.
 */
import { DomainError, localDetail } from '../../core/errors';
import { formatMeetingTime, formatPercent, periodLabel } from '../../core/format';
import { qualityFlags } from '../../core/quality-flags';
import { countTaskStates } from '../../core/tasks-overdue';
import type { MeetingRowFigures } from '../../core/meeting-figures';
import type { Locale } from '../../core/types';
import type { Database } from '../../store/database';
import type { Cell } from '../../store/rows';
import { loadMeetingsFigures, type LoadedMeeting } from '../attendance/meeting-rows';
import { targetLines, type TaskStatus } from './summary-extras';
import { targetsForPeriod } from '../targets/target-queries';
import { say } from '../../core/wording/say';
import { PERIOD_WORDING } from '../../core/wording/periods';

// Moved to core so the committee's report (src/reports) shares it without importing a feature.
export type { MeetingRowFigures } from '../../core/meeting-figures';

export interface PeriodMeetingRow extends MeetingRowFigures {
  readonly id: string;
  readonly period: string;
  readonly when: string;
  readonly status: string;
}

export interface PeriodSummary {
  readonly cell: { id: string; name: string; parentOrganisation: string };
  readonly scope: 'month' | 'year';
  readonly period: string;
  /** "tháng 9/2025" / "năm 2025" */
  readonly label: string;
  readonly members: number;
  readonly meetings: PeriodMeetingRow[];
  readonly totals: {
    meetings: number;
    averageRate: number | null;
    averageRateText: string;
    excused: number;
    unexcused: number;
    motions: number;
    passed: number;
  };
  readonly tasks: Readonly<Record<TaskStatus, number>> & { total: number };
  readonly targetLines: string[];
  readonly flags: string[];
}

/** "2025" → year, "2025-09" → month; anything else is refused. */
export function parseScope(period: string): { scope: 'month' | 'year'; year: string } {
  if (/^\d{4}$/.test(period)) return { scope: 'year', year: period };
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period)) return { scope: 'month', year: period.slice(0, 4) };
  throw new DomainError('input.invalid', localDetail(`kỳ ${period}`, `period ${period}`));
}

async function loadPeriodRows(db: Database, cell: Cell, period: string, scope: 'month' | 'year', locale: Locale) {
  const meetings = await db.prisma.meeting.findMany({
    where: {
      cellId: cell.id,
      status: { in: ['closed', 'in_progress'] },
      ...(scope === 'year' ? { period: { startsWith: period } } : { period }),
    },
    orderBy: { startsAt: 'asc' },
  });
  const [loaded, tasks] = await Promise.all([
    loadMeetingsFigures(db, cell, meetings, locale),
    db.prisma.task.findMany({ where: { meetingId: { in: meetings.map((m) => m.id) } } }),
  ]);
  return { loaded, tasks };
}

function meetingRow(held: LoadedMeeting, timeZone: string, locale: Locale): PeriodMeetingRow {
  const { meeting, figures } = held;
  const stats = figures.attendance;
  const closed = figures.motions.filter((m) => !m.open);
  return {
    id: meeting.id,
    period: meeting.period,
    when: formatMeetingTime(meeting.startsAt, timeZone, locale),
    status: meeting.status,
    presentTotal: stats.presentTotal,
    present: stats.ratePresent,
    expected: stats.expected,
    rate: stats.rate,
    excused: stats.excused.length,
    unexcused: stats.unexcused.length,
    motions: figures.motions.length,
    passed: closed.filter((m) => m.passed).length,
  };
}

/** Loads and computes the roll-up of a month ("2025-09") or a year ("2025"); tasks' status as of `asOf`. */
export async function loadPeriodSummary(
  db: Database,
  cellId: string,
  period: string,
  locale: Locale,
  asOf: Date,
): Promise<PeriodSummary> {
  const { scope, year } = parseScope(period);
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
  if (!cell) throw new DomainError('cell.unknown');
  const { loaded, tasks } = await loadPeriodRows(db, cell, period, scope, locale);
  const roster = loaded[0]?.input.roster ?? [];
  const flags: string[] = [];
  for (const { meeting, figures } of loaded) {
    const unexcusedIds = figures.attendance.unexcused.map((u) => u.memberId);
    const meetingFlags = qualityFlags(
      {
        rate: figures.attendance.rate,
        unexcusedCount: unexcusedIds.length,
        unexcusedIds,
        members: roster,
        history: [],
      },
      locale,
    );
    flags.push(...meetingFlags.map((f) => `${periodLabel(meeting.period, locale)}: ${f.text}`));
  }
  const history = loaded.map((held) => ({ period: held.meeting.period, records: held.input.records }));
  flags.push(...qualityFlags({ rate: null, unexcusedCount: 0, members: roster, history }, locale).map((f) => f.text));
  const meetings = loaded.map((held) => meetingRow(held, cell.timezone, locale));
  const targets = await targetsForPeriod(db, cellId, period);
  const members =
    roster.length > 0 ? roster : await db.prisma.member.findMany({ where: { cellId }, select: { status: true } });
  return {
    cell: { id: cell.id, name: cell.name, parentOrganisation: cell.parentOrganisation },
    scope,
    period,
    label: scope === 'year' ? say(locale, PERIOD_WORDING.year, { year }) : periodLabel(period, locale),
    members: members.filter((m) => m.status === 'official' || m.status === 'probationary').length,
    meetings,
    totals: totalsOf(meetings, locale),
    tasks: countTaskStates(tasks, asOf, cell.timezone),
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
