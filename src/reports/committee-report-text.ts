/**
 * The committee's report as plain text (Zalo, where a message is text): the
 * same figures and the cells needing attention first, as the card shows them.
 */
import type { Locale } from '../core/types';
import type { ReportDownloadLinks } from './committee-report-links';
import type { CommitteeReport } from './committee-report-types';
import { attentionDetails, percentText, reportPeriodLabel } from './committee-report-wording';

/** Cells listed by name in a message; the rest are in the files. */
const LISTED = 8;

export function committeeReportText(report: CommitteeReport, locale: Locale, links: ReportDownloadLinks): { title: string; paragraphs: string[] } {
  const vi = locale === 'vi';
  const t = report.totals;
  const title = `${vi ? 'Báo cáo sinh hoạt chi bộ' : 'Cell meetings report'} ${reportPeriodLabel(report.period, locale)} – ${report.committee.name}`;
  const numbers = vi
    ? `Chi bộ: ${t.cells} (sinh hoạt đầy đủ: ${t.cellsHeldAll}); kỳ sinh hoạt: ${t.meetings}; tỷ lệ dự: ${percentText(t.attendance.rate, locale)}; vắng có lý do: ${t.attendance.excused}, không lý do: ${t.attendance.unexcused}; biểu quyết thông qua: ${t.motions.passed}/${t.motions.total}.`
    : `Cells: ${t.cells} (met every month: ${t.cellsHeldAll}); meetings: ${t.meetings}; attendance: ${percentText(t.attendance.rate, locale)}; excused: ${t.attendance.excused}, unexcused: ${t.attendance.unexcused}; motions passed: ${t.motions.passed}/${t.motions.total}.`;
  const attention = report.cells.filter((row) => row.attention.length > 0);
  const listed = attention.slice(0, LISTED).map((row) => `- ${row.cell.name}: ${attentionDetails(row, locale).join('; ')}`);
  const more = attention.length > LISTED ? [vi ? `… và ${attention.length - LISTED} chi bộ khác (xem tệp báo cáo).` : `… and ${attention.length - LISTED} more cells (see the report files).`] : [];
  const heading = attention.length === 0
    ? (vi ? 'Không có chi bộ cần lưu ý.' : 'No cell needs attention.')
    : `${vi ? 'Chi bộ cần lưu ý' : 'Cells needing attention'}: ${attention.length}/${t.cells}`;
  const files = [`${vi ? 'Tải .xlsx' : 'Download .xlsx'}: ${links.xlsx}`, `${vi ? 'Tải .docx' : 'Download .docx'}: ${links.docx}`, ...(links.dashboard ? [`${vi ? 'Bảng theo dõi' : 'Dashboard'}: ${links.dashboard}`] : [])];
  return { title, paragraphs: [numbers, [heading, ...listed, ...more].join('\n'), files.join('\n')] };
}
