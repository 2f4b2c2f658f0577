/** A cell's settings in words, for the saved-settings message and the CLI ("Múi giờ: Giờ Việt Nam (UTC+7)"). */
import { formatLongDate } from '../../core/format';
import type { Locale } from '../../core/types';
import { parseOffsets, reminderMinutesOf } from '../../core/reminder-offsets';
import type { Cell } from '../../store/rows';
import { describeRule } from '../schedule/describe-rule';
import { SETTING_FIELDS, SETTING_KEYS, type SettingKey } from './setting-fields';
import { timezoneLabel } from '../../core/timezones';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

function minutesText(minutes: number, locale: Locale): string {
  if (minutes % 1_440 === 0) return say(locale, W.days, { n: minutes / 1_440 });
  if (minutes % 60 === 0) return say(locale, W.hours, { n: minutes / 60 });
  return say(locale, W.minutes, { n: minutes });
}

function remindersText(cell: Cell, locale: Locale): string {
  const list = reminderMinutesOf(parseOffsets(cell.reminderOffsets)).map((m) => minutesText(m, locale));
  return say(locale, W.before, { list: list.join(', ') });
}

function yesNo(value: boolean, locale: Locale): string {
  return say(locale, value ? W.yes : W.no);
}

const NONE: Readonly<Record<Locale, string>> = { vi: '(chưa nhập)', en: '(not set)' };

/** One setting's current value in words. */
export function settingValueText(key: SettingKey, cell: Cell, locale: Locale): string {
  const orNone = (text: string | null): string => (text && text.trim() !== '' ? text : NONE[locale]);
  switch (key) {
    case 'name':
      return cell.name;
    case 'parentOrganisation':
      return orNone(cell.parentOrganisation);
    case 'locality':
      return orNone(cell.locality);
    case 'timezone':
      return timezoneLabel(cell.timezone, locale);
    case 'meetingRule':
      return describeRule(cell.meetingRule, locale);
    case 'reminders':
      return remindersText(cell, locale);
    case 'quorum':
      return `${cell.quorumNumerator}/${cell.quorumDenominator}`;
    case 'excusedInDenominator':
      return yesNo(cell.excusedInDenominator, locale);
    case 'attachedInMayVote':
      return yesNo(cell.attachedInMayVote, locale);
    case 'approvalRef':
      return orNone(cell.onlineApprovalRef);
    // A date-only value stored at UTC midnight: read it in UTC.
    case 'approvalDate':
      return cell.onlineApprovalDate ? formatLongDate(cell.onlineApprovalDate, 'UTC', locale) : NONE[locale];
  }
}

/** "Múi giờ: Giờ Việt Nam (UTC+7)" for each of `keys` (all settings by default). */
export function settingLines(cell: Cell, locale: Locale, keys: readonly SettingKey[] = SETTING_KEYS): string[] {
  return keys.map((key) => `${SETTING_FIELDS[key].label[locale]}: ${settingValueText(key, cell, locale)}`);
}
