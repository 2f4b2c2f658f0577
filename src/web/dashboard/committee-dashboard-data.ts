/**
 * What the committee page of the dashboard shows (issue 15): one row per cell
 * with its reasons for attention and the same month-by-month attendance chart
 * the cell page has, the committee's own chart, totals and downloads. A pure
 * function of the report; the route computes the report and mints the links.
 */
import type { Locale } from '../../core/types';
import type { CellMeetingRow, CellReportRow, CommitteeReport } from '../../reports/committee-report-types';
import type { ReportDownloadLinks } from '../../reports/committee-report-links';
import {
  attentionDetails,
  formText,
  instantDate,
  percentText,
  reportPeriodLabel,
  shortMonth,
} from '../../reports/committee-report-wording';
import { say } from '../../core/wording/say';
import { REPORT_WORDING as W } from '../../core/wording/reports';

/** A bar of the chart (web/tab/chart.ts): a month, its rate, and what a hover says. */
export interface MonthPoint {
  readonly month: string;
  readonly label: string;
  readonly rate: number | null;
  readonly rateText: string;
  /** "Trực tiếp, 05/10/2026, 110 phút" per meeting of the month; empty when none was held. */
  readonly meetings: readonly string[];
}

function point(month: string, held: readonly CellMeetingRow[], locale: Locale): MonthPoint {
  const expected = held.reduce((sum, m) => sum + m.expected, 0);
  const rate = expected === 0 ? null : held.reduce((sum, m) => sum + m.present, 0) / expected;
  const minutes = say(locale, W.minutes);
  return {
    month,
    label: shortMonth(month),
    rate,
    rateText: held.length === 0 ? say(locale, W.noMeeting) : percentText(rate, locale),
    meetings: held.map(
      (m) => `${formText(m.form, locale)}, ${instantDate(m.startedAt, locale)}, ${m.durationMinutes ?? '–'} ${minutes}`,
    ),
  };
}

function cellView(row: CellReportRow, months: readonly string[], locale: Locale) {
  return {
    id: row.cell.id,
    name: row.cell.name,
    committeeName: row.cell.committeeName,
    needsAttention: row.attention.length > 0,
    reasons: attentionDetails(row, locale),
    rateText: percentText(row.attendance.rate, locale),
    members: row.members.total,
    chart: months.map((month) =>
      point(
        month,
        row.meetings.filter((m) => m.month === month),
        locale,
      ),
    ),
  };
}

function totalsLines(r: CommitteeReport, locale: Locale): string[] {
  const x = r.totals;
  const n = {
    cells: x.cells,
    heldAll: x.cellsHeldAll,
    attention: x.cellsNeedingAttention,
    meetings: x.meetings,
    inPerson: x.byForm.in_person,
    online: x.byForm.online,
    mixed: x.byForm.mixed,
    rate: percentText(x.attendance.rate, locale),
    excused: x.attendance.excused,
    unexcused: x.attendance.unexcused,
    passed: x.motions.passed,
    motions: x.motions.total,
    probationDue: x.probationDue,
  };
  return [
    say(locale, W.dashboardCells, n),
    say(locale, W.dashboardMeetings, n),
    say(locale, W.dashboardAttendance, n),
    say(locale, W.dashboardMotions, n),
  ];
}

/** The committee page's JSON. */
export function committeeDashboardView(report: CommitteeReport, locale: Locale, links: ReportDownloadLinks) {
  const months = report.period.months;
  const all = report.cells.flatMap((c) => c.meetings);
  return {
    committee: report.committee,
    period: { key: report.period.key, label: reportPeriodLabel(report.period, locale) },
    totals: totalsLines(report, locale),
    // The committee's bars are counted over every cell; the per-meeting lines stay with each cell.
    chart: months.map((month) => ({
      ...point(
        month,
        all.filter((m) => m.month === month),
        locale,
      ),
      meetings: [] as string[],
    })),
    cells: report.cells.map((row) => cellView(row, months, locale)),
    downloads: [
      { title: say(locale, W.reportDocx), url: links.docx },
      { title: say(locale, W.workbookXlsx), url: links.xlsx },
    ],
  };
}

export type CommitteeDashboard = ReturnType<typeof committeeDashboardView>;
