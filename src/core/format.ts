/**
 * Dates, times, percentages and labels as the cell writes them
 * ("14 giờ 00, ngày 05/9/2025 (thứ Sáu)"). Every function takes the zone it
 * formats in; none reads the clock.
 */
import { ENGLISH_MONTHS } from './period';
import { localParts } from './zoned-time';
import type { Locale, MeetingForm, MeetingKind } from './types';
import { say } from './wording/say';
import { FORMAT_WORDING as W } from './wording/formats';

// Time-zone arithmetic and periods live in their own files; features import all date helpers from here.
export { localDateTimeToUtc } from './zoned-time';
export { parsePeriod, periodLabel, periodOf } from './period';

// Index 0 = Sunday. Vietnamese capitalises the ordinal ("thứ Sáu") and writes "Chủ nhật".
const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

const FORM_LABELS: Readonly<Record<MeetingForm, Readonly<Record<Locale, string>>>> = {
  in_person: { vi: 'Trực tiếp', en: 'In person' },
  online: { vi: 'Trực tuyến', en: 'Online' },
  mixed: { vi: 'Trực tuyến kết hợp trực tiếp', en: 'Online and in person' },
};

const KIND_LABELS: Readonly<Record<MeetingKind, Readonly<Record<Locale, string>>>> = {
  regular: { vi: 'định kỳ', en: 'regular' },
  thematic: { vi: 'chuyên đề', en: 'thematic' },
  extraordinary: { vi: 'bất thường', en: 'extraordinary' },
};

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

function weekdayName(weekday: number, locale: Locale): string {
  return WEEKDAYS[locale][weekday] ?? '';
}

function monthName(month: number): string {
  return ENGLISH_MONTHS[month - 1] ?? '';
}

function dateParts(p: { day: number; month: number; year: number }) {
  return { day: p.day, dd: pad2(p.day), month: p.month, monthName: monthName(p.month), year: p.year };
}

/** Meeting time as in a notice: "14 giờ 00, ngày 05/9/2025 (thứ Sáu)" / "14:00, Friday 5 September 2025". */
export function formatMeetingTime(date: Date, timeZone: string, locale: Locale): string {
  const p = localParts(date, timeZone);
  return say(locale, W.meetingTime, {
    ...dateParts(p),
    clock: formatClock(date, timeZone, locale),
    weekday: weekdayName(p.weekday, locale),
  });
}

/** Date as in minutes and resolutions: "ngày 05 tháng 9 năm 2025" / "5 September 2025". */
export function formatLongDate(date: Date, timeZone: string, locale: Locale): string {
  const p = localParts(date, timeZone);
  return say(locale, W.longDate, dateParts(p));
}

/** Short date: "05/9/2025" (vi) / "5 Sep 2025" (en). */
export function formatShortDate(date: Date, timeZone: string, locale: Locale): string {
  const p = localParts(date, timeZone);
  return say(locale, W.shortDate, dateParts(p));
}

/** A moment in a sentence: "08 giờ 15, ngày 03/12/2026" (vi: "ngày" before every date) / "08:15, 3 Dec 2026". */
export function formatClockAndDate(date: Date, timeZone: string, locale: Locale): string {
  const day = formatShortDate(date, timeZone, locale);
  return say(locale, W.clockAndDate, { clock: formatClock(date, timeZone, locale), date: day });
}

/** Clock time: "08 giờ 00", "14 giờ 00" (vi, the default, hour zero-padded as cells write it) / "14:00" (en). */
export function formatClock(date: Date, timeZone: string, locale: Locale = 'vi'): string {
  const p = localParts(date, timeZone);
  return say(locale, W.clock, { hh: pad2(p.hour), mm: pad2(p.minute) });
}

/** A wall-clock "HH:mm" (a meeting rule's time) as written: "08 giờ 00" (vi) / "08:00" (en). */
export function formatClockText(time: string, locale: Locale): string {
  const [hours = '0', minutes = '0'] = time.split(':');
  const hh = pad2(Number(hours));
  const mm = pad2(Number(minutes));
  return say(locale, W.clock, { hh, mm });
}

/**
 * A fraction as a percentage with at most two decimals, trailing zeros dropped:
 * 25/49 → "51,02%" (vi, comma decimal) / "51.02%" (en); 1 → "100%".
 */
export function formatPercent(fraction: number, locale: Locale): string {
  if (!Number.isFinite(fraction)) return '–';
  // Round once in integer hundredths of a percent so 0.125 shows 12,5 and never 12,499999.
  const hundredths = Math.round(Math.abs(fraction) * 10_000);
  const whole = Math.floor(hundredths / 100);
  const decimals = String(hundredths % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  const sign = fraction < 0 && hundredths > 0 ? '-' : '';
  const separator = say(locale, W.decimalSeparator);
  return `${sign}${whole}${decimals ? separator + decimals : ''}%`;
}

/** Form of the meeting: "Trực tiếp" / "Trực tuyến" / "Trực tuyến kết hợp trực tiếp" (the term of Hướng dẫn 03-HD/TW). */
export function formLabel(form: MeetingForm, locale: Locale): string {
  return FORM_LABELS[form][locale];
}

/** Kind of the meeting, lower case to follow "sinh hoạt chi bộ": "định kỳ" / "chuyên đề" / "bất thường". */
export function meetingKindLabel(kind: MeetingKind, locale: Locale): string {
  return KIND_LABELS[kind][locale];
}
