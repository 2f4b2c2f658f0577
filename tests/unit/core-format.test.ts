import { DomainError } from '../../src/core/errors';
import {
  formatClock,
  formatClockAndDate,
  formatClockText,
  formatLongDate,
  formatMeetingTime,
  formatPercent,
  formatShortDate,
  formLabel,
  localDateTimeToUtc,
  meetingKindLabel,
  parsePeriod,
  periodLabel,
  periodOf,
} from '../../src/core/format';
import { localParts } from '../../src/core/zoned-time';
import type { Locale, MeetingForm, MeetingKind } from '../../src/core/types';

const HCM = 'Asia/Ho_Chi_Minh';
const utc = (iso: string): Date => new Date(iso);

describe('formatMeetingTime', () => {
  it.each<[string, string, Locale, string]>([
    ['2025-09-05T07:00:00Z', HCM, 'vi', '14 giờ 00, ngày 05/9/2025 (thứ Sáu)'],
    ['2025-09-05T07:00:00Z', HCM, 'en', '14:00, Friday 5 September 2025'],
    ['2025-09-07T01:30:00Z', HCM, 'vi', '08 giờ 30, ngày 07/9/2025 (Chủ nhật)'],
    ['2025-09-01T00:00:00Z', HCM, 'vi', '07 giờ 00, ngày 01/9/2025 (thứ Hai)'],
    ['2025-09-02T00:00:00Z', HCM, 'vi', '07 giờ 00, ngày 02/9/2025 (thứ Ba)'],
    ['2025-09-03T00:00:00Z', HCM, 'vi', '07 giờ 00, ngày 03/9/2025 (thứ Tư)'],
    ['2025-09-04T00:00:00Z', HCM, 'vi', '07 giờ 00, ngày 04/9/2025 (thứ Năm)'],
    ['2025-09-06T00:00:00Z', HCM, 'vi', '07 giờ 00, ngày 06/9/2025 (thứ Bảy)'],
    ['2025-12-19T09:15:00Z', HCM, 'vi', '16 giờ 15, ngày 19/12/2025 (thứ Sáu)'],
    // The local date differs from the UTC date: 17:00 UTC on the 4th is midnight on the 5th in Hà Nội.
    ['2025-09-04T17:00:00Z', HCM, 'vi', '00 giờ 00, ngày 05/9/2025 (thứ Sáu)'],
    ['2025-09-04T17:00:00Z', 'UTC', 'vi', '17 giờ 00, ngày 04/9/2025 (thứ Năm)'],
    ['2025-09-05T07:00:00Z', 'Europe/Berlin', 'en', '09:00, Friday 5 September 2025'],
  ])('%s in %s (%s) → %j', (iso, zone, locale, expected) => {
    expect(formatMeetingTime(utc(iso), zone, locale)).toBe(expected);
  });
});

