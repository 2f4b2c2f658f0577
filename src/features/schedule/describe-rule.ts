/** A meeting rule in words: "ngày 5 hằng tháng, 14 giờ 00 (trùng cuối tuần: thứ Hai kế tiếp)". */
import { formatClockText as clock } from '../../core/format';
import type { Locale } from '../../core/types';
import { parseScheduleRule } from '../../core/meeting-rule';
import { say } from '../../core/wording/say';
import { SCHEDULE_WORDING as W } from '../../core/wording/schedule';

const WEEKDAYS: Readonly<Record<Locale, readonly string[]>> = {
  vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const NTH: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: { '1': 'đầu tiên', '2': 'thứ hai', '3': 'thứ ba', '4': 'thứ tư', '-1': 'cuối cùng' },
  en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' },
};
const WEEKEND: Readonly<Record<Locale, Readonly<Record<string, string>>>> = {
  vi: {
    keep: '',
    next_monday: ' (trùng cuối tuần: thứ Hai kế tiếp)',
    previous_friday: ' (trùng cuối tuần: thứ Sáu liền trước)',
  },
  en: {
    keep: '',
    next_monday: ' (on a weekend: the next Monday)',
    previous_friday: ' (on a weekend: the Friday before)',
  },
};

export function describeRule(json: string, locale: Locale): string {
  const rule = parseScheduleRule(json);
  if (rule.kind === 'dayOfMonth') {
    const weekend = WEEKEND[locale][rule.weekend ?? 'keep'] ?? '';
    return say(locale, W.ruleDayOfMonth, { day: rule.day, time: clock(rule.time, locale), weekend });
  }
  const day = WEEKDAYS[locale][rule.weekday] ?? '';
  const nth = NTH[locale][String(rule.nth)] ?? '';
  return say(locale, W.ruleNthWeekday, { day, nth, time: clock(rule.time, locale) });
}
