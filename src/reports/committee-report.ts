/**
 * The upper committee's report over its cells and those of the committees below it (issue 15), for a month,
 * a quarter or a year. Eight aggregate queries over the stored rows whatever the number of cells (see
 * committee-report-queries.ts), then each row out of those counts (committee-report-rows.ts): no cell's
 * summary is built. Its figures equal the cells' own summaries (tests/store/committee-report.test.ts).
 *
 * Definitions the data leaves open:
 * - a meeting is held when in progress or closed; its minutes are sent once it is closed (the close is the
 *   "thông qua biên bản" step, and the bot then holds the minutes the committee reads);
 * - a month's regular meeting is missing only once the month is over in the cell's zone as of `asOf`, a
 *   quarter's thematic meeting once the quarter is over (and only quarters wholly inside the period);
 * - a thematic meeting is one of kind thematic or one whose agenda has a thematic part (42-HD/BTCTW);
 * - excused streaks are read within the period's meetings, as the cell's period summary reads them;
 * - Member.joinedAt is the admission day (roster column "ngày kết nạp"), a date stored at UTC midnight: the
 *   probation ends 12 months later (the 29th of February ending on the 28th).
 */
import { DomainError } from '../core/errors';
import { periodOf } from '../core/period';
import { EXCUSED_STREAK } from '../core/quality-flags';
import { isThematicItem } from '../core/timing-flags';
import type { Locale } from '../core/types';
import type { Database } from '../store/database';
import type {
  CellMeetingRow,
  CellReportRow,
  CommitteeReport,
  MeetingForm,
  ProbationDue,
  ReportPeriod,
  TargetTotal,
} from './committee-report-types';
import * as q from './committee-report-queries';
import { cellRow, meetingRow, type RosterCounts } from './committee-report-rows';
import { loadCommitteeTree } from './committee-tree';
import { parseReportPeriod, quarterOf } from './report-period';

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const list = groups.get(key(item));
    if (list) list.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

interface Due {
  readonly months: string[];
  readonly quarters: string[];
}

/** Months of the period whose meeting is due by `asOf` in `timeZone`, and its quarters that are over. */
function dueOf(period: ReportPeriod, asOf: Date, timeZone: string): Due {
  const current = periodOf(asOf, timeZone);
  const months = period.months.filter((m) => m < current);
  const quarters = [...new Set(period.months.map(quarterOf))].filter((quarter) => {
    const inQuarter = period.months.filter((m) => quarterOf(m) === quarter);
    return inQuarter.length === 3 && inQuarter.every((m) => m < current);
  });
  return { months, quarters };
}

/** dueOf once per time zone: cells share a handful of zones, and reading a zone's clock builds an Intl formatter. */
function dueByZone(period: ReportPeriod, asOf: Date): (timeZone: string) => Due {
  const known = new Map<string, Due>();
  return (timeZone) => {
    let due = known.get(timeZone);
    if (!due) known.set(timeZone, (due = dueOf(period, asOf, timeZone)));
    return due;
  };
}

const utcDay = (d: Date): string => d.toISOString().slice(0, 10);

/** The day 12 months after admission; a day the month lacks (29/2) becomes its last. */
function probationEnd(joinedAt: Date): Date {
  const y = joinedAt.getUTCFullYear() + 1;
  const m = joinedAt.getUTCMonth();
  const last = new Date(Date.UTC(y, m + 1, 0)).getUTCDate();
  return new Date(Date.UTC(y, m, Math.min(joinedAt.getUTCDate(), last)));
}

async function probationDue(
  db: Database,
  scope: q.ReportScope,
  period: ReportPeriod,
): Promise<Map<string, ProbationDue[]>> {
  const [fy, fm] = [Number(period.fromMonth.slice(0, 4)), Number(period.fromMonth.slice(5, 7))];
  const [ty, tm] = [Number(period.toMonth.slice(0, 4)), Number(period.toMonth.slice(5, 7))];
  const rows = await q.queryProbationers(
    db,
    scope,
    new Date(Date.UTC(fy - 1, fm - 1, 1)),
    new Date(Date.UTC(ty - 1, tm, 1)),
  );
  const due = rows.map((r) => ({
    cellId: r.cellId,
    item: { memberId: r.id, fullName: r.fullName, endsOn: utcDay(probationEnd(new Date(r.joinedAt))) },
  }));
  return new Map([...groupBy(due, (d) => d.cellId)].map(([cellId, list]) => [cellId, list.map((d) => d.item)]));
}

function rosterOf(rows: readonly { cellId: string; status: string; count: number }[]): Map<string, RosterCounts> {
  const byCell = new Map<string, Record<string, number>>();
  for (const r of rows) byCell.set(r.cellId, { ...(byCell.get(r.cellId) ?? {}), [r.status]: r.count });
  return byCell;
}

const collator = new Intl.Collator('vi');

