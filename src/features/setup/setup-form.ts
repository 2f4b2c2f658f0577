/**
 * The cell's setup form: name, parent organisation, the place on the
 * documents, the usual meeting day and time, timezone, reminders, the cell's
 * rules (quorum, excused members, attached members) and the online-meeting
 * approval. The form's inputs become settings (src/features/settings), which
 * validate them as the CLI's do; a form with problems comes back with what was
 * typed and the list of problems, each naming its field.
 */
import { z } from 'zod';
import type { SetupFormView } from '../../cards/view-models';
import { DEFAULT_TIMEZONE } from '../../core/timezones';
import type { Locale } from '../../core/types';
import { parseOffsets, reminderMinutesOf } from '../../core/reminder-offsets';
import type { Cell } from '../../store/rows';
import { parseScheduleRule, type ScheduleRule } from '../../core/meeting-rule';
import { describeRule } from '../schedule/describe-rule';
import { parseSettings, SETTING_FIELDS, type SettingKey, type SettingsInput, type SettingsPatch } from '../settings';
import { NO_COMMITTEE, parseCommitteeInput, type CommitteeChoice } from './committee-choice';
import { say } from '../../core/wording/say';
import { SETUP_WORDING as W } from '../../core/wording/setup';

/** Reminder offsets the form offers, in minutes before the meeting. */
export const REMINDER_CHOICES = [10_080, 4_320, 1_440, 120, 30] as const;

type FormField = keyof SetupFormView['values'];

/** Inputs the card shows as wrapping boxes (long names), whose line breaks are spaces. */
const WRAPPED_INPUTS: ReadonlySet<FormField> = new Set(['cellName', 'parentOrganisation']);

/** The form's inputs in the order the card shows them (errors are listed in this order). */
const FORM_FIELDS: readonly FormField[] = [
  'cellName',
  'committeeId',
  'parentOrganisation',
  'locality',
  'meetingDay',
  'meetingTime',
  'timezone',
  'reminders',
  'quorum',
  'excusedInDenominator',
  'attachedInMayVote',
  'approvalRef',
  'approvalDate',
];

const FORM_NAMES: Readonly<Partial<Record<FormField, Readonly<Record<Locale, string>>>>> = {
  committeeId: { vi: 'Trực thuộc đảng bộ', en: 'Parent committee' },
  meetingDay: { vi: 'Ngày sinh hoạt hằng tháng (1–28)', en: 'Monthly meeting day (1–28)' },
  meetingTime: { vi: 'Giờ sinh hoạt (HH:mm)', en: 'Meeting time (HH:mm)' },
  approvalDate: { vi: 'Ngày văn bản (YYYY-MM-DD)', en: 'Approval date (YYYY-MM-DD)' },
};

/** The input that carries each setting. */
const INPUT_OF: Readonly<Record<SettingKey, FormField>> = {
  name: 'cellName',
  parentOrganisation: 'parentOrganisation',
  locality: 'locality',
  timezone: 'timezone',
  meetingRule: 'meetingDay',
  reminders: 'reminders',
  quorum: 'quorum',
  excusedInDenominator: 'excusedInDenominator',
  attachedInMayVote: 'attachedInMayVote',
  approvalRef: 'approvalRef',
  approvalDate: 'approvalDate',
};

const SETTING_OF: Readonly<Partial<Record<FormField, SettingKey>>> = Object.fromEntries(
  Object.entries(INPUT_OF).map(([key, input]) => [input, key]),
);

function fieldName(field: FormField, locale: Locale): string {
  const setting = SETTING_OF[field];
  return FORM_NAMES[field]?.[locale] ?? (setting ? SETTING_FIELDS[setting].label[locale] : field);
}

const DAY = z
  .string()
  .trim()
  .regex(/^(\d{1,2}|rule)$/);
const TIME = z
  .string()
  .trim()
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/);

/** The rule the day and time inputs name; a weekday rule ("rule") and a weekend policy stay as stored. */
function ruleOf(day: string, time: string, stored: ScheduleRule): ScheduleRule | null {
  if (day === 'rule') return stored.kind === 'weekdayOfMonth' ? { ...stored, time } : null;
  const n = Number(day);
  if (n < 1 || n > 28) return null;
  const weekend = stored.kind === 'dayOfMonth' ? stored.weekend : undefined;
  return { kind: 'dayOfMonth', day: n, time, ...(weekend ? { weekend } : {}) };
}

/** "10080,1440" → minutes; only offsets the card offered (its list, or the cell's own). */
function remindersOf(text: string, cell: Cell): number[] | null {
  const allowed = new Set<number>([...REMINDER_CHOICES, ...reminderMinutesOf(parseOffsets(cell.reminderOffsets))]);
  const minutes = text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map(Number);
  return minutes.every((m) => allowed.has(m)) ? minutes : null;
}

