/**
 * The cell's settings the secretary may change (DOMAIN.md marks most of them
 * configurable), each read with zod from what the setup card or the CLI sent
 * and turned into the Cell columns it sets. The card and the CLI share this,
 * so a value is accepted or refused the same way wherever it is typed.
 */
import { z } from 'zod';
import { normalizeText } from '../../core/text';
import type { Locale } from '../../core/types';
import { offsetsJson, parseOffsets, withReminderMinutes } from '../../core/reminder-offsets';
import type { Cell } from '../../store/rows';
import { readScheduleRule, type ScheduleRule } from '../../core/meeting-rule';
import { parseReminderText, parseRuleText } from '../schedule/parse-schedule';
import { knownTimezone } from '../../core/timezones';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

export const SETTING_KEYS = [
  'name',
  'parentOrganisation',
  'locality',
  'timezone',
  'meetingRule',
  'reminders',
  'quorum',
  'excusedInDenominator',
  'attachedInMayVote',
  'approvalRef',
  'approvalDate',
] as const;
export type SettingKey = (typeof SETTING_KEYS)[number];

/** What a card or the CLI sent for each setting it changes; an absent key leaves that setting as it is. */
export interface SettingsInput {
  readonly name?: string | undefined;
  readonly parentOrganisation?: string | undefined;
  readonly locality?: string | undefined;
  readonly timezone?: string | undefined;
  /** A rule, or the words of the "lịch" command ("ngày 5 14:00", "thứ Hai đầu tiên 19:30"). */
  readonly meetingRule?: string | ScheduleRule | undefined;
  /** Minutes before the meeting, or the words of "nhắc lịch" ("7 ngày, 1 ngày, 1 giờ"; "" or "không": none). */
  readonly reminders?: string | readonly number[] | undefined;
  /** "2/3" */
  readonly quorum?: string | undefined;
  readonly excusedInDenominator?: string | boolean | undefined;
  readonly attachedInMayVote?: string | boolean | undefined;
  /** "" clears it. */
  readonly approvalRef?: string | undefined;
  /** "YYYY-MM-DD"; "" clears it. */
  readonly approvalDate?: string | undefined;
}

/** The Cell columns the settings write. */
export type SettingColumns = Pick<
  Cell,
  | 'name'
  | 'parentOrganisation'
  | 'locality'
  | 'timezone'
  | 'meetingRule'
  | 'reminderOffsets'
  | 'quorumNumerator'
  | 'quorumDenominator'
  | 'excusedInDenominator'
  | 'attachedInMayVote'
  | 'onlineApprovalRef'
  | 'onlineApprovalDate'
>;
export type SettingsPatch = Partial<SettingColumns>;

interface FieldInfo {
  readonly label: Readonly<Record<Locale, string>>;
  /** What a valid value looks like, said when one is refused. */
  readonly hint: Readonly<Record<Locale, string>>;
  /** The CLI option (`cells set --<cli>`). */
  readonly cli: string;
}

const YES_NO = { vi: 'có hoặc không', en: 'yes or no' } as const;

