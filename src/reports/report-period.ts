/** The period of a committee report: "2026-11" (month), "2026-Q4" (quarter) or "2026" (year). */
import { DomainError } from '../core/errors';
import { periodLabel } from '../core/period';
import type { Locale } from '../core/types';
import type { ReportPeriod } from './committee-report-types';
import { say } from '../core/wording/say';
import { PERIOD_WORDING } from '../core/wording/periods';

const ROMAN = ['I', 'II', 'III', 'IV'] as const;

const month = (year: number, m: number): string => `${year}-${String(m).padStart(2, '0')}`;

/** "2026-11" → "2026-Q4". */
export function quarterOf(period: string): string {
  return `${period.slice(0, 4)}-Q${Math.ceil(Number(period.slice(5, 7)) / 3)}`;
}

function build(
  kind: ReportPeriod['kind'],
  key: string,
  year: number,
  first: number,
  last: number,
  label: string,
): ReportPeriod {
  const months = Array.from({ length: last - first + 1 }, (_, i) => month(year, first + i));
  return {
    kind,
    key,
    fromMonth: months[0] ?? month(year, first),
    toMonth: months[months.length - 1] ?? month(year, last),
    months,
    label,
  };
}

/** Reads a period key; anything else is input.invalid. */
export function parseReportPeriod(key: string, locale: Locale): ReportPeriod {
  const text = key.trim();
  const y = /^(\d{4})$/.exec(text);
  if (y) return build('year', text, Number(y[1]), 1, 12, say(locale, PERIOD_WORDING.year, { year: text }));
  const q = /^(\d{4})-Q([1-4])$/i.exec(text);
  if (q) {
    const year = Number(q[1]);
    const n = Number(q[2]);
    const label = say(locale, PERIOD_WORDING.quarter, { q: n, roman: ROMAN[n - 1] ?? String(n), year });
    return build('quarter', `${year}-Q${n}`, year, 3 * n - 2, 3 * n, label);
  }
  const m = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(text);
  if (m) return build('month', text, Number(m[1]), Number(m[2]), Number(m[2]), periodLabel(text, locale));
  throw new DomainError('input.invalid', `period ${key} (2026-11, 2026-Q4, 2026)`);
}
