/**
 * The timezones a cell may choose (the setup card's choice list and the CLI's
 * --timezone): Viet Nam first, then where Vietnamese party cells abroad meet.
 * Messages name a zone by its label, never by its IANA id.
 */
import { DomainError, logDetail } from './errors';
import type { Locale } from './types';
import { say } from './wording/say';
import { FIGURES_WORDING as W } from './wording/figures';

export interface TimezoneChoice {
  readonly id: string;
  readonly label: Readonly<Record<Locale, string>>;
}

export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

export const TIMEZONES: readonly TimezoneChoice[] = [
  { id: 'Asia/Ho_Chi_Minh', label: { vi: 'Giờ Việt Nam (UTC+7)', en: 'Viet Nam time (UTC+7)' } },
  { id: 'Asia/Vientiane', label: { vi: 'Giờ Lào – Viêng Chăn (UTC+7)', en: 'Laos – Vientiane (UTC+7)' } },
  { id: 'Asia/Phnom_Penh', label: { vi: 'Giờ Campuchia – Phnôm Pênh (UTC+7)', en: 'Cambodia – Phnom Penh (UTC+7)' } },
  { id: 'Asia/Bangkok', label: { vi: 'Giờ Thái Lan – Băng Cốc (UTC+7)', en: 'Thailand – Bangkok (UTC+7)' } },
  { id: 'Asia/Shanghai', label: { vi: 'Giờ Trung Quốc – Bắc Kinh (UTC+8)', en: 'China – Beijing (UTC+8)' } },
  { id: 'Asia/Singapore', label: { vi: 'Giờ Xinh-ga-po (UTC+8)', en: 'Singapore (UTC+8)' } },
  { id: 'Asia/Tokyo', label: { vi: 'Giờ Nhật Bản – Tô-ky-ô (UTC+9)', en: 'Japan – Tokyo (UTC+9)' } },
  { id: 'Asia/Seoul', label: { vi: 'Giờ Hàn Quốc – Xơ-un (UTC+9)', en: 'Korea – Seoul (UTC+9)' } },
  {
    id: 'Australia/Sydney',
    label: {
      vi: 'Giờ Ô-xtrây-li-a – Xít-ni (UTC+10, mùa hè UTC+11)',
      en: 'Australia – Sydney (UTC+10, summer UTC+11)',
    },
  },
  { id: 'Europe/Moscow', label: { vi: 'Giờ Nga – Mát-xcơ-va (UTC+3)', en: 'Russia – Moscow (UTC+3)' } },
  {
    id: 'Europe/Berlin',
    label: { vi: 'Giờ Đức – Béc-lin (UTC+1, mùa hè UTC+2)', en: 'Germany – Berlin (UTC+1, summer UTC+2)' },
  },
  {
    id: 'Europe/Prague',
    label: { vi: 'Giờ Séc – Pra-ha (UTC+1, mùa hè UTC+2)', en: 'Czechia – Prague (UTC+1, summer UTC+2)' },
  },
  {
    id: 'Europe/Paris',
    label: { vi: 'Giờ Pháp – Pa-ri (UTC+1, mùa hè UTC+2)', en: 'France – Paris (UTC+1, summer UTC+2)' },
  },
  {
    id: 'Europe/London',
    label: { vi: 'Giờ Anh – Luân Đôn (UTC+0, mùa hè UTC+1)', en: 'United Kingdom – London (UTC+0, summer UTC+1)' },
  },
  {
    id: 'America/New_York',
    label: {
      vi: 'Giờ miền Đông Hoa Kỳ – Niu Oóc (UTC−5, mùa hè UTC−4)',
      en: 'US East – New York (UTC−5, summer UTC−4)',
    },
  },
  {
    id: 'America/Los_Angeles',
    label: {
      vi: 'Giờ miền Tây Hoa Kỳ – Lốt An-giơ-lét (UTC−8, mùa hè UTC−7)',
      en: 'US West – Los Angeles (UTC−8, summer UTC−7)',
    },
  },
];

/** The listed zone with this id (any case), or null. */
export function knownTimezone(id: string): TimezoneChoice | null {
  const wanted = id.trim().toLowerCase();
  return TIMEZONES.find((zone) => zone.id.toLowerCase() === wanted) ?? null;
}

/** "UTC+7", "UTC+5:30", "UTC" for `timeZone` at `at` (zones with summer time differ by date). */
export function utcOffsetLabel(timeZone: string, at: Date): string {
  let name: string | undefined;
  try {
    name = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
  } catch {
    throw new DomainError('input.invalid', logDetail(`timeZone ${timeZone}`));
  }
  // Intl writes "GMT+07:00"; UTC itself is "GMT" or "GMT+00:00" depending on the ICU version.
  const match = /^GMT([+-])(\d{2}):(\d{2})$/u.exec(name ?? '');
  if (!match || (match[2] === '00' && match[3] === '00')) return 'UTC';
  const [, sign, hours, minutes] = match;
  return `UTC${sign}${Number(hours)}${minutes === '00' ? '' : `:${minutes}`}`;
}

/**
 * "Giờ Việt Nam (UTC+7)"; a zone stored before the list existed shows as its
 * offset on `at` ("Múi giờ khác (UTC+5:30)"), never as its IANA id.
 */
export function timezoneLabel(id: string, locale: Locale, at: Date = new Date()): string {
  const zone = knownTimezone(id);
  if (zone) return zone.label[locale];
  const other = say(locale, W.otherTimezone);
  // A value that names no zone (an empty or mistyped form field) is shown as such; validation refuses it elsewhere.
  if (id.trim() === '') return other;
  try {
    return `${other} (${utcOffsetLabel(id, at)})`;
  } catch {
    return other;
  }
}
