/**
 * What can be wrong with a roster file, as data (so tests assert codes and
 * lines) and as the sentence a secretary reads in Vietnamese or English.
 */
import type { Locale } from '../../core/types';
import { say } from '../../core/wording/say';
import { ROSTER_IMPORT_WORDING as W } from '../../core/wording/figures';

/** Where rows come from: file lines for CSV, sheet rows for XLSX (what the secretary sees in Excel). */
export type RosterSource = 'csv' | 'xlsx';

export type RosterIssue =
  | { readonly line: number; readonly code: 'file.empty' }
  | { readonly line: number; readonly code: 'file.unreadable'; readonly value: string }
  | { readonly line: number; readonly code: 'header.missing_column'; readonly field: string }
  | { readonly line: number; readonly code: 'header.duplicate_column'; readonly field: string; readonly value: string }
  | {
      readonly line: number;
      readonly code: 'header.misspelled_column';
      readonly value: string;
      readonly suggestion: string;
    }
  | { readonly line: number; readonly code: 'row.missing_name' }
  | { readonly line: number; readonly code: 'row.missing_status' }
  // suggestion: the spelling meant, when the value is a known one with wrong diacritics or a near one.
  | { readonly line: number; readonly code: 'row.unknown_status'; readonly value: string; readonly suggestion?: string }
  | { readonly line: number; readonly code: 'row.unknown_role'; readonly value: string; readonly suggestion?: string }
  | { readonly line: number; readonly code: 'row.bad_email'; readonly value: string }
  | { readonly line: number; readonly code: 'row.bad_phone'; readonly value: string }
  | { readonly line: number; readonly code: 'row.bad_date'; readonly field: string; readonly value: string }
  | { readonly line: number; readonly code: 'row.official_before_joined' }
  | { readonly line: number; readonly code: 'row.duplicate'; readonly otherLine: number; readonly value: string }
  | {
      readonly line: number;
      readonly code: 'row.second_secretary';
      readonly otherName: string;
      readonly otherLine: number | null;
    }
  | { readonly line: number; readonly code: 'row.ambiguous_match'; readonly value: string; readonly count: number };

export type RosterIssueCode = RosterIssue['code'];

/** Something the secretary should know that does not stop the import. */
export type RosterWarning =
  | { readonly line: number; readonly code: 'header.unknown_column'; readonly value: string }
  | { readonly line: number; readonly code: 'header.skipped_rows'; readonly count: number };

/** "Dòng 7: trạng thái không hợp lệ "xyz"" / "Line 7: unknown status "xyz"". */
export function formatIssue(issue: RosterIssue, source: RosterSource, locale: Locale): string {
  return `${where(issue.line, source, locale)}: ${describeIssue(issue, locale)}`;
}

/** "Dòng 1: cột không xác định "Ghi chú" (bỏ qua)" / "Line 1: unknown column "Notes" (ignored)". */
export function formatWarning(warning: RosterWarning, source: RosterSource, locale: Locale): string {
  const text =
    warning.code === 'header.unknown_column'
      ? say(locale, W.unknownColumn, { value: warning.value })
      : say(locale, W.skippedBeforeHeader, { count: warning.count });
  return `${where(warning.line, source, locale)}: ${text}`;
}

function where(line: number, source: RosterSource, locale: Locale): string {
  return say(locale, source === 'xlsx' ? W.row : W.line, { line });
}

function describeIssue(issue: RosterIssue, locale: Locale): string {
  const [vi, en] = wording(issue);
  return say(locale, { vi, en });
}

function wording(issue: RosterIssue): readonly [string, string] {
  switch (issue.code) {
    case 'file.empty':
      return ['tệp không có dữ liệu', 'the file has no data'];
    case 'file.unreadable':
      return [`không đọc được tệp (${issue.value})`, `cannot read the file (${issue.value})`];
    case 'header.missing_column':
      return [`không tìm thấy cột "${issue.field}"`, `no "${issue.field}" column`];
    case 'header.duplicate_column':
      return [`cột "${issue.value}" lặp lại (${issue.field})`, `column "${issue.value}" repeats (${issue.field})`];
    case 'row.missing_name':
      return ['thiếu họ và tên', 'missing full name'];
    case 'row.missing_status':
      return ['thiếu trạng thái đảng viên', 'missing status'];
    case 'header.misspelled_column':
      return [
        `tên cột "${issue.value}" không rõ${meant(issue.suggestion, 'vi')}`,
        `column name "${issue.value}" is not clear${meant(issue.suggestion, 'en')}`,
      ];
    case 'row.unknown_status':
      return [
        `trạng thái không hợp lệ "${issue.value}"${meant(issue.suggestion, 'vi')}`,
        `unknown status "${issue.value}"${meant(issue.suggestion, 'en')}`,
      ];
    case 'row.unknown_role':
      return [
        `chức vụ không hợp lệ "${issue.value}"${meant(issue.suggestion, 'vi')}`,
        `unknown role "${issue.value}"${meant(issue.suggestion, 'en')}`,
      ];
    case 'row.bad_email':
      return [`email không hợp lệ "${issue.value}"`, `bad email "${issue.value}"`];
    case 'row.bad_phone':
      return [`số điện thoại không hợp lệ "${issue.value}"`, `bad phone number "${issue.value}"`];
    case 'row.bad_date':
      return [
        `ngày không hợp lệ "${issue.value}" (${issue.field}; dùng dd/mm/yyyy hoặc yyyy-mm-dd)`,
        `bad date "${issue.value}" (${issue.field}; use dd/mm/yyyy or yyyy-mm-dd)`,
      ];
    case 'row.official_before_joined':
      return ['ngày chính thức trước ngày vào Đảng', 'official date is before the joined date'];
    case 'row.duplicate':
      return [
        `trùng với dòng ${issue.otherLine} (${issue.value})`,
        `duplicate of line ${issue.otherLine} (${issue.value})`,
      ];
    case 'row.second_secretary':
      return secondSecretary(issue.otherName, issue.otherLine);
    case 'row.ambiguous_match':
      return [
        `chi bộ có ${issue.count} đồng chí cùng tên "${issue.value}"; đề nghị ghi email để phân biệt`,
        `the cell has ${issue.count} members named "${issue.value}"; add an email to tell them apart`,
      ];
  }
}

/** ' – có phải "Chính thức"?' / ' – did you mean "Chính thức"?'; nothing without a suggestion. */
function meant(suggestion: string | undefined, locale: Locale): string {
  if (suggestion === undefined) return '';
  return say(locale, W.didYouMean, { suggestion });
}

function secondSecretary(otherName: string, otherLine: number | null): readonly [string, string] {
  const whereVi = otherLine === null ? 'trong danh sách hiện có' : `ở dòng ${otherLine}`;
  const whereEn = otherLine === null ? 'on the current roster' : `on line ${otherLine}`;
  return [
    `chi bộ chỉ có một Bí thư; đã có đồng chí ${otherName} ${whereVi}`,
    `a cell has at most one secretary; ${otherName} already is (${whereEn})`,
  ];
}
