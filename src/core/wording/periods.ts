/** Periods in words: "năm 2026" / "2026", "quý IV/2026" / "Q4 2026". */
import type { WordingTable } from './say';

export const PERIOD_WORDING = {
  year: {
    vi: ({ year }: { year: string | number }) => `năm ${year}`,
    en: ({ year }: { year: string | number }) => `${year}`,
  },
  quarter: {
    vi: ({ roman, year }: { q: string | number; roman: string; year: string | number }) => `quý ${roman}/${year}`,
    en: ({ q, year }: { q: string | number; roman: string; year: string | number }) => `Q${q} ${year}`,
  },
  // A target's month as the summary lists it: "tháng 1/2025" / "2025-01".
  targetMonth: {
    vi: ({ month, year }: { key: string; month: number; year: string }) => `tháng ${month}/${year}`,
    en: ({ key }: { key: string; month: number; year: string }) => key,
  },
} as const satisfies WordingTable;