describe('formatLongDate / formatShortDate / formatClock', () => {
  it.each<[string, Locale, string]>([
    ['2025-09-05T07:00:00Z', 'vi', 'ngày 05 tháng 9 năm 2025'],
    ['2025-09-05T07:00:00Z', 'en', '5 September 2025'],
    ['2023-12-25T02:00:00Z', 'vi', 'ngày 25 tháng 12 năm 2023'],
    ['2022-08-31T18:00:00Z', 'vi', 'ngày 01 tháng 9 năm 2022'],
  ])('long date of %s (%s) → %j', (iso, locale, expected) => {
    expect(formatLongDate(utc(iso), HCM, locale)).toBe(expected);
  });

  it.each<[string, Locale, string]>([
    ['2025-09-05T07:00:00Z', 'vi', '05/9/2025'],
    ['2025-09-05T07:00:00Z', 'en', '5 Sep 2025'],
  ])('short date of %s (%s) → %j', (iso, locale, expected) => {
    expect(formatShortDate(utc(iso), HCM, locale)).toBe(expected);
  });

  it.each<[string, Locale | undefined, string]>([
    ['2025-09-05T07:00:00Z', undefined, '14 giờ 00'],
    ['2025-09-05T07:00:00Z', 'vi', '14 giờ 00'],
    ['2025-09-05T07:00:00Z', 'en', '14:00'],
    ['2025-09-05T01:05:00Z', 'vi', '08 giờ 05'],
    ['2025-09-05T01:05:00Z', 'en', '08:05'],
    ['2025-09-05T16:59:00Z', 'vi', '23 giờ 59'],
  ])('clock of %s (%s) → %j', (iso, locale, expected) => {
    expect(formatClock(utc(iso), HCM, locale)).toBe(expected);
  });

  it('writes a moment in a sentence with "ngày" before the date', () => {
    expect(formatClockAndDate(utc('2026-12-03T01:15:00Z'), HCM, 'vi')).toBe('08 giờ 15, ngày 03/12/2026');
    expect(formatClockAndDate(utc('2026-12-03T01:15:00Z'), HCM, 'en')).toBe('08:15, 3 Dec 2026');
  });

  it.each<[string, Locale, string]>([
    ['8:00', 'vi', '08 giờ 00'],
    ['08:05', 'vi', '08 giờ 05'],
    ['19:30', 'vi', '19 giờ 30'],
    ['8:00', 'en', '08:00'],
  ])('wall-clock text %s (%s) → %j', (time, locale, expected) => {
    expect(formatClockText(time, locale)).toBe(expected);
  });

  it('rejects an unknown zone and an invalid date as input.invalid', () => {
    expect(() => formatClock(utc('2025-09-05T07:00:00Z'), 'Mars/Olympus')).toThrow(DomainError);
    expect(() => formatClock(new Date(Number.NaN), HCM)).toThrow(DomainError);
  });
});

describe('formatPercent', () => {
  it.each<[number, string, string]>([
    [1, '100%', '100%'],
    [49 / 49, '100%', '100%'],
    [25 / 49, '51,02%', '51.02%'],
    [24 / 49, '48,98%', '48.98%'],
    [33 / 49, '67,35%', '67.35%'],
    [2 / 3, '66,67%', '66.67%'],
    [70 / 72, '97,22%', '97.22%'],
    [0.5, '50%', '50%'],
    [0.85, '85%', '85%'],
    [0.125, '12,5%', '12.5%'],
    [0.1, '10%', '10%'],
    [0.0005, '0,05%', '0.05%'],
    [0.00004, '0%', '0%'],
    [0, '0%', '0%'],
    [0.99999, '100%', '100%'],
    [9999 / 10000, '99,99%', '99.99%'],
    [1.5, '150%', '150%'],
    [-0.1, '-10%', '-10%'],
    [Number.NaN, '–', '–'],
    [Number.POSITIVE_INFINITY, '–', '–'],
  ])('%d → %j / %j', (fraction, vi, en) => {
    expect(formatPercent(fraction, 'vi')).toBe(vi);
    expect(formatPercent(fraction, 'en')).toBe(en);
  });
});

