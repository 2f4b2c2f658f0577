/** A cell's settings in words, for the saved-settings message and the CLI ("Múi giờ: Giờ Việt Nam (UTC+7)"). */
import { formatLongDate } from '../../core/format';
import type { Locale } from '../../core/types';
import { parseOffsets, reminderMinutesOf } from '../../core/reminder-offsets';
import type { Cell } from '../../store/rows';
import { describeRule } from '../schedule/describe-rule';
import { SETTING_FIELDS, SETTING_KEYS, type SettingKey } from './setting-fields';
import { timezoneLabel } from '../../core/timezones';

function minutesText(minutes: number, locale: Locale): string {
  const vi = locale === 'vi';
  if (minutes % 1_440 === 0) return vi ? `${minutes / 1_440} ngày` : `${minutes / 1_440} day${minutes === 1_440 ? '' : 's'}`;
  if (minutes % 60 === 0) return vi ? `${minutes / 60} giờ` : `${minutes / 60} hour${minutes === 60 ? '' : 's'}`;
  return vi ? `${minutes} phút` : `${minutes} minutes`;
}

function remindersText(cell: Cell, locale: Locale): string {
  const list = reminderMinutesOf(parseOffsets(cell.reminderOffsets)).map((m) => minutesText(m, locale));
  return locale === 'vi' ? `trước ${list.join(', ')}` : `${list.join(', ')} before`;
}

function yesNo(value: boolean, locale: Locale): string {
  if (locale === 'vi') return value ? 'có' : 'không';
  return value ? 'yes' : 'no';
}

const NONE: Readonly<Record<Locale, string>> = { vi: '(chưa nhập)', en: '(not set)' };

/** One setting's current value in words. */
export function settingValueText(key: SettingKey, cell: Cell, locale: Locale): string {
  const orNone = (text: string | null): string => (text && text.trim() !== '' ? text : NONE[locale]);
  switch (key) {
    case 'name': return cell.name;
    case 'parentOrganisation': return orNone(cell.parentOrganisation);
    case 'locality': return orNone(cell.locality);
    case 'timezone': return timezoneLabel(cell.timezone, locale);
    case 'meetingRule': return describeRule(cell.meetingRule, locale);
    case 'reminders': return remindersText(cell, locale);
    case 'quorum': return `${cell.quorumNumerator}/${cell.quorumDenominator}`;
    case 'excusedInDenominator': return yesNo(cell.excusedInDenominator, locale);
    case 'attachedInMayVote': return yesNo(cell.attachedInMayVote, locale);
    case 'approvalRef': return orNone(cell.onlineApprovalRef);
    // A date-only value stored at UTC midnight: read it in UTC.
    case 'approvalDate': return cell.onlineApprovalDate ? formatLongDate(cell.onlineApprovalDate, 'UTC', locale) : NONE[locale];
  }
}

/** "Múi giờ: Giờ Việt Nam (UTC+7)" for each of `keys` (all settings by default). */
export function settingLines(cell: Cell, locale: Locale, keys: readonly SettingKey[] = SETTING_KEYS): string[] {
  return keys.map((key) => `${SETTING_FIELDS[key].label[locale]}: ${settingValueText(key, cell, locale)}`);
}
