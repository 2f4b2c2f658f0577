/**
 * From rows of text to validated roster rows: pure, no I/O, so every rule is
 * unit-tested without a database. Every problem names its line.
 */
import { z } from 'zod';
import { matchRoleStrict, matchStatusStrict } from '../../core/statuses';
import { normalizeText } from '../../core/text';
import type { MemberRole, MemberStatus } from '../../core/types';
import { FIELD_NAMES, readHeader, ROSTER_FIELDS, type ColumnMap, type RosterField } from './columns';
import type { RosterIssue, RosterSource, RosterWarning } from './issues';
import type { RawRow, RawTable } from './read-table';

/** One member as the file describes them. */
export interface RosterRow {
  readonly line: number;
  readonly fullName: string;
  readonly status: MemberStatus;
  readonly role: MemberRole;
  readonly partyGroup: string | null;
  readonly phone: string | null;
  readonly email: string | null;
  readonly joinedAt: Date | null;
  readonly officialAt: Date | null;
}

export interface RosterParseResult {
  readonly source: RosterSource;
  /** The fields the file has columns for: an import leaves the others untouched on existing members. */
  readonly fields: readonly RosterField[];
  /** Rows that passed validation (all of them when `issues` is empty). */
  readonly rows: readonly RosterRow[];
  /** Errors: any one of them means nothing is imported. */
  readonly issues: readonly RosterIssue[];
  readonly warnings: readonly RosterWarning[];
}

/** Validates a table read from a CSV or XLSX file. */
export function validateRosterTable(table: RawTable): RosterParseResult {
  const empty = { source: table.source, fields: [], rows: [], warnings: [] };
  if (table.issues.length > 0) return { ...empty, issues: table.issues };
  if (table.rows.length === 0) return { ...empty, issues: [{ line: 1, code: 'file.empty' }] };
  const header = readHeader(
    table.rows.map((row) => row.cells),
    table.rows.map((row) => row.line),
  );
  const fields = ROSTER_FIELDS.filter((field) => header.columns[field] !== undefined);
  if (header.issues.length > 0) return { ...empty, fields, issues: header.issues, warnings: header.warnings };
  const dataRows = table.rows.slice(header.headerIndex + 1);
  if (dataRows.length === 0) {
    const line = table.rows[header.headerIndex]?.line ?? 1;
    return { ...empty, fields, issues: [{ line, code: 'file.empty' }], warnings: header.warnings };
  }
  const rows: RosterRow[] = [];
  const issues: RosterIssue[] = [];
  for (const raw of dataRows) {
    const result = validateRow(raw, header.columns);
    if ('row' in result) rows.push(result.row);
    else issues.push(...result.issues);
  }
  issues.push(...crossRowIssues(rows));
  issues.sort((a, b) => a.line - b.line);
  const badLines = new Set(issues.map((issue) => issue.line));
  return {
    source: table.source,
    fields,
    rows: rows.filter((r) => !badLines.has(r.line)),
    issues,
    warnings: header.warnings,
  };
}

type RowResult = { readonly row: RosterRow } | { readonly issues: readonly RosterIssue[] };

