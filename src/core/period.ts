/**
 * Meeting periods ("2025-09"): the month a meeting belongs to, as stored,
 * shown and typed by members.
 */
import { DomainError } from './errors';
import { normalizeText } from './text';
import { localParts } from './zoned-time';
import type { Locale } from './types';

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
  if (!match || month < 1 || month > 12) throw new DomainError('input.invalid', `period ${period}`);
  if (locale === 'en') {
    return `${ENGLISH_MONTHS[month - 1] ?? ''} ${match[1]}`;
  }
  return `tháng ${month}/${match[1]}`;
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
