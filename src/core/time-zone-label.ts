/**
 * A cell's time zone as a member reads it: "giờ Việt Nam, UTC+7" rather than
 * the IANA id "Asia/Ho_Chi_Minh", which is configuration, not wording.
 */
import { DomainError, logDetail } from './errors';
import type { Locale } from './types';

const VIETNAM_ZONES = new Set(['Asia/Ho_Chi_Minh', 'Asia/Saigon']);

/** "UTC+7", "UTC+5:30", "UTC" for `timeZone` at `at` (zones with summer time differ by date). */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    throw new DomainError('input.invalid', logDetail(`timeZone ${timeZone}`));
  }
  // Intl writes "GMT+07:00"; UTC itself is "GMT" or "GMT+00:00" depending on the ICU version.
  const match = /^GMT([+-])(\d{2}):(\d{2})$/u.exec(name ?? '');
  if (!match || (match[2] === '00' && match[3] === '00')) return 'UTC';
  const [, sign, hours, minutes] = match;
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/** "giờ Việt Nam, UTC+7" / "Vietnam time, UTC+7" (read well in parentheses); another zone is its offset alone ("UTC+9"). */
export function timeZoneLabel(timeZone: string, at: Date, locale: Locale): string {
  const offset = utcOffsetLabel(timeZone, at);
  if (!VIETNAM_ZONES.has(timeZone)) return offset;
  return locale === 'vi' ? `giờ Việt Nam, ${offset}` : `Vietnam time, ${offset}`;
}