describe('periods', () => {
  it.each<[string, string, string]>([
    ['2025-09-05T07:00:00Z', HCM, '2025-09'],
    ['2025-09-30T18:00:00Z', HCM, '2025-10'],
    ['2025-09-30T18:00:00Z', 'UTC', '2025-09'],
    ['2023-12-31T17:30:00Z', HCM, '2024-01'],
    ['2022-08-15T03:00:00Z', HCM, '2022-08'],
  ])('periodOf(%s, %s) → %s', (iso, zone, expected) => {
    expect(periodOf(utc(iso), zone)).toBe(expected);
  });

  it.each<[string, string, string]>([
    ['2025-09', 'tháng 9/2025', 'September 2025'],
    ['2025-01', 'tháng 1/2025', 'January 2025'],
    ['2023-12', 'tháng 12/2023', 'December 2023'],
  ])('periodLabel(%s) → %j / %j', (period, vi, en) => {
    expect(periodLabel(period, 'vi')).toBe(vi);
    expect(periodLabel(period, 'en')).toBe(en);
  });

  it.each(['2025-13', '2025-00', '2025-9', '9/2025', '', 'abcd-ef'])('periodLabel rejects %j', (period) => {
    expect(() => periodLabel(period, 'vi')).toThrow(DomainError);
  });

  it.each<[string, string | null]>([
    ['9/2025', '2025-09'],
    ['09/2025', '2025-09'],
    ['2025-09', '2025-09'],
    ['2025-9', '2025-09'],
    ['thang 9/2025', '2025-09'],
    ['tháng 9/2025', '2025-09'],
    ['Tháng 09/2025', '2025-09'],
    ['tháng 9 năm 2025', '2025-09'],
    ['thang 9 nam 2025', '2025-09'],
    ['T9/2025', '2025-09'],
    ['9-2025', '2025-09'],
    ['  12/2023 ', '2023-12'],
    ['tháng 12/2023.', '2023-12'],
    ['September 2025', '2025-09'],
    ['sep 2025', '2025-09'],
    ['Sept. 2025', '2025-09'],
    ['may 2024', '2024-05'],
    ['13/2025', null],
    ['0/2025', null],
    ['2025-13', null],
    ['9/25', null],
    ['tháng 9', null],
    ['2025', null],
    ['', null],
    ['xyz 2025', null],
    ['ju 2025', null],
  ])('parsePeriod(%j) → %s', (text, expected) => {
    expect(parsePeriod(text)).toBe(expected);
  });

  it('parsePeriod reads back every periodLabel', () => {
    for (let month = 1; month <= 12; month += 1) {
      const period = `2025-${String(month).padStart(2, '0')}`;
      expect(parsePeriod(periodLabel(period, 'vi'))).toBe(period);
      expect(parsePeriod(periodLabel(period, 'en'))).toBe(period);
    }
  });
});

