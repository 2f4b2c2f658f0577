"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.readCsvTable = readCsvTable;
exports.detectDelimiter = detectDelimiter;
exports.readXlsxTable = readXlsxTable;
exports.cellText = cellText;
/**
 * Reading a roster file into rows of text cells, each with the line the
 * secretary sees: the file line for CSV, the sheet row for XLSX.
 */
const node_buffer_1 = require("node:buffer");
const sync_1 = require("csv-parse/sync");
const exceljs_1 = __importDefault(require("exceljs"));
/** Reads CSV: UTF-8 with or without BOM (UTF-16 with BOM too, as Excel saves "Unicode text"), comma or semicolon. */
function readCsvTable(content) {
    const decoded = typeof content === 'string' ? content : decode(content);
    if (decoded === null) {
        return { source: 'csv', rows: [], issues: [{ line: 1, code: 'file.unreadable', value: 'not UTF-8 text' }] };
    }
    // One line ending everywhere so counting "\n" gives file lines (csv-parse miscounts CRLF inside quotes).
    const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
    return parseCsvText(text, detectDelimiter(text));
}
function decode(content) {
    if (content[0] === 0xff && content[1] === 0xfe)
        return content.subarray(2).toString('utf16le');
    // Legacy encodings (TCVN3, Windows-1258) are refused rather than imported as mojibake.
    return (0, node_buffer_1.isUtf8)(content) ? content.toString('utf8') : null;
}
/**
 * The separator used most in the first lines, outside quotes: Vietnamese Excel saves ";" lists.
 * Several lines, because a title line ("DANH SÁCH ĐẢNG VIÊN") may come before the header.
 */
function detectDelimiter(text) {
    const lines = text
        .split('\n')
        .filter((line) => line.trim() !== '')
        .slice(0, 10)
        .map((line) => line.replace(/"[^"]*"/g, ''));
    const counts = [',', ';', '\t'].map((d) => ({ d, n: lines.reduce((sum, line) => sum + line.split(d).length - 1, 0) }));
    const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
    return best.n > 0 ? best.d : ',';
}
function parseCsvText(text, delimiter) {
    let records;
    try {
        records = (0, sync_1.parse)(text, { delimiter, raw: true, relax_column_count: true, skip_empty_lines: false, trim: true });
    }
    catch (error) {
        // csv-parse reports broken quoting with the line it reached; keep that line for the secretary.
        const line = typeof error.lines === 'number' ? error.lines : 1;
        const message = error instanceof Error ? error.message : String(error);
        return { source: 'csv', rows: [], issues: [{ line, code: 'file.unreadable', value: message }] };
    }
    const rows = [];
    let line = 1;
    // csv-parse's typings ignore `raw: true`, hence the check of each record's shape.
    for (const { record, raw } of records.filter(isCsvRecord)) {
        rows.push({ line, cells: record });
        line += raw.split('\n').length - 1;
    }
    return { source: 'csv', rows: rows.filter((row) => !isBlank(row.cells)), issues: [] };
}
function isCsvRecord(value) {
    if (typeof value !== 'object' || value === null)
        return false;
    const candidate = value;
    return Array.isArray(candidate.record) && typeof candidate.raw === 'string';
}
function isBlank(cells) {
    return cells.every((cell) => cell.trim() === '');
}
/** Reads the first sheet of an XLSX workbook. */
async function readXlsxTable(content) {
    const workbook = new exceljs_1.default.Workbook();
    try {
        await workbook.xlsx.load(content);
    }
    catch (error) {
        // exceljs throws on anything that is not a zip/workbook: tell the user, do not crash.
        const message = error instanceof Error ? error.message : String(error);
        return { source: 'xlsx', rows: [], issues: [{ line: 1, code: 'file.unreadable', value: message }] };
    }
    const sheet = workbook.worksheets[0];
    const rows = [];
    sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
        const cells = [];
        for (let column = 1; column <= row.cellCount; column += 1) {
            cells.push(cellText(row.getCell(column).value).trim());
        }
        if (!isBlank(cells))
            rows.push({ line: rowNumber, cells });
    });
    return { source: 'xlsx', rows, issues: [] };
}
/** A cell as the secretary reads it; dates become ISO dates (exceljs gives dates as UTC midnight). */
function cellText(value) {
    if (value === null || value === undefined)
        return '';
    if (value instanceof Date)
        return value.toISOString().slice(0, 10);
    if (typeof value !== 'object')
        return String(value);
    if ('richText' in value)
        return value.richText.map((part) => part.text).join('');
    if ('hyperlink' in value)
        return hyperlinkText(value);
    if ('error' in value)
        return '';
    return cellText(value.result ?? null);
}
function hyperlinkText(value) {
    // Rich text inside a link arrives as an object despite the typing; mailto: links carry the address.
    const text = value.text;
    if (typeof text === 'string' && text !== '')
        return text;
    if (typeof text === 'object' && text !== null && 'richText' in text) {
        return cellText(text);
    }
    return value.hyperlink.replace(/^mailto:/i, '');
}
//# sourceMappingURL=read-table.js.map