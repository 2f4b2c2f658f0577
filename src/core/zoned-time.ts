/**
 * Wall-clock arithmetic in an IANA time zone using Intl only. Callers always
 * pass the zone: the core never reads the host's zone or the current time.
 */
import { DomainError, logDetail } from './errors';

/** A moment as read on a wall clock in some zone; weekday 0 = Sunday. */
export interface LocalParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly weekday: number;
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  try {
    return new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      era: 'short',
    });
  } catch {
    // Intl throws RangeError for an unknown zone; surface it as bad input, naming the zone.
    throw new DomainError('input.invalid', logDetail(`timeZone ${timeZone}`));
  }
}

/** Reads the wall clock of `timeZone` at `date`. */
export function localParts(date: Date, timeZone: string): LocalParts {
  if (Number.isNaN(date.getTime())) throw new DomainError('input.invalid', logDetail('date'));
  const parts = formatterFor(timeZone).formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes): number => {
    const part = parts.find((p) => p.type === type);
    return part ? Number(part.value) : 0;
  };
  const era = parts.find((p) => p.type === 'era')?.value ?? 'AD';
  const year = era === 'BC' || era === 'B' ? 1 - get('year') : get('year');
  const month = get('month');
  const day = get('day');
  return {
    year,
    month,
    day,
    // Some ICU versions still print midnight as 24 under h23.
    hour: get('hour') % 24,
    minute: get('minute'),
    second: get('second'),
    weekday: new Date(utcMillis(year, month, day, 0, 0)).getUTCDay(),
  };
}

function utcMillis(year: number, month: number, day: number, hour: number, minute: number): number {
  const d = new Date(0);
  // setUTCFullYear keeps years 0–99 literal, unlike Date.UTC.
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, 0, 0);
  return d.getTime();
}

/** Offset of the zone from UTC at `millis`, in milliseconds (UTC+7 → +25 200 000). */
function offsetAt(millis: number, timeZone: string): number {
  const p = localParts(new Date(millis), timeZone);
  const wall = utcMillis(p.year, p.month, p.day, p.hour, p.minute) + p.second * 1000;
  return wall - Math.floor(millis / 1000) * 1000;
}

/** Days in a month of the proleptic Gregorian calendar. */
function daysInMonth(year: number, month: number): number {
  return new Date(utcMillis(year, month + 1, 0, 0, 0)).getUTCDate();
}

/**
 * The instant when the clocks of `timeZone` show `dateStr` ("2025-09-05") at `timeStr` ("14:00").
 * In a DST gap the later offset wins (02:30 that never happened becomes 03:30); in an overlap the earlier instant.
 */
export function localDateTimeToUtc(dateStr: string, timeStr: string, timeZone: string): Date {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(dateStr.trim());
  const t = /^(\d{1,2}):(\d{2})$/.exec(timeStr.trim());
  if (!d || !t) throw new DomainError('input.invalid', `${dateStr} ${timeStr}`);
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  const valid = month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour < 24 && minute < 60;
  if (!valid) throw new DomainError('input.invalid', `${dateStr} ${timeStr}`);
  const wall = utcMillis(year, month, day, hour, minute);
  // Offsets on either side of the wall time; when they differ we are near a transition.
  const before = offsetAt(wall - 86_400_000, timeZone);
  const after = offsetAt(wall + 86_400_000, timeZone);
  const candidates = [wall - before, wall - after].filter((m) => m + offsetAt(m, timeZone) === wall);
  if (candidates.length > 0) return new Date(Math.min(...candidates));
  // Gap: the wall time does not exist; shift it by the jump, as clocks do.
  return new Date(wall - before);
}
