/**
 * Entry point of the pure half of a roster import: bytes of a CSV or XLSX file
 * → validated rows, issues with their lines, and warnings.
 */
import { readCsvTable, readXlsxTable } from './read-table';
import { validateRosterTable, type RosterParseResult } from './validate-rows';

export type RosterFormat = 'csv' | 'xlsx';

/** The format a file name announces; null for anything else (old .xls included: save it as .xlsx). */
export function rosterFormatOf(fileName: string): RosterFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'txt' ? 'csv' : extension === 'xlsx' ? 'xlsx' : null;
}

/** Parses a CSV roster (UTF-8 with or without BOM, comma or semicolon separated). */
export function parseRosterCsv(content: Buffer | string): RosterParseResult {
  return validateRosterTable(readCsvTable(content));
}

/** Parses the first sheet of an XLSX roster. */
export async function parseRosterXlsx(content: Buffer): Promise<RosterParseResult> {
  return validateRosterTable(await readXlsxTable(content));
}

/** Parses a roster file of the given format. */
export async function parseRosterFile(content: Buffer, format: RosterFormat): Promise<RosterParseResult> {
  return format === 'xlsx' ? parseRosterXlsx(content) : parseRosterCsv(content);
}