describe('localDateTimeToUtc', () => {
  it.each<[string, string, string, string]>([
    ['2025-09-05', '14:00', HCM, '2025-09-05T07:00:00.000Z'],
    ['2025-09-05', '00:00', HCM, '2025-09-04T17:00:00.000Z'],
    ['2025-09-05', '7:30', HCM, '2025-09-05T00:30:00.000Z'],
    ['2025-09-05', '14:00', 'UTC', '2025-09-05T14:00:00.000Z'],
    ['2025-09-05', '14:00', 'Asia/Kathmandu', '2025-09-05T08:15:00.000Z'],
    ['2025-09-05', '14:00', 'America/St_Johns', '2025-09-05T16:30:00.000Z'],
    ['2025-09-05', '14:00', 'Pacific/Kiritimati', '2025-09-05T00:00:00.000Z'],
    ['2025-01-05', '14:00', 'Pacific/Chatham', '2025-01-05T00:15:00.000Z'],
    ['2025-01-15', '09:00', 'Europe/Paris', '2025-01-15T08:00:00.000Z'],
    ['2025-07-15', '09:00', 'Europe/Paris', '2025-07-15T07:00:00.000Z'],
    ['2024-02-29', '12:00', HCM, '2024-02-29T05:00:00.000Z'],
    // Spring forward: 02:30 does not exist in New York on 9 March 2025; clocks show 03:30 instead.
    ['2025-03-09', '02:30', 'America/New_York', '2025-03-09T07:30:00.000Z'],
    // Fall back: 01:30 happens twice on 2 November 2025; the first (EDT) is taken.
    ['2025-11-02', '01:30', 'America/New_York', '2025-11-02T05:30:00.000Z'],
    ['2025-03-30', '01:30', 'Europe/London', '2025-03-30T01:30:00.000Z'],
    ['2025-10-26', '01:30', 'Europe/London', '2025-10-26T00:30:00.000Z'],
    // Lord Howe moves by half an hour: 01:45 happens twice on 6 April, 02:15 never on 5 October.
    ['2025-04-06', '01:45', 'Australia/Lord_Howe', '2025-04-05T14:45:00.000Z'],
    ['2025-04-06', '02:30', 'Australia/Lord_Howe', '2025-04-05T16:00:00.000Z'],
    ['2025-10-05', '02:15', 'Australia/Lord_Howe', '2025-10-04T15:45:00.000Z'],
  ])('%s %s in %s → %s', (date, time, zone, expected) => {
    expect(localDateTimeToUtc(date, time, zone).toISOString()).toBe(expected);
  });

  const zones = [
    HCM,
    'UTC',
    'Asia/Tokyo',
    'Asia/Kolkata',
    'Asia/Kathmandu',
    'Europe/London',
    'Europe/Berlin',
    'America/New_York',
    'America/Los_Angeles',
    'America/St_Johns',
    'America/Sao_Paulo',
    'Australia/Sydney',
    'Australia/Lord_Howe',
    'Pacific/Chatham',
    'Pacific/Kiritimati',
    'Pacific/Pago_Pago',
  ];
  const moments = [
    ['2025-01-01', '00:00'],
    ['2025-03-30', '03:15'],
    ['2025-06-30', '23:59'],
    ['2025-09-05', '14:00'],
    ['2025-10-05', '12:00'],
    ['2025-11-02', '08:45'],
    ['2025-12-31', '23:30'],
  ] as const;

  it.each(zones)('round-trips wall times in %s', (zone) => {
    for (const [date, time] of moments) {
      const instant = localDateTimeToUtc(date, time, zone);
      const p = localParts(instant, zone);
      const wall = `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')} ${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`;
      expect(wall).toBe(`${date} ${time}`);
    }
  });

  it('round-trips every hour of a year in Hà Nội time through formatClock', () => {
    for (let day = 0; day < 365; day += 7) {
      const date = new Date(Date.UTC(2025, 0, 1 + day)).toISOString().slice(0, 10);
      for (let hour = 0; hour < 24; hour += 5) {
        const instant = localDateTimeToUtc(date, `${hour}:10`, HCM);
        expect(instant.getTime()).toBe(Date.parse(`${date}T00:10:00Z`) + (hour - 7) * 3_600_000);
        expect(formatClock(instant, HCM)).toBe(`${String(hour).padStart(2, '0')} giờ 10`);
      }
    }
  });

  it.each([
    ['2025-02-29', '12:00', HCM],
    ['2025-13-01', '12:00', HCM],
    ['2025-04-31', '12:00', HCM],
    ['2025-00-10', '12:00', HCM],
    ['2025-9-5', '12:00', HCM],
    ['05/09/2025', '12:00', HCM],
    ['2025-09-05', '24:00', HCM],
    ['2025-09-05', '12:60', HCM],
    ['2025-09-05', '2pm', HCM],
    ['2025-09-05', '', HCM],
    ['2025-09-05', '12:00', 'Not/AZone'],
  ])('rejects %j %j in %j as input.invalid', (date, time, zone) => {
    expect(() => localDateTimeToUtc(date, time, zone)).toThrow(expect.objectContaining({ code: 'input.invalid' }));
  });
});

describe('labels', () => {
  it.each<[MeetingForm, string, string]>([
    ['in_person', 'Trực tiếp', 'In person'],
    ['online', 'Trực tuyến', 'Online'],
    ['mixed', 'Trực tuyến kết hợp trực tiếp', 'Online and in person'],
  ])('formLabel(%s) → %j / %j', (form, vi, en) => {
    expect(formLabel(form, 'vi')).toBe(vi);
    expect(formLabel(form, 'en')).toBe(en);
  });

  it.each<[MeetingKind, string, string]>([
    ['regular', 'định kỳ', 'regular'],
    ['thematic', 'chuyên đề', 'thematic'],
    ['extraordinary', 'bất thường', 'extraordinary'],
  ])('meetingKindLabel(%s) → %j / %j', (kind, vi, en) => {
    expect(meetingKindLabel(kind, 'vi')).toBe(vi);
    expect(meetingKindLabel(kind, 'en')).toBe(en);
  });
});
