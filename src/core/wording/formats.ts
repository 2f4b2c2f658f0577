/**
 * Dates, times and numbers as each language writes them: "14 giờ 00, ngày 05/9/2025 (thứ Sáu)" /
 * "14:00, Friday 5 September 2025". The parts come from core/format.ts, already padded where cells pad them.
 */
import type { WordingTable } from './say';

/** A date's parts: `dd` is the day padded to two digits, `monthName` the English name. */
type DateParts = { day: number; dd: string; month: number; monthName: string; year: number };
type Clock = { hh: string; mm: string };

export const FORMAT_WORDING = {
  meetingTime: {
    vi: (p: DateParts & { clock: string; weekday: string }) =>
      `${p.clock}, ngày ${p.dd}/${p.month}/${p.year} (${p.weekday})`,
    en: (p: DateParts & { clock: string; weekday: string }) =>
      `${p.clock}, ${p.weekday} ${p.day} ${p.monthName} ${p.year}`,
  },
  longDate: {
    vi: (p: DateParts) => `ngày ${p.dd} tháng ${p.month} năm ${p.year}`,
    en: (p: DateParts) => `${p.day} ${p.monthName} ${p.year}`,
  },
  shortDate: {
    vi: (p: DateParts) => `${p.dd}/${p.month}/${p.year}`,
    en: (p: DateParts) => `${p.day} ${p.monthName.slice(0, 3)} ${p.year}`,
  },
  clockAndDate: {
    vi: ({ clock, date }: { clock: string; date: string }) => `${clock}, ngày ${date}`,
    en: ({ clock, date }: { clock: string; date: string }) => `${clock}, ${date}`,
  },
  clock: {
    vi: ({ hh, mm }: Clock) => `${hh} giờ ${mm}`,
    en: ({ hh, mm }: Clock) => `${hh}:${mm}`,
  },
  decimalSeparator: { vi: ',', en: '.' },
  month: {
    vi: ({ month, year }: { month: number; monthName: string; year: string }) => `tháng ${month}/${year}`,
    en: ({ monthName, year }: { month: number; monthName: string; year: string }) => `${monthName} ${year}`,
  },
} as const satisfies WordingTable;
