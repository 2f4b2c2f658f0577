/**
 * Meeting periods ("2025-09"): the month a meeting belongs to, as stored,
 * shown and typed by members.
 */
import { DomainError, localDetail } from './errors';
import { normalizeText } from './text';
import { localParts } from './zoned-time';
import type { Locale } from './types';
import { say } from './wording/say';
import { PERIOD_WORDING } from './wording/periods';
import { FORMAT_WORDING } from './wording/formats';

/** English month names, January first. */
export const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** The period ("2025-09") a moment falls in, read in `timeZone`. */
export function periodOf(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return toPeriod(p.year, p.month);
}

/** "2025-09" → "tháng 9/2025" / "September 2025"; throws input.invalid on anything else. */
export function periodLabel(period: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})$/.exec(period);
  const month = match ? Number(match[2]) : 0;
  if (!match || month < 1 || month > 12)
    throw new DomainError('input.invalid', localDetail(`kỳ ${period}`, `period ${period}`));
  return say(locale, FORMAT_WORDING.month, { month, monthName: ENGLISH_MONTHS[month - 1] ?? '', year: match[1] ?? '' });
}

/**
 * Reads a period as members type it: "9/2025", "09/2025", "2025-09", "tháng 9/2025",
 * "thang 9 nam 2025", "T9/2025", "September 2025", "Sep 2025". Null when it is not one.
 */
export function parsePeriod(text: string): string | null {
  const folded = normalizeText(text).replace(/[.,]$/, '');
  const iso = /^(\d{4})-(\d{1,2})$/.exec(folded);
  if (iso) return checked(Number(iso[1]), Number(iso[2]));
  const vi = /^(?:(?:thang|t)\s*)?(\d{1,2})\s*(?:\/|-|\s+nam\s+)\s*(\d{4})$/.exec(folded);
  if (vi) return checked(Number(vi[2]), Number(vi[1]));
  const en = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(folded);
  if (en?.[1] && en[1].length >= 3) {
    const index = ENGLISH_MONTHS.findIndex((m) => m.toLowerCase().startsWith(en[1] ?? ''));
    if (index >= 0) return checked(Number(en[2]), index + 1);
  }
  return null;
}

function checked(year: number, month: number): string | null {
  return month >= 1 && month <= 12 ? toPeriod(year, month) : null;
}

function toPeriod(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** What a target is set for: a year ("2024") or a month ("2024-01"). */
export type TargetScope = 'year' | 'month';

/** A period written at the head of a target line, and the text after it. */
export interface LeadingPeriod {
  readonly scope: TargetScope;
  /** "2024" or "2024-01" */
  readonly period: string;
  /** The text after the period and its colon, as typed. */
  readonly rest: string;
}

export interface LeadingPeriodOptions {
  /** Only this kind of period is accepted ("chỉ tiêu năm 1/2024" is neither). */
  readonly scope?: TargetScope;
  /** The period must be followed by a colon ("target 2024: …"), so a metric that starts with a number is not read as one. */
  readonly colon?: boolean;
}

// Read on the folded text (see foldKeepingOffsets); the period ends at a space, a colon or the end.
const END = String.raw`(?=$|[\s:：])`;
const YEAR = String.raw`((?:19|20)\d{2})`;
const MONTH_FORMS: readonly RegExp[] = [
  new RegExp(String.raw`^(?:(?:thang|t)\s*)?(\d{1,2})\s*[/.-]\s*${YEAR}${END}`),
  new RegExp(String.raw`^(?:thang\s+)?(\d{1,2})\s+nam\s+${YEAR}${END}`),
];
const ISO_MONTH = new RegExp(String.raw`^${YEAR}-(\d{2})${END}`);
const ENGLISH_MONTH = new RegExp(String.raw`^([a-z]{3,})\.?,?\s+${YEAR}${END}`);
const YEAR_FORM = new RegExp(String.raw`^(?:nam\s+)?${YEAR}${END}`);
const AFTER = /^\s*(?:[:：]|[–—-](?=\s))?\s*/u;

/**
 * Reads a period at the start of a target line: "2024: …", "năm 2024: …", "tháng 1/2024: …",
 * "thang 01/2024 …", "tháng 1 năm 2024: …", "2024-01: …", "January 2024: …", "for Jan 2024: …".
 * Null when the text does not start with one (or not with the kind asked for).
 */
export function readLeadingPeriod(text: string, options: LeadingPeriodOptions = {}): LeadingPeriod | null {
  const original = text.normalize('NFC').trimStart();
  const folded = foldKeepingOffsets(original);
  const lead = /^for\s+/.exec(folded)?.[0].length ?? 0;
  const found = matchPeriod(folded.slice(lead));
  if (!found || (options.scope && found.scope !== options.scope)) return null;
  const after = original.slice(lead + found.length);
  const separator = AFTER.exec(after)?.[0] ?? '';
  if (options.colon && !/[:：]/u.test(separator)) return null;
  return { scope: found.scope, period: found.period, rest: after.slice(separator.length).trim() };
}

function matchPeriod(folded: string): { scope: TargetScope; period: string; length: number } | null {
  const month = (year: string | undefined, value: number, length: number) => {
    const period = checked(Number(year), value);
    return period ? { scope: 'month' as const, period, length } : null;
  };
  for (const form of MONTH_FORMS) {
    const m = form.exec(folded);
    if (m) return month(m[2], Number(m[1]), m[0].length);
  }
  const iso = ISO_MONTH.exec(folded);
  if (iso) return month(iso[1], Number(iso[2]), iso[0].length);
  const en = ENGLISH_MONTH.exec(folded);
  const index = en ? ENGLISH_MONTHS.findIndex((name) => name.toLowerCase().startsWith(en[1] ?? '')) : -1;
  if (en && index >= 0) return month(en[2], index + 1, en[0].length);
  const year = YEAR_FORM.exec(folded);
  return year?.[1] ? { scope: 'year', period: year[1], length: year[0].length } : null;
}

/**
 * Whether the text starts with what was meant as a period but is not one ("1: …", "13/2024: …",
 * "tháng 1: …" with no year): such a line is refused rather than stored with "1: …" as the target's name.
 */
export function startsWithBadPeriod(text: string): boolean {
  if (readLeadingPeriod(text)) return false;
  return /^\s*(?:(?:thang|nam|t|for)\s*)?\d{1,4}(?:\s*[/.-]\s*\d{1,4})?\s*[:：]/u.test(
    foldKeepingOffsets(text.normalize('NFC')),
  );
}

/** Folds each character on its own (accents off, đ → d, lower case) so offsets in the folded text are offsets in the original. */
function foldKeepingOffsets(text: string): string {
  return [...text]
    .map((c) => {
      const folded = c.normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd').toLowerCase();
      return folded.length === c.length ? folded : c;
    })
    .join('');
}

/** The period a target of `scope` belongs to when none is named: the meeting's month, or its year. */
export function defaultTargetPeriod(scope: TargetScope, meetingPeriod: string): string {
  return scope === 'year' ? meetingPeriod.slice(0, 4) : meetingPeriod;
}

/** "năm 2024" / "tháng 1/2024"; "2024" / "January 2024". */
export function targetPeriodLabel(scope: TargetScope, period: string, locale: Locale): string {
  if (scope === 'month') return periodLabel(period, locale);
  return say(locale, PERIOD_WORDING.year, { year: period });
}
