/**
 * Reading a roster file into rows of text cells, each with the line the
 * secretary sees: the file line for CSV, the sheet row for XLSX.
 */
import { isUtf8 } from 'node:buffer';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { RosterIssue, RosterSource } from './issues';

export interface RawRow {
  readonly line: number;
  readonly cells: readonly string[];
}

export interface RawTable {
  readonly source: RosterSource;
  readonly rows: readonly RawRow[];
  /** Problems that stop reading altogether (not UTF-8, broken quoting, not a workbook). */
  readonly issues: readonly RosterIssue[];
}

/** Reads CSV: UTF-8 with or without BOM (UTF-16 with BOM too, as Excel saves "Unicode text"), comma or semicolon. */
export function readCsvTable(content: Buffer | string): RawTable {
  const decoded = typeof content === 'string' ? content : decode(content);
  if (decoded === null) {
    return { source: 'csv', rows: [], issues: [{ line: 1, code: 'file.unreadable', value: 'not UTF-8 text' }] };
  }
  // One line ending everywhere so counting "\n" gives file lines (csv-parse miscounts CRLF inside quotes).
  const text = decoded.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return parseCsvText(text, detectDelimiter(text));
}

function decode(content: Buffer): string | null {
  if (content[0] === 0xff && content[1] === 0xfe) return content.subarray(2).toString('utf16le');
  // Legacy encodings (TCVN3, Windows-1258) are refused rather than imported as mojibake.
  return isUtf8(content) ? content.toString('utf8') : null;
}

/**
 * The separator used most in the first lines, outside quotes: Vietnamese Excel saves ";" lists.
 * Several lines, because a title line ("DANH SÁCH ĐẢNG VIÊN") may come before the header.
 */
export function detectDelimiter(text: string): ',' | ';' | '\t' {
  const lines = text
    .split('\n')
    .filter((line) => line.trim() !== '')
    .slice(0, 10)
    .map((line) => line.replace(/"[^"]*"/g, ''));
  const counts = ([',', ';', '\t'] as const).map((d) => ({
    d,
    n: lines.reduce((sum, line) => sum + line.split(d).length - 1, 0),
  }));
  const best = counts.reduce((a, b) => (b.n > a.n ? b : a));
  return best.n > 0 ? best.d : ',';
}

interface CsvRecord {
  readonly record: string[];
  readonly raw: string;
}

function parseCsvText(text: string, delimiter: string): RawTable {
  let records: unknown[];
  try {
    records = parse(text, { delimiter, raw: true, relax_column_count: true, skip_empty_lines: false, trim: true });
  } catch (error) {
    // csv-parse reports broken quoting with the line it reached; keep that line for the secretary.
    const line = typeof (error as { lines?: unknown }).lines === 'number' ? (error as { lines: number }).lines : 1;
    const message = error instanceof Error ? error.message : String(error);
    return { source: 'csv', rows: [], issues: [{ line, code: 'file.unreadable', value: message }] };
  }
  const rows: RawRow[] = [];
  let line = 1;
  // csv-parse's typings ignore `raw: true`, hence the check of each record's shape.
  for (const { record, raw } of records.filter(isCsvRecord)) {
    rows.push({ line, cells: record });
    line += raw.split('\n').length - 1;
  }
  return { source: 'csv', rows: rows.filter((row) => !isBlank(row.cells)), issues: [] };
}

function isCsvRecord(value: unknown): value is CsvRecord {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Partial<Record<keyof CsvRecord, unknown>>;
  return Array.isArray(candidate.record) && typeof candidate.raw === 'string';
}

function isBlank(cells: readonly string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Reads the first sheet of an XLSX workbook. */
export async function readXlsxTable(content: Buffer): Promise<RawTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch (error) {
    // exceljs throws on anything that is not a zip/workbook: tell the user, do not crash.
    const message = error instanceof Error ? error.message : String(error);
    return { source: 'xlsx', rows: [], issues: [{ line: 1, code: 'file.unreadable', value: message }] };
  }
  const sheet = workbook.worksheets[0];
  const rows: RawRow[] = [];
  sheet?.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let column = 1; column <= row.cellCount; column += 1) {
      cells.push(cellText(row.getCell(column).value).trim());
    }
    if (!isBlank(cells)) rows.push({ line: rowNumber, cells });
  });
  return { source: 'xlsx', rows, issues: [] };
}

/** A cell as the secretary reads it; dates become ISO dates (exceljs gives dates as UTC midnight). */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('hyperlink' in value) return hyperlinkText(value);
  if ('error' in value) return '';
  return cellText(value.result ?? null);
}

function hyperlinkText(value: ExcelJS.CellHyperlinkValue): string {
  // Rich text inside a link arrives as an object despite the typing; mailto: links carry the address.
  const text: unknown = value.text;
  if (typeof text === 'string' && text !== '') return text;
  if (typeof text === 'object' && text !== null && 'richText' in text) {
    return cellText(text as ExcelJS.CellRichTextValue);
  }
  return value.hyperlink.replace(/^mailto:/i, '');
}
