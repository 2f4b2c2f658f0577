/**
 * A report's period as a committee member types it: a month ("tháng 11/2026",
 * "11/2026", "2026-11"), a quarter ("quý 4/2026", "quý IV/2026", "Q4 2026",
 * "2026-Q4") or a year ("năm 2026", "2026"). Returns the key the report takes
 * ("2026-11", "2026-Q4", "2026"), or null.
 */
import { parsePeriod } from './period';
import { normalizeText } from './text';

const ROMAN: Readonly<Record<string, number>> = { i: 1, ii: 2, iii: 3, iv: 4 };

export function parseReportPeriodText(text: string): string | null {
  const folded = normalizeText(text).replace(/[.,]$/, '').trim();
  const year = /^(?:nam\s+|year\s+)?(\d{4})$/.exec(folded);
  if (year) return year[1] ?? null;
  const iso = /^(\d{4})-q([1-4])$/.exec(folded);
  if (iso) return `${iso[1]}-Q${iso[2]}`;
  const quarter = /^(?:quy|q|quarter)\s*([1-4]|iv|iii|ii|i)\s*(?:\/|-|\s+nam\s+|\s+)\s*(\d{4})$/.exec(folded);
  if (quarter) {
    const n = ROMAN[quarter[1] ?? ''] ?? Number(quarter[1]);
    return `${quarter[2]}-Q${n}`;
  }
  return parsePeriod(text);
}
