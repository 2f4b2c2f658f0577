/**
 * The cell's setup form: name, parent organisation, usual meeting day and time,
 * timezone, reminder offsets and the online-meeting approval reference.
 * Submitted values are validated with zod; a form with problems comes back
 * with what was typed and the list of problems.
 */
import { z } from 'zod';
import type { SetupFormView } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { Cell } from '../../store/rows';
import { parseMeetingRule, type MeetingRule } from '../meetings/meeting-rule';

export const DEFAULT_TIMEZONE = 'Asia/Ho_Chi_Minh';

/** Reminder offsets the form offers, in minutes before the meeting. */
export const REMINDER_CHOICES = [10_080, 4_320, 1_440, 120, 30] as const;

export interface CellSettings {
  readonly name: string;
  readonly parentOrganisation: string;
  readonly meetingRule: MeetingRule;
  readonly timezone: string;
  readonly reminderMinutes: readonly number[];
  readonly approvalRef: string | null;
  readonly approvalDate: Date | null;
}

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false; // RangeError: not an IANA zone Node knows
  }
}

const FIELD_NAMES: Readonly<Record<string, Readonly<Record<Locale, string>>>> = {
  cellName: { vi: 'Tên chi bộ', en: 'Cell name' },
  parentOrganisation: { vi: 'Đảng bộ cấp trên', en: 'Parent organisation' },
  meetingDay: { vi: 'Ngày sinh hoạt hằng tháng (1–28)', en: 'Monthly meeting day (1–28)' },
  meetingTime: { vi: 'Giờ sinh hoạt (HH:mm)', en: 'Meeting time (HH:mm)' },
  timezone: { vi: 'Múi giờ', en: 'Timezone' },
  reminders: { vi: 'Nhắc lịch', en: 'Reminders' },
  approvalRef: { vi: 'Số văn bản đồng ý sinh hoạt trực tuyến', en: 'Online-meeting approval reference' },
  approvalDate: { vi: 'Ngày văn bản (YYYY-MM-DD)', en: 'Approval date (YYYY-MM-DD)' },
};

const trimmed = (max: number) => z.string().trim().max(max).optional().default('');

const formSchema = z.object({
  cellName: z.string().trim().min(3).max(200),
  parentOrganisation: trimmed(200),
  meetingDay: z.string().trim().regex(/^\d{1,2}$/).transform(Number).refine((d) => d >= 1 && d <= 28),
  meetingTime: z.string().trim().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  timezone: z.string().trim().optional().default(DEFAULT_TIMEZONE).transform((tz) => tz || DEFAULT_TIMEZONE).refine(isTimeZone),
  reminders: trimmed(200).refine((text) => splitReminders(text) !== null),
  approvalRef: trimmed(100),
  approvalDate: trimmed(10).refine((text) => text === '' || isIsoDate(text)),
});

function isIsoDate(text: string): boolean {
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(`${text}T00:00:00Z`));
}

/** "10080,1440" → [10080, 1440]; null when a value is not one the form offers. */
function splitReminders(text: string): number[] | null {
  const values = text.split(',').map((part) => part.trim()).filter((part) => part !== '');
  const minutes = values.map(Number);
  if (!minutes.every((m) => (REMINDER_CHOICES as readonly number[]).includes(m))) return null;
  return [...new Set(minutes)].sort((a, b) => b - a);
}

export type SetupFormResult = { readonly ok: true; readonly settings: CellSettings } | { readonly ok: false; readonly errors: string[] };

/** Validates a submitted setup form. */
export function parseSetupForm(data: unknown, locale: Locale): SetupFormResult {
  const parsed = formSchema.safeParse(data ?? {});
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0] ?? 'form')))];
    const prefix = locale === 'vi' ? 'Chưa hợp lệ: ' : 'Not valid: ';
    return { ok: false, errors: fields.map((field) => prefix + (FIELD_NAMES[field]?.[locale] ?? field)) };
  }
  const input = parsed.data;
  return {
    ok: true,
    settings: {
      name: input.cellName,
      parentOrganisation: input.parentOrganisation,
      meetingRule: { kind: 'dayOfMonth', day: input.meetingDay, time: input.meetingTime },
      timezone: input.timezone,
      reminderMinutes: splitReminders(input.reminders) ?? [],
      approvalRef: input.approvalRef === '' ? null : input.approvalRef,
      approvalDate: input.approvalDate === '' ? null : new Date(`${input.approvalDate}T00:00:00Z`),
    },
  };
}

/** Reminder offsets as stored on the cell (Cell.reminderOffsets). */
export function reminderOffsetsJson(minutes: readonly number[]): string {
  return JSON.stringify(minutes.map((minutesBefore) => ({ job: 'reminder', minutesBefore })));
}

function storedReminders(json: string): string {
  try {
    const value: unknown = JSON.parse(json);
    if (!Array.isArray(value)) return '';
    return value
      .map((entry: unknown) => (typeof entry === 'object' && entry !== null ? (entry as { minutesBefore?: unknown }).minutesBefore : undefined))
      .filter((m): m is number => typeof m === 'number')
      .join(',');
  } catch {
    return ''; // a corrupt column shows as "no reminders"; saving the form repairs it
  }
}

function placeholderName(name: string): string {
  return name.startsWith('(') ? '' : name;
}

/** The form as a cell's current settings fill it. */
export function setupFormView(cell: Cell, locale: Locale): SetupFormView {
  const rule = parseMeetingRule(cell.meetingRule);
  return {
    type: 'setup.form',
    locale,
    values: {
      cellName: placeholderName(cell.name),
      parentOrganisation: cell.parentOrganisation,
      meetingDay: String(rule.day),
      meetingTime: rule.time,
      timezone: cell.timezone || DEFAULT_TIMEZONE,
      reminders: storedReminders(cell.reminderOffsets),
      approvalRef: cell.onlineApprovalRef ?? '',
      approvalDate: cell.onlineApprovalDate ? cell.onlineApprovalDate.toISOString().slice(0, 10) : '',
    },
  };
}

/** The form again with what was typed and the problems found. */
export function setupFormWithErrors(data: unknown, errors: readonly string[], fallback: SetupFormView): SetupFormView {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const typed = (key: keyof SetupFormView['values']): string => {
    const value = record[key];
    return typeof value === 'string' ? value.slice(0, 200) : fallback.values[key];
  };
  const keys = Object.keys(fallback.values) as (keyof SetupFormView['values'])[];
  const values = Object.fromEntries(keys.map((key) => [key, typed(key)])) as unknown as SetupFormView['values'];
  return { ...fallback, values, errors };
}
