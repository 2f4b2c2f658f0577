/**
 * Reading what a secretary types after "lịch", "dời họp" and "nhắc lịch"
 * (accents optional, English accepted): a meeting rule, a date and time, a
 * list of reminder offsets. Null when the text is not understood.
 */
import { normalizeText } from '../../core/text';
import type { ScheduleRule, WeekendPolicy } from '../../core/meeting-rule';

const WEEKDAYS: readonly (readonly string[])[] = [
  ['chu nhat', 'cn', 'sunday'],
  ['thu hai', 'thu 2', 't2', 'monday'],
  ['thu ba', 'thu 3', 't3', 'tuesday'],
  ['thu tu', 'thu 4', 't4', 'wednesday'],
  ['thu nam', 'thu 5', 't5', 'thursday'],
  ['thu sau', 'thu 6', 't6', 'friday'],
  ['thu bay', 'thu 7', 't7', 'saturday'],
];

const NTH: readonly [RegExp, 1 | 2 | 3 | 4 | -1][] = [
  [/\b(dau tien|thu nhat|first|1st)\b/, 1],
  [/\b(thu hai cua thang|second|2nd)\b/, 2],
  [/\b(thu ba cua thang|third|3rd)\b/, 3],
  [/\b(thu tu cua thang|fourth|4th)\b/, 4],
  [/\b(cuoi cung|cuoi thang|cuoi|last)\b/, -1],
];

function timeIn(text: string): string | null {
  const m = /\b(\d{1,2})\s*(?::|h|gio)\s*(\d{2})?\b/.exec(text);
  if (!m) return null;
  const hour = Number(m[1]);
  const minute = Number(m[2] ?? '0');
  if (hour > 23 || minute > 59) return null;
  return `${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function weekendIn(text: string): WeekendPolicy | undefined {
  if (/(cuoi tuan|weekend)/.test(text)) {
    if (/(thu hai|monday|next)/.test(text.slice(text.search(/cuoi tuan|weekend/)))) return 'next_monday';
    if (/(thu sau|friday|previous|truoc)/.test(text.slice(text.search(/cuoi tuan|weekend/)))) return 'previous_friday';
    return 'keep';
  }
  return undefined;
}

/** "ngày 5 14:00 [cuối tuần: thứ Hai sau]", "thứ Hai đầu tiên 19:30", "day 5 14:00", "first Monday 19:30". */
export function parseRuleText(raw: string): ScheduleRule | null {
  const text = normalizeText(raw);
  const time = timeIn(text);
  if (!time) return null;
  const day = /\b(?:ngay|day)\s+(\d{1,2})\b/.exec(text);
  if (day) {
    const n = Number(day[1]);
    if (n < 1 || n > 28) return null;
    const weekend = weekendIn(text);
    return { kind: 'dayOfMonth', day: n, time, ...(weekend ? { weekend } : {}) };
  }
  const weekday = WEEKDAYS.findIndex((names) => names.some((name) => new RegExp(`\\b${name}\\b`).test(text)));
  const nth = NTH.find(([pattern]) => pattern.test(text.replace(/\bthu (hai|ba|tu) (dau tien|cuoi)/, ' $2')));
  if (weekday < 0 || !nth) return null;
  return { kind: 'weekdayOfMonth', weekday, nth: nth[1], time };
}

/** "05/9/2025 14:00", "2025-09-05 14:00", "5/9 14h" (the year defaults to `year`); [date, time] or null. */
export function parseWhenText(raw: string, year: number): [string, string] | null {
  const text = normalizeText(raw);
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  const vn = /\b(\d{1,2})\/(\d{1,2})(?:\/(\d{4}))?\b/.exec(text);
  const time = timeIn(text.replace(/\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}(\/\d{4})?\b/, ' '));
  if (!time) return null;
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : vn ? [vn[3] ?? String(year), vn[2], vn[1]] : [];
  if (y === undefined || m === undefined || d === undefined) return null;
  return [`${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`, time];
}

/** "7 ngày, 1 ngày, 1 giờ, 30 phút" / "7 days, 1 day, 60 minutes" → minutes, largest first. */
export function parseReminderText(raw: string): number[] | null {
  const text = normalizeText(raw);
  const units: readonly [RegExp, number][] = [
    [/^(ngay|days?|d)$/, 1_440],
    [/^(gio|tieng|hours?|h)$/, 60],
    [/^(phut|minutes?|min|m)$/, 1],
  ];
  const minutes: number[] = [];
  for (const part of text
    .split(/[,;]|\bva\b|\band\b/)
    .map((p) => p.trim())
    .filter((p) => p !== '' && p !== 'truoc' && p !== 'before')) {
    const m = /^(?:truoc\s+)?(\d{1,3})\s*([a-z]+)(?:\s+truoc|\s+before)?$/.exec(part);
    const unit = m ? units.find(([pattern]) => pattern.test(m[2] ?? '')) : undefined;
    if (!m || !unit) return null;
    minutes.push(Number(m[1]) * unit[1]);
  }
  return minutes.length > 0 && minutes.every((n) => n > 0 && n <= 60 * 1_440)
    ? [...new Set(minutes)].sort((a, b) => b - a)
    : null;
}
