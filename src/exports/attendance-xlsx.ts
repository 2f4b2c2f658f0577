/**
 * Attendance and votes of a month or a year as an .xlsx workbook for the upper
 * committee: one row per member per meeting on "Điểm danh", then one sheet per
 * motion with each member's ballot (probationary opinions noted apart). Every
 * sheet prints on A4 landscape, fitted to the page width, its header row
 * repeated on each page.
 */
import ExcelJS from 'exceljs';
import type { ExportData, MotionSheet } from './export-data';
import { motionSheetNames } from './sheet-names';

export const ATTENDANCE_SHEET = 'Điểm danh';
export const ATTENDANCE_HEADERS = [
  'STT',
  'Kỳ sinh hoạt',
  'Ngày',
  'Họ và tên',
  'Đối tượng',
  'Tổ đảng',
  'Tình hình tham dự',
  'Điểm cầu',
  'Lý do vắng',
] as const;
export const MOTION_HEADERS = ['STT', 'Họ và tên', 'Đối tượng', 'Biểu quyết', 'Ý kiến'] as const;

// Widths in characters; long free text wraps inside its column instead of widening the page.
const ATTENDANCE_WIDTHS = [6, 14, 11, 26, 16, 10, 18, 24, 30];
const MOTION_WIDTHS = [6, 28, 16, 24, 44];
/** Columns whose cells wrap (venue, reason; ballot, opinion). */
const ATTENDANCE_WRAPPED = [8, 9];
const MOTION_WRAPPED = [4, 5];

// The font of party documents, on every cell, so the printed sheets match the minutes.
const FONT = 'Times New Roman';

function styleHeader(row: ExcelJS.Row): void {
  row.font = { name: FONT, size: 11, bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

/** A4 (paper size 9) landscape, as wide as one page and as long as it needs, header rows on every page. */
function printSetup(sheet: ExcelJS.Worksheet, headerRow: number): void {
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    printTitlesRow: `${headerRow}:${headerRow}`,
    horizontalCentered: true,
    margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  sheet.headerFooter = { ...sheet.headerFooter, oddFooter: '&C&"Times New Roman"&10Trang &P/&N' };
}

function sizeColumns(
  sheet: ExcelJS.Worksheet,
  widths: readonly number[],
  wrapped: readonly number[],
  fromRow: number,
): void {
  widths.forEach((width, i) => {
    sheet.getColumn(i + 1).width = width;
  });
  sheet.eachRow((row, n) => {
    if (n < fromRow) return;
    row.font = { name: FONT, size: 11 };
    row.alignment = { vertical: 'top' };
    row.getCell(1).alignment = { vertical: 'top', horizontal: 'center' };
    for (const column of wrapped) row.getCell(column).alignment = { vertical: 'top', wrapText: true };
  });
}

function attendanceSheet(book: ExcelJS.Workbook, data: ExportData): void {
  const sheet = book.addWorksheet(ATTENDANCE_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`${data.cellName} – điểm danh ${data.label}`]).font = { name: FONT, bold: true, size: 13 };
  styleHeader(sheet.addRow([...ATTENDANCE_HEADERS]));
  data.attendance.forEach((r, i) =>
    sheet.addRow([i + 1, r.period, r.date, r.name, r.status, r.group, r.presence, r.venue, r.reason]),
  );
  sizeColumns(sheet, ATTENDANCE_WIDTHS, ATTENDANCE_WRAPPED, 3);
  printSetup(sheet, 2);
}

function motionSheet(book: ExcelJS.Workbook, motion: MotionSheet, name: string): void {
  const sheet = book.addWorksheet(name);
  sheet.addRow([motion.title]).font = { name: FONT, bold: true, size: 13 };
  for (const line of [...motion.resultLines, `Số đảng viên chính thức được tính: ${motion.denominator}`])
    sheet.addRow([line]).font = { name: FONT, size: 11 };
  const header = sheet.addRow([...MOTION_HEADERS]);
  styleHeader(header);
  motion.rows.forEach((r, i) => sheet.addRow([i + 1, r.name, r.status, r.ballot, r.comment]));
  sizeColumns(sheet, MOTION_WIDTHS, MOTION_WRAPPED, header.number + 1);
  printSetup(sheet, header.number);
}

/** The workbook as a buffer. */
export async function buildAttendanceXlsx(data: ExportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'chibo-bot';
  attendanceSheet(book, data);
  const names = motionSheetNames(data.motions, [ATTENDANCE_SHEET]);
  data.motions.forEach((motion, i) => motionSheet(book, motion, names[i] ?? `BQ${i + 1}`));
  const written = await book.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}