function sortCells(rows: CellReportRow[]): CellReportRow[] {
  const needs = (r: CellReportRow): number => (r.attention.length > 0 ? 0 : 1);
  return rows.sort(
    (a, b) => needs(a) - needs(b) || collator.compare(a.cell.name, b.cell.name) || (a.cell.id < b.cell.id ? -1 : 1),
  );
}

function totalsOf(cells: readonly CellReportRow[]): CommitteeReport['totals'] {
  const add = (pick: (row: CellReportRow) => number): number => cells.reduce((total, row) => total + pick(row), 0);
  const byForm: Record<MeetingForm, number> = {
    in_person: add((c) => c.byForm.in_person),
    online: add((c) => c.byForm.online),
    mixed: add((c) => c.byForm.mixed),
  };
  const present = add((c) => c.attendance.present);
  const expected = add((c) => c.attendance.expected);
  return {
    cells: cells.length,
    cellsHeldAll: cells.filter((c) => c.monthsWithoutMeeting.length === 0).length,
    cellsNeedingAttention: cells.filter((c) => c.attention.length > 0).length,
    meetings: add((c) => c.meetings.length),
    byForm,
    attendance: {
      present,
      expected,
      rate: expected > 0 ? present / expected : null,
      excused: add((c) => c.attendance.excused),
      unexcused: add((c) => c.attendance.unexcused),
    },
    motions: { total: add((c) => c.motions.total), passed: add((c) => c.motions.passed) },
    onlineWithoutApproval: add((c) => c.meetings.filter((m) => m.onlineWithoutApproval).length),
    probationDue: add((c) => c.probationDue.length),
  };
}

/** The report of `committeeId` for `periodKey` ("2026-11", "2026-Q4", "2026"), as of `asOf`; wording in `locale`. */
export async function computeCommitteeReport(
  db: Database,
  committeeId: string,
  periodKey: string,
  locale: Locale,
  asOf: Date,
): Promise<CommitteeReport> {
  const period = parseReportPeriod(periodKey, locale);
  const tree = await loadCommitteeTree(db);
  const committee = tree.byId.get(committeeId);
  if (!committee) throw new DomainError('committee.unknown', committeeId);
  const scope: q.ReportScope = {
    committeeIds: tree.subtree(committeeId).map((c) => c.id),
    fromMonth: period.fromMonth,
    toMonth: period.toMonth,
  };
  const [cells, roster, meetings, motions, streaks, agenda, probation, targets] = await Promise.all([
    q.queryCells(db, scope),
    q.queryRosterCounts(db, scope),
    q.queryMeetings(db, scope),
    q.queryMotions(db, scope),
    q.queryExcusedStreaks(db, scope, EXCUSED_STREAK),
    q.queryThematicCandidates(db, scope),
    probationDue(db, scope, period),
    q.queryTargetSums(db, scope, period.months),
  ]);
  const rosters = rosterOf(roster);
  const motionsOf = groupBy(motions, (m) => m.meetingId);
  const thematicPart = new Set(agenda.filter((a) => isThematicItem(a.title)).map((a) => a.meetingId));
  const meetingsOf = groupBy(meetings, (m) => m.cellId);
  const streaksOf = groupBy(streaks, (s) => s.cellId);
  const dueIn = dueByZone(period, asOf);
  const rows = cells.map((cell) => {
    const counts = rosters.get(cell.id) ?? {};
    const held = meetingsOf.get(cell.id) ?? [];
    const meetingRows: CellMeetingRow[] = held.map((meeting) =>
      meetingRow(
        {
          cell,
          roster: counts,
          meeting,
          motions: motionsOf.get(meeting.id) ?? [],
          thematicPart: thematicPart.has(meeting.id),
        },
        locale,
      ),
    );
    const thematicIds = new Set(held.filter((m) => m.kind === 'thematic' || thematicPart.has(m.id)).map((m) => m.id));
    const due = dueIn(cell.timezone);
    return cellRow({
      cell,
      committeeName: tree.byId.get(cell.committeeId)?.name ?? '',
      roster: counts,
      meetings: meetingRows,
      thematicIds,
      dueMonths: due.months,
      dueQuarters: due.quarters,
      excusedStreakMemberIds: (streaksOf.get(cell.id) ?? []).map((s) => s.memberId),
      probationDue: probation.get(cell.id) ?? [],
    });
  });
  const sorted = sortCells(rows);
  const parentName = committee.parentId === null ? null : (tree.byId.get(committee.parentId)?.name ?? null);
  return {
    committee: { id: committee.id, name: committee.name, parentName, locality: committee.locality },
    period,
    generatedAt: asOf.toISOString(),
    cells: sorted,
    totals: totalsOf(sorted),
    targets: targets.map((t): TargetTotal => ({ ...t, scope: t.scope === 'year' ? 'year' : 'month' })),
  };
}