function validateRow(raw: RawRow, columns: ColumnMap): RowResult {
  const line = raw.line;
  const cell = (field: RosterField): string => {
    const index = columns[field];
    // NFC: files saved on macOS may carry decomposed accents; store one spelling.
    return index === undefined ? '' : (raw.cells[index] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
  };
  const issues: RosterIssue[] = [];
  const fullName = cell('fullName');
  if (fullName === '') issues.push({ line, code: 'row.missing_name' });
  const status = readStatus(cell('status'), line, issues);
  const role = readRole(cell('role'), line, issues);
  const email = readEmail(cell('email'), line, issues);
  const phone = readPhone(cell('phone'), line, issues);
  const joinedAt = readDate(cell('joinedAt'), 'joinedAt', line, issues);
  const officialAt = readDate(cell('officialAt'), 'officialAt', line, issues);
  if (joinedAt && officialAt && officialAt < joinedAt) issues.push({ line, code: 'row.official_before_joined' });
  if (issues.length > 0 || status === null) return { issues };
  const partyGroup = cell('partyGroup') || null;
  return { row: { line, fullName, status, role, partyGroup, phone, email, joinedAt, officialAt } };
}

function readStatus(text: string, line: number, issues: RosterIssue[]): MemberStatus | null {
  if (text === '') {
    issues.push({ line, code: 'row.missing_status' });
    return null;
  }
  // Strict: "Chính thưc" (a wrong tone mark) is refused with its suggestion, never read as official.
  const match = matchStatusStrict(text);
  if (match.kind === 'match') return match.value;
  issues.push({
    line,
    code: 'row.unknown_status',
    value: text,
    ...(match.kind === 'misspelled' ? { suggestion: match.suggestion } : {}),
  });
  return null;
}

function readRole(text: string, line: number, issues: RosterIssue[]): MemberRole {
  if (text === '') return 'member';
  const match = matchRoleStrict(text);
  if (match.kind === 'match') return match.value;
  issues.push({
    line,
    code: 'row.unknown_role',
    value: text,
    ...(match.kind === 'misspelled' ? { suggestion: match.suggestion } : {}),
  });
  return 'member';
}

const emailSchema = z.email();

function readEmail(text: string, line: number, issues: RosterIssue[]): string | null {
  if (text === '') return null;
  // Addresses are matched case-insensitively (re-import, chat sign-in), so keep one case.
  const email = text.toLowerCase();
  if (!emailSchema.safeParse(email).success) {
    issues.push({ line, code: 'row.bad_email', value: text });
    return null;
  }
  return email;
}

function readPhone(text: string, line: number, issues: RosterIssue[]): string | null {
  if (text === '') return null;
  const digits = text.replace(/[\s.\-()]/g, '');
  if (!/^\+?\d{8,15}$/.test(digits)) {
    issues.push({ line, code: 'row.bad_phone', value: text });
    return null;
  }
  // A numeric Excel cell drops the leading 0 of a Vietnamese mobile number (0912… → 912…).
  return /^[1-9]\d{8}$/.test(digits) ? `0${digits}` : digits;
}

/** dd/mm/yyyy (also with "-" or "."), or ISO yyyy-mm-dd; the date at UTC midnight. */
export function parseRosterDate(text: string): Date | null {
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
  const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
  if (!parts) return null;
  const [year, month, day] = parts.map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return valid ? date : null;
}

function readDate(text: string, field: 'joinedAt' | 'officialAt', line: number, issues: RosterIssue[]): Date | null {
  if (text === '') return null;
  const date = parseRosterDate(text);
  if (date === null) issues.push({ line, code: 'row.bad_date', field: FIELD_NAMES[field], value: text });
  return date;
}

/** The key a member is matched by when the row has no email. */
export function nameKey(fullName: string): string {
  return normalizeText(fullName);
}

function crossRowIssues(rows: readonly RosterRow[]): RosterIssue[] {
  const issues: RosterIssue[] = [];
  const byEmail = new Map<string, RosterRow>();
  const byName = new Map<string, RosterRow>();
  let secretary: RosterRow | null = null;
  for (const row of rows) {
    const sameEmail = row.email === null ? undefined : byEmail.get(row.email);
    const sameName = byName.get(nameKey(row.fullName));
    if (sameEmail) {
      issues.push({ line: row.line, code: 'row.duplicate', otherLine: sameEmail.line, value: row.email ?? '' });
    } else if (sameName && (row.email === null || sameName.email === null)) {
      // Two rows with one name are told apart only when both carry an email.
      issues.push({ line: row.line, code: 'row.duplicate', otherLine: sameName.line, value: row.fullName });
    }
    if (row.email !== null && !byEmail.has(row.email)) byEmail.set(row.email, row);
    if (!sameName) byName.set(nameKey(row.fullName), row);
    if (row.role === 'secretary' && secretary) {
      issues.push({
        line: row.line,
        code: 'row.second_secretary',
        otherName: secretary.fullName,
        otherLine: secretary.line,
      });
    } else if (row.role === 'secretary') {
      secretary = row;
    }
  }
  return issues;
}
