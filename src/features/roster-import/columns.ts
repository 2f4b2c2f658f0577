/**
 * Recognising the header row of a roster: Vietnamese with or without
 * diacritics, or English. Rosters often start with a title block ("DANH SÁCH
 * ĐẢNG VIÊN …"), so the header is the first row that names a name column.
 */
import { matchSpelling, type Spelling, type SpellingMatch } from '../../core/spelling';
import type { RosterIssue, RosterWarning } from './issues';

export const ROSTER_FIELDS = [
  'fullName',
  'status',
  'partyGroup',
  'role',
  'phone',
  'email',
  'joinedAt',
  'officialAt',
] as const;
export type RosterField = (typeof ROSTER_FIELDS)[number];

// Header spellings as cells write them; matched strictly (core/spelling): exactly, or without any diacritics.
const ALIASES: Readonly<Record<RosterField, readonly string[]>> = {
  fullName: ['họ và tên', 'họ tên', 'họ và tên đảng viên', 'tên đảng viên', 'full name', 'fullname', 'name'],
  status: ['trạng thái', 'tình trạng', 'loại đảng viên', 'status'],
  partyGroup: ['tổ đảng', 'tổ', 'party group', 'group'],
  role: ['chức vụ', 'vai trò', 'chức vụ đảng', 'chức vụ trong chi bộ', 'role', 'position'],
  phone: ['điện thoại', 'số điện thoại', 'SĐT', 'ĐT', 'số ĐT', 'phone', 'phone number', 'mobile'],
  email: ['email', 'e-mail', 'thư điện tử', 'địa chỉ email', 'mail'],
  joinedAt: ['ngày vào Đảng', 'ngày kết nạp', 'joined', 'joined date', 'joined at', 'date joined'],
  officialAt: [
    'ngày chính thức',
    'ngày công nhận chính thức',
    'ngày vào Đảng chính thức',
    'official date',
    'official at',
    'date official',
  ],
};

/** Ordinal columns every Vietnamese list has ("STT"): known, so not reported as unknown. */
const IGNORED = ['STT', 'TT', 'số thứ tự', 'no', '#', 'order'];

const HEADER_SPELLINGS: readonly Spelling<RosterField | 'ignored'>[] = [
  ...ROSTER_FIELDS.flatMap((field) => ALIASES[field].map((written) => ({ value: field, written }))),
  ...IGNORED.map((written) => ({ value: 'ignored' as const, written })),
];

/** How many leading rows may be a title block before we give up looking for the header. */
const HEADER_SEARCH_ROWS = 10;

/** Which column (0-based) holds each field the file has. */
export type ColumnMap = Readonly<Partial<Record<RosterField, number>>>;

export interface HeaderResult {
  /** Index of the header among the table's rows. */
  readonly headerIndex: number;
  readonly columns: ColumnMap;
  readonly issues: readonly RosterIssue[];
  readonly warnings: readonly RosterWarning[];
}

/** The column's name in messages (Vietnamese: the file's language). */
export const FIELD_NAMES: Readonly<Record<RosterField, string>> = {
  fullName: 'họ và tên',
  status: 'trạng thái',
  partyGroup: 'tổ đảng',
  role: 'chức vụ',
  phone: 'điện thoại',
  email: 'email',
  joinedAt: 'ngày vào Đảng',
  officialAt: 'ngày chính thức',
};

/** A header cell without its "(*)" marks and punctuation, which do not matter. */
function cleanHeader(text: string): string {
  return text.replace(/\(.*?\)/g, ' ').replace(/[^\p{L}\p{M}\p{N}#]+/gu, ' ');
}

/** The field a header cell names ('ignored' for ordinal columns), a suggestion when its diacritics are wrong, or unknown. */
export function matchHeader(text: string): SpellingMatch<RosterField | 'ignored'> {
  return matchSpelling(text, HEADER_SPELLINGS, cleanHeader);
}

/** The field a header cell names, 'ignored' for ordinal columns, null if unknown or misspelled. */
export function fieldOfHeader(text: string): RosterField | 'ignored' | null {
  const match = matchHeader(text);
  return match.kind === 'match' ? match.value : null;
}

function isMisspelledName(cell: string): boolean {
  const match = matchHeader(cell);
  return match.kind === 'misspelled' && match.accented && fieldOfHeader(match.suggestion) === 'fullName';
}

/** Finds the header row among the first rows and maps its columns; `lines` gives each row's line. */
export function readHeader(rows: readonly (readonly string[])[], lines: readonly number[]): HeaderResult {
  const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
  for (let index = 0; index < limit; index += 1) {
    const cells = rows[index] ?? [];
    // A misspelled name column still marks the header row, so its misspelling is reported there.
    if (cells.some((cell) => fieldOfHeader(cell) === 'fullName' || isMisspelledName(cell))) {
      return mapColumns(cells, index, lines[index] ?? index + 1);
    }
  }
  const line = lines[0] ?? 1;
  return {
    headerIndex: 0,
    columns: {},
    issues: [{ line, code: 'header.missing_column', field: FIELD_NAMES.fullName }],
    warnings: [],
  };
}

function mapColumns(cells: readonly string[], headerIndex: number, line: number): HeaderResult {
  const columns: Partial<Record<RosterField, number>> = {};
  const issues: RosterIssue[] = [];
  const warnings: RosterWarning[] = [];
  cells.forEach((cell, column) => {
    if (cell.trim() === '') return;
    const match = matchHeader(cell);
    // Diacritics that spell no column are refused; a plain unknown word is a column we do not read.
    if (match.kind === 'misspelled' && match.accented) {
      issues.push({ line, code: 'header.misspelled_column', value: cell.trim(), suggestion: match.suggestion });
    } else if (match.kind !== 'match') {
      warnings.push({ line, code: 'header.unknown_column', value: cell.trim() });
    } else if (match.value === 'ignored') {
      return;
    } else if (columns[match.value] !== undefined) {
      issues.push({ line, code: 'header.duplicate_column', field: FIELD_NAMES[match.value], value: cell.trim() });
    } else {
      columns[match.value] = column;
    }
  });
  // A misspelled column is reported as such, not again as missing.
  if (columns.status === undefined && issues.every((i) => i.code !== 'header.misspelled_column'))
    issues.push({ line, code: 'header.missing_column', field: FIELD_NAMES.status });
  if (headerIndex > 0) warnings.unshift({ line, code: 'header.skipped_rows', count: headerIndex });
  return { headerIndex, columns, issues, warnings };
}
