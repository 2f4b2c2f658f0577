/**
 * The committee's report as plain text (Zalo, where a message is text): the
 * same figures and the cells needing attention first, as the card shows them.
 */
import type { Locale } from '../core/types';
import type { ReportDownloadLinks } from './committee-report-links';
import type { CommitteeReport } from './committee-report-types';
import { attentionDetails, percentText, reportPeriodLabel } from './committee-report-wording';
import { say } from '../core/wording/say';
import { REPORT_WORDING as W } from '../core/wording/reports';

/** Cells listed by name in a message; the rest are in the files. */
const LISTED = 8;

export function committeeReportText(
  report: CommitteeReport,
  locale: Locale,
  links: ReportDownloadLinks,
): { title: string; paragraphs: string[] } {
  const t = report.totals;
  const title = `${say(locale, W.title)} ${reportPeriodLabel(report.period, locale)} – ${report.committee.name}`;
  const numbers = say(locale, W.numbers, {
    cells: t.cells,
    heldAll: t.cellsHeldAll,
    meetings: t.meetings,
    rate: percentText(t.attendance.rate, locale),
    excused: t.attendance.excused,
    unexcused: t.attendance.unexcused,
    passed: t.motions.passed,
    motions: t.motions.total,
  });
  const attention = report.cells.filter((row) => row.attention.length > 0);
  const listed = attention
    .slice(0, LISTED)
    .map((row) => `- ${row.cell.name}: ${attentionDetails(row, locale).join('; ')}`);
  const more = attention.length > LISTED ? [say(locale, W.moreCells, { count: attention.length - LISTED })] : [];
  const heading =
    attention.length === 0
      ? say(locale, W.noAttention)
      : `${say(locale, W.needingAttention)}: ${attention.length}/${t.cells}`;
  const files = [
    `${say(locale, W.downloadXlsx)}: ${links.xlsx}`,
    `${say(locale, W.downloadDocx)}: ${links.docx}`,
    ...(links.dashboard ? [`${say(locale, W.dashboard)}: ${links.dashboard}`] : []),
  ];
  return { title, paragraphs: [numbers, [heading, ...listed, ...more].join('\n'), files.join('\n')] };
}
