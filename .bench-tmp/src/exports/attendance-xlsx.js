"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.MOTION_HEADERS = exports.ATTENDANCE_HEADERS = exports.ATTENDANCE_SHEET = void 0;
exports.buildAttendanceXlsx = buildAttendanceXlsx;
/**
 * Attendance and votes of a month or a year as an .xlsx workbook for the upper
 * committee: one row per member per meeting on "Điểm danh", then one sheet per
 * motion with each member's ballot (probationary opinions noted apart).
 */
const exceljs_1 = __importDefault(require("exceljs"));
exports.ATTENDANCE_SHEET = 'Điểm danh';
exports.ATTENDANCE_HEADERS = ['STT', 'Kỳ sinh hoạt', 'Ngày', 'Họ và tên', 'Đối tượng', 'Tổ đảng', 'Tình hình tham dự', 'Điểm cầu', 'Lý do vắng'];
exports.MOTION_HEADERS = ['STT', 'Họ và tên', 'Đối tượng', 'Biểu quyết', 'Ý kiến'];
function styleHeader(row) {
    row.font = { bold: true };
    row.alignment = { vertical: 'middle', wrapText: true };
}
function attendanceSheet(book, data) {
    const sheet = book.addWorksheet(exports.ATTENDANCE_SHEET, { views: [{ state: 'frozen', ySplit: 2 }] });
    sheet.addRow([`${data.cellName} – điểm danh ${data.label}`]).font = { bold: true, size: 13 };
    styleHeader(sheet.addRow([...exports.ATTENDANCE_HEADERS]));
    data.attendance.forEach((r, i) => sheet.addRow([i + 1, r.period, r.date, r.name, r.status, r.group, r.presence, r.venue, r.reason]));
    sheet.columns.forEach((column, i) => {
        column.width = [6, 16, 12, 28, 18, 10, 22, 30, 40][i] ?? 15;
    });
}
/** Sheet names: at most 31 characters, none of []:*?/\, unique in the book. */
function sheetName(motion, index) {
    const base = `BQ${index + 1} ${motion.period} ${motion.title}`.replace(/[[\]:*?/\\]/g, ' ');
    return base.slice(0, 31).trim();
}
function motionSheet(book, motion, index) {
    const sheet = book.addWorksheet(sheetName(motion, index));
    sheet.addRow([motion.title]).font = { bold: true, size: 13 };
    for (const line of motion.resultLines)
        sheet.addRow([line]);
    sheet.addRow([`Số đảng viên chính thức được tính: ${motion.denominator}`]);
    styleHeader(sheet.addRow([...exports.MOTION_HEADERS]));
    motion.rows.forEach((r, i) => sheet.addRow([i + 1, r.name, r.status, r.ballot, r.comment]));
    sheet.columns.forEach((column, i) => {
        column.width = [6, 28, 18, 26, 50][i] ?? 15;
    });
}
/** The workbook as a buffer. */
async function buildAttendanceXlsx(data) {
    const book = new exceljs_1.default.Workbook();
    book.creator = 'chibo-bot';
    attendanceSheet(book, data);
    data.motions.forEach((motion, i) => motionSheet(book, motion, i));
    const written = await book.xlsx.writeBuffer();
    return Buffer.from(written);
}
//# sourceMappingURL=attendance-xlsx.js.map