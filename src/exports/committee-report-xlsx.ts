/**
 * The committee report (issue 15) as an .xlsx workbook: one sheet per report
 * (committee-report-sheets.ts), each with a title row, a header row repeated
 * on every printed page, and A4 landscape fitted to one page wide.
 */
import ExcelJS from 'exceljs';
import type { Locale } from '../core/types';
import type { CommitteeReport } from '../reports/committee-report-types';
import { reportPeriodLabel } from '../reports/committee-report-wording';
import { committeeReportSheets, type SheetSpec } from './committee-report-sheets';
import { pick } from '../core/wording/say';

/** Row of the column headings; data starts on the next one. */
export const HEADER_ROW = 2;

const A4 = 9;

const LINE_POINTS = 15;

/**
 * Height of a row whose texts wrap: viewers do not all grow rows on opening (LibreOffice keeps the default and
 * overlaps the lines), so the writer sets it from the longest cell, counted in lines of its column's width.
 */
function rowHeight(values: readonly unknown[], spec: SheetSpec, charsPerWidth = 1.1): number {
  const lines = values.map((value, i) => {
    if (typeof value !== 'string') return 1;
    const perLine = Math.max(1, Math.floor((spec.columns[i]?.width ?? 10) * charsPerWidth) - 1);
    return value.split('\n').reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  });
  return Math.max(1, ...lines) * LINE_POINTS;
}

function writeSheet(book: ExcelJS.Workbook, spec: SheetSpec, report: CommitteeReport, locale: Locale): void {
  const sheet = book.addWorksheet(spec.name, {
    views: [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }],
    pageSetup: {
      paperSize: A4,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${HEADER_ROW}:${HEADER_ROW}`,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
    },
    headerFooter: { oddFooter: pick(locale, { vi: '&LTrang &P/&N', en: '&LPage &P of &N' }) },
  });
  const title = sheet.addRow([
    `${report.committee.name} – ${spec.title} – ${reportPeriodLabel(report.period, locale)}`,
  ]);
  title.font = { bold: true, size: 13 };
  const header = sheet.addRow(spec.columns.map((c) => c.header));
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
  // Bold headings are wider than body text.
  header.height = rowHeight(
    spec.columns.map((c) => c.header),
    spec,
    0.85,
  );
  for (const values of spec.rows) {
    const row = sheet.addRow([...values]);
    row.alignment = { vertical: 'top', wrapText: true };
    row.height = rowHeight(values, spec);
  }
  if (spec.rows.length === 0)
    sheet.addRow([null, pick(locale, { vi: 'Không có', en: 'None' })]).font = { italic: true };
  spec.columns.forEach((c, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = c.width;
    if (c.numFmt !== undefined) column.numFmt = c.numFmt;
  });
  const thin = { style: 'thin' as const };
  for (let r = HEADER_ROW; r <= sheet.rowCount; r++) {
    for (let c = 1; c <= spec.columns.length; c++)
      sheet.getCell(r, c).border = { top: thin, bottom: thin, left: thin, right: thin };
  }
}

/** The committee report as an .xlsx buffer, in the given language. */
export async function committeeReportXlsx(report: CommitteeReport, locale: Locale): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'chibo-bot';
  book.title = `${report.committee.name} – ${reportPeriodLabel(report.period, locale)}`;
  book.created = new Date(report.generatedAt);
  for (const spec of committeeReportSheets(report, locale)) writeSheet(book, spec, report, locale);
  const written = await book.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}