export const SETTING_FIELDS: Readonly<Record<SettingKey, FieldInfo>> = {
  name: {
    label: { vi: 'Tên chi bộ', en: 'Cell name' },
    hint: { vi: 'từ 3 đến 200 ký tự', en: '3 to 200 characters' },
    cli: 'name',
  },
  parentOrganisation: {
    label: { vi: 'Đảng bộ cấp trên', en: 'Parent organisation' },
    hint: { vi: 'tối đa 200 ký tự', en: 'at most 200 characters' },
    cli: 'parent',
  },
  locality: {
    label: { vi: 'Địa danh ghi trên biên bản', en: 'Place named on the minutes' },
    hint: { vi: 'một dòng, tối đa 100 ký tự, ví dụ "Hà Nội"', en: 'one line of at most 100 characters, e.g. "Hà Nội"' },
    cli: 'locality',
  },
  timezone: {
    label: { vi: 'Múi giờ', en: 'Timezone' },
    hint: { vi: 'chọn một múi giờ trong danh sách', en: 'one of the listed timezones' },
    cli: 'timezone',
  },
  meetingRule: {
    label: { vi: 'Lịch sinh hoạt định kỳ', en: 'Meeting rule' },
    hint: {
      vi: 'ví dụ "ngày 5 14:00" hoặc "thứ Hai đầu tiên 19:30"',
      en: 'e.g. "day 5 14:00" or "first Monday 19:30"',
    },
    cli: 'meeting-rule',
  },
  reminders: {
    label: { vi: 'Nhắc lịch', en: 'Reminders' },
    hint: { vi: 'ví dụ "7 ngày, 1 ngày, 1 giờ"', en: 'e.g. "7 days, 1 day, 1 hour"' },
    cli: 'reminders',
  },
  quorum: {
    label: {
      vi: 'Số đảng viên chính thức cần có mặt (theo quy chế chi bộ)',
      en: 'Quorum of official members (cell rules)',
    },
    hint: { vi: 'phân số từ 1/2 đến 1/1, ví dụ 2/3', en: 'a fraction from 1/2 to 1/1, e.g. 2/3' },
    cli: 'quorum',
  },
  excusedInDenominator: {
    label: {
      vi: 'Đảng viên vắng có lý do vẫn tính vào số biểu quyết',
      en: 'Members absent with a reason stay in the vote denominator',
    },
    hint: YES_NO,
    cli: 'excused-in-denominator',
  },
  attachedInMayVote: {
    label: { vi: 'Đảng viên sinh hoạt tạm thời đến được biểu quyết', en: 'Members attached here temporarily may vote' },
    hint: YES_NO,
    cli: 'attached-in-may-vote',
  },
  approvalRef: {
    label: { vi: 'Số văn bản đồng ý sinh hoạt trực tuyến', en: 'Online-meeting approval reference' },
    hint: { vi: 'tối đa 100 ký tự', en: 'at most 100 characters' },
    cli: 'approval-ref',
  },
  approvalDate: {
    label: { vi: 'Ngày văn bản đồng ý sinh hoạt trực tuyến', en: 'Online-meeting approval date' },
    hint: { vi: 'dạng YYYY-MM-DD', en: 'as YYYY-MM-DD' },
    cli: 'approval-date',
  },
};

/** "Chưa hợp lệ: Múi giờ (chọn một múi giờ trong danh sách)." */
export function invalidSettingText(key: SettingKey, locale: Locale): string {
  const field = SETTING_FIELDS[key];
  return say(locale, W.notValidField, { label: field.label[locale], hint: field.hint[locale] });
}

const ONE_LINE = /^[^\r\n]*$/;
const text = (min: number, max: number) => z.string().trim().min(min).max(max).regex(ONE_LINE);

const YES = new Set(['true', '1', 'yes', 'y', 'co', 'dung', 'on']);
const NO = new Set(['false', '0', 'no', 'n', 'khong', 'sai', 'off']);
const yesNo = z.union([
  z.boolean(),
  z.string().transform((value, ctx) => {
    const word = normalizeText(value);
    if (YES.has(word)) return true;
    if (NO.has(word)) return false;
    ctx.addIssue({ code: 'custom', message: 'yes or no' });
    return z.NEVER;
  }),
]);

/** Quorum as a fraction of official members: 1/2 at least (fewer could not pass a resolution), 1/1 at most. */
const quorum = z
  .string()
  .trim()
  .regex(/^\d{1,2}\s*\/\s*\d{1,2}$/)
  .transform((value) => value.split('/').map((part) => Number(part.trim())) as [number, number])
  .refine(([n, d]) => d >= 1 && d <= 20 && n >= 1 && n <= d && 2 * n >= d);