/** `committeeId`: undefined leaves the cell where it is, null takes it out of its committee. */
export type SetupFormResult =
  | { readonly ok: true; readonly patch: SettingsPatch; readonly committeeId: string | null | undefined }
  | { readonly ok: false; readonly errors: string[] };

/** Validates a submitted setup form against the cell it sets; an input left out keeps its setting. */
export function parseSetupForm(
  data: unknown,
  cell: Cell,
  locale: Locale,
  committees: readonly CommitteeChoice[] = [],
): SetupFormResult {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const bad = new Set<FormField>();
  const value = (field: FormField): string | undefined => {
    const raw = record[field];
    if (raw === undefined) return undefined;
    // The names are boxes that wrap on a phone; a line break typed there is a space in the name.
    if (typeof raw === 'string' && raw.length <= 500)
      return WRAPPED_INPUTS.has(field) ? raw.replace(/\s*[\r\n]+\s*/g, ' ') : raw;
    bad.add(field);
    return undefined;
  };
  const stored = parseScheduleRule(cell.meetingRule);
  const day = value('meetingDay');
  const time = value('meetingTime');
  const shown = setupFormView(cell, locale).values;
  const dayText = (day ?? shown.meetingDay).trim();
  const timeText = (time ?? shown.meetingTime).trim();
  if (!DAY.safeParse(dayText).success || ruleOf(dayText, '00:00', stored) === null) bad.add('meetingDay');
  if (!TIME.safeParse(timeText).success) bad.add('meetingTime');
  const rule = day === undefined && time === undefined ? undefined : ruleOf(dayText, timeText, stored);
  const reminderText = value('reminders');
  const reminders = reminderText === undefined ? undefined : remindersOf(reminderText, cell);
  if (reminders === null) bad.add('reminders');
  if (value('cellName') === undefined) bad.add('cellName');
  const timezone = value('timezone');
  const committeeId = parseCommitteeInput(record.committeeId, committees);
  if (committeeId === 'invalid') bad.add('committeeId');
  const input: SettingsInput = {
    name: value('cellName') ?? '',
    parentOrganisation: value('parentOrganisation'),
    locality: value('locality'),
    timezone: timezone === undefined ? undefined : timezone.trim() || DEFAULT_TIMEZONE,
    meetingRule: rule ?? undefined,
    reminders: reminders ?? undefined,
    quorum: value('quorum'),
    excusedInDenominator: value('excusedInDenominator'),
    attachedInMayVote: value('attachedInMayVote'),
    approvalRef: value('approvalRef'),
    approvalDate: value('approvalDate'),
  };
  const parsed = parseSettings(input, cell);
  if (!parsed.ok) for (const key of parsed.invalid) bad.add(INPUT_OF[key]);
  if (bad.size === 0 && parsed.ok && committeeId !== 'invalid') return { ok: true, patch: parsed.patch, committeeId };
  const prefix = say(locale, W.notValidPrefix);
  return {
    ok: false,
    errors: FORM_FIELDS.filter((field) => bad.has(field)).map((field) => prefix + fieldName(field, locale)),
  };
}

function placeholderName(name: string): string {
  return name.startsWith('(') ? '' : name;
}

/** The form as a cell's current settings fill it. */
export function setupFormView(cell: Cell, locale: Locale, committees: readonly CommitteeChoice[] = []): SetupFormView {
  const rule = parseScheduleRule(cell.meetingRule);
  return {
    type: 'setup.form',
    locale,
    values: {
      cellName: placeholderName(cell.name),
      parentOrganisation: cell.parentOrganisation,
      committeeId: cell.committeeId ?? NO_COMMITTEE,
      locality: cell.locality,
      meetingDay: rule.kind === 'dayOfMonth' ? String(rule.day) : 'rule',
      meetingTime: rule.time,
      timezone: cell.timezone || DEFAULT_TIMEZONE,
      reminders: reminderMinutesOf(parseOffsets(cell.reminderOffsets)).join(','),
      quorum: `${cell.quorumNumerator}/${cell.quorumDenominator}`,
      excusedInDenominator: String(cell.excusedInDenominator),
      attachedInMayVote: String(cell.attachedInMayVote),
      approvalRef: cell.onlineApprovalRef ?? '',
      approvalDate: cell.onlineApprovalDate ? cell.onlineApprovalDate.toISOString().slice(0, 10) : '',
    },
    ...(rule.kind === 'weekdayOfMonth' ? { weekdayRule: describeRule(cell.meetingRule, locale) } : {}),
    committees,
  };
}

/** The form again with what was typed and the problems found. */
export function setupFormWithErrors(data: unknown, errors: readonly string[], fallback: SetupFormView): SetupFormView {
  const record = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {};
  const typed = (key: FormField): string => {
    const value = record[key];
    return typeof value === 'string' ? value.slice(0, 200) : fallback.values[key];
  };
  const values = Object.fromEntries(FORM_FIELDS.map((key) => [key, typed(key)])) as unknown as SetupFormView['values'];
  return { ...fallback, values, errors };
}
