/**
 * The files a committee report is written to: the renderers beside this file, by format. They load only when
 * a file is asked for (docx and exceljs are slow to load), so the other commands and the chat start faster.
 */
import type { Locale } from '../core/types';
import type { CommitteeReport } from '../reports/committee-report-types';
import { BLANK_SIGNER, type ReportSigner } from '../reports/committee-signer';

export type ReportFileFormat = 'xlsx' | 'docx';

/** `signer` signs the .docx (committeeSigner); the .xlsx has no signature. */
export async function renderReportFile(
  format: ReportFileFormat,
  report: CommitteeReport,
  locale: Locale,
  signer: ReportSigner = BLANK_SIGNER,
): Promise<Buffer> {
  if (format === 'xlsx') return (await import('./committee-report-xlsx')).committeeReportXlsx(report, locale);
  return (await import('./committee-report-docx')).committeeReportDocx(report, locale, signer);
}
