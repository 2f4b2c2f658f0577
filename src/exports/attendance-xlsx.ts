/**
 * Attendance and votes of a month or a year as an .xlsx workbook for the upper
 * committee: one row per member per meeting on "Điểm danh", then one sheet per
 * motion with each member's ballot (probationary opinions noted apart).
 */
import ExcelJS from 'exceljs';
import type { ExportData, MotionSheet } from './export-data';

export const ATTENDANCE_SHEET = 'Điểm danh';
export const ATTENDANCE_HEADERS = ['STT', 'Kỳ sinh hoạt', 'Ngày', 'Họ và tên', 'Đối tượng', 'Tổ đảng', 'Tình hình tham dự', 'Điểm cầu', 'Lý do vắng'] as const;
export const MOTION_HEADERS = ['STT', 'Họ và tên', 'Đối tượng', 'Biểu quyết', 'Ý kiến'] as const;

function styleHeader(row: ExcelJS.Row): void {
  row.font = { bold: true };
  row.alignment = { vertical: 'middle', wrapText: true };
}

function attendanceSheet(book: ExcelJS.Workbook, data: ExportData): void {
  const sheet = book.addWorksheet(ATTENDANCE_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
  sheet.addRow([`${data.cellName} – điểm danh ${data.label}`]).font = { bold: true, size: 13 };
  styleHeader(sheet.addRow([...ATTENDANCE_HEADERS]));
  data.attendance.forEach((r, i) => sheet.addRow([i + 1, r.period, r.date, r.name, r.status, r.group, r.presence, r.venue, r.reason]));
  sheet.columns.forEach((column, i) => {
    column.width = [6, 16, 12, 28, 18, 10, 22, 30, 40][i] ?? 15;
  });
}

/** Sheet names: at most 31 characters, none of []:*?/\, unique in the book. */
function sheetName(motion: MotionSheet, index: number): string {
  const base = `BQ${index + 1} ${motion.period} ${motion.title}`.replace(/[[\]:*?/\\]/g, ' ');
  return base.slice(0, 31).trim();
}

function motionSheet(book: ExcelJS.Workbook, motion: MotionSheet, index: number): void {
  const sheet = book.addWorksheet(sheetName(motion, index));
  sheet.addRow([motion.title]).font = { bold: true, size: 13 };
  for (const line of motion.resultLines) sheet.addRow([line]);
  sheet.addRow([`Số đảng viên chính thức được tính: ${motion.denominator}`]);
  styleHeader(sheet.addRow([...MOTION_HEADERS]));
  motion.rows.forEach((r, i) => sheet.addRow([i + 1, r.name, r.status, r.ballot, r.comment]));
  sheet.columns.forEach((column, i) => {
    column.width = [6, 28, 18, 26, 50][i] ?? 15;
  });
}

/** The workbook as a buffer. */
export async function buildAttendanceXlsx(data: ExportData): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = 'chibo-bot';
  attendanceSheet(book, data);
  data.motions.forEach((motion, i) => motionSheet(book, motion, i));
  const written = await book.xlsx.writeBuffer();
  return Buffer.from(written as ArrayBuffer);
}