/** A real calendar date (2023-02-30 is refused, not moved to March). */
function isCalendarDate(value: string): boolean {
  const date = new Date(`${value}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

const isoDate = z
  .string()
  .trim()
  .refine((value) => value === '' || (isCalendarDate(value) && value >= '2000-01-01' && value <= '2100-12-31'));

const reminderMinutes = z
  .array(
    z
      .number()
      .int()
      .min(1)
      .max(60 * 1_440),
  )
  .max(10);
const NO_REMINDERS = new Set(['', 'khong', 'none', 'no']);

function ruleOf(value: string | ScheduleRule): ScheduleRule | null {
  return readScheduleRule(typeof value === 'string' ? parseRuleText(value) : value);
}

function minutesOf(value: string | readonly number[]): number[] | null {
  const list =
    typeof value === 'string' ? (NO_REMINDERS.has(normalizeText(value)) ? [] : parseReminderText(value)) : [...value];
  const parsed = reminderMinutes.safeParse(list);
  return parsed.success ? [...new Set(parsed.data)].sort((a, b) => b - a) : null;
}

/** One setting's columns, or null when its value is refused. */
function columnsOf(key: SettingKey, input: SettingsInput, cell: Cell): SettingsPatch | null {
  switch (key) {
    case 'name': {
      const parsed = text(3, 200).safeParse(input.name);
      return parsed.success ? { name: parsed.data } : null;
    }
    case 'parentOrganisation': {
      const parsed = text(0, 200).safeParse(input.parentOrganisation);
      return parsed.success ? { parentOrganisation: parsed.data } : null;
    }
    case 'locality': {
      const parsed = text(0, 100).safeParse(input.locality);
      return parsed.success ? { locality: parsed.data } : null;
    }
    case 'timezone': {
      const wanted = z.string().trim().safeParse(input.timezone);
      if (!wanted.success) return null;
      // A zone stored before the list existed may stay; a new one must be listed.
      const zone = knownTimezone(wanted.data)?.id ?? (wanted.data === cell.timezone ? cell.timezone : null);
      return zone ? { timezone: zone } : null;
    }
    case 'meetingRule': {
      const rule = input.meetingRule === undefined ? null : ruleOf(input.meetingRule);
      return rule ? { meetingRule: JSON.stringify(rule) } : null;
    }
    case 'reminders': {
      const minutes = input.reminders === undefined ? null : minutesOf(input.reminders);
      return minutes
        ? { reminderOffsets: offsetsJson(withReminderMinutes(parseOffsets(cell.reminderOffsets), minutes)) }
        : null;
    }
    case 'quorum': {
      const parsed = quorum.safeParse(input.quorum);
      return parsed.success ? { quorumNumerator: parsed.data[0], quorumDenominator: parsed.data[1] } : null;
    }
    case 'excusedInDenominator': {
      const parsed = yesNo.safeParse(input.excusedInDenominator);
      return parsed.success ? { excusedInDenominator: parsed.data } : null;
    }
    case 'attachedInMayVote': {
      const parsed = yesNo.safeParse(input.attachedInMayVote);
      return parsed.success ? { attachedInMayVote: parsed.data } : null;
    }
    case 'approvalRef': {
      const parsed = text(0, 100).safeParse(input.approvalRef);
      return parsed.success ? { onlineApprovalRef: parsed.data === '' ? null : parsed.data } : null;
    }
    case 'approvalDate': {
      const parsed = isoDate.safeParse(input.approvalDate);
      return parsed.success
        ? { onlineApprovalDate: parsed.data === '' ? null : new Date(`${parsed.data}T00:00:00Z`) }
        : null;
    }
  }
}

export type SettingsParse =
  | { readonly ok: true; readonly patch: SettingsPatch }
  | { readonly ok: false; readonly invalid: readonly SettingKey[] };

/** Reads every setting present in `input`; one refused value refuses them all (nothing is half saved). */
export function parseSettings(input: SettingsInput, cell: Cell): SettingsParse {
  const patch: SettingsPatch = {};
  const invalid: SettingKey[] = [];
  for (const key of SETTING_KEYS) {
    if (input[key] === undefined) continue;
    const columns = columnsOf(key, input, cell);
    if (columns) Object.assign(patch, columns);
    else invalid.push(key);
  }
  return invalid.length > 0 ? { ok: false, invalid } : { ok: true, patch };
}
