/** Template data for the setup cards: the cell's settings form and the secretary's roster pages. */
import { roleLabel, statusLabel } from '../../core/statuses';
import { MEMBER_ROLES, MEMBER_STATUSES, type Locale } from '../../core/types';
import type { SetupFormView, SetupRosterView } from '../view-models';
import { fill, type Labels } from '../labels';
import { baseData, linesOf, type BaseData } from './common';
import { attachedChoices, excusedChoices, quorumChoices, settingsWords, timezoneChoices, weekdayRuleChoice, type Choice, type SettingsWords } from './setup-choices';


/**
 * Reminder offsets the form offers, in minutes. They must match
 * REMINDER_CHOICES in src/features/setup/setup-form.ts, which validates them
 * (tests/unit/cards-setup.test.ts checks both lists agree).
 */
/** Most committees listed as radio buttons (each a line or two on a phone). */
const EXPANDED_COMMITTEES = 5;

export const REMINDER_OFFSETS = [10_080, 4_320, 1_440, 120, 30] as const;

export interface SetupFormData extends BaseData {
  readonly values: SetupFormView['values'];
  readonly errors: readonly string[];
  readonly hasErrors: boolean;
  readonly dayChoices: readonly Choice[];
  readonly reminderChoices: readonly Choice[];
  /** The words of the rule inputs (kept apart from labels.ts, which every card shares). */
  readonly s: SettingsWords;
  readonly timezoneChoices: readonly Choice[];
  readonly quorumChoices: readonly Choice[];
  readonly excusedChoices: readonly Choice[];
  readonly attachedChoices: readonly Choice[];
  /** The committees offered, after "none"; the choice is hidden when the instance has no committee. */
  readonly committeeChoices: readonly Choice[];
  readonly hasCommittees: boolean;
  /** Radio buttons, which wrap a long name on a phone, while the list is short; a dropdown beyond. */
  readonly committeeStyle: 'expanded' | 'compact';
}

function reminderTitle(minutes: number, l: Labels): string {
  if (minutes === 1_440) return l.reminderDay;
  if (minutes % 1_440 === 0) return fill(l.reminderDays, { n: minutes / 1_440 });
  if (minutes % 60 === 0) return fill(l.reminderHours, { n: minutes / 60 });
  return fill(l.reminderMinutes, { n: minutes });
}

/** The offered offsets and any other one the cell has (set with "nhắc lịch"), largest first. */
function reminderMinutes(current: string): number[] {
  const stored = current.split(',').map(Number).filter((m) => Number.isInteger(m) && m > 0);
  return [...new Set<number>([...REMINDER_OFFSETS, ...stored])].sort((a, b) => b - a);
}

/** Builds the setup form template's data from its view. */
export function setupFormData(view: SetupFormView): SetupFormData {
  const base = baseData(view.locale);
  const errors = linesOf(view.errors ?? []);
  return {
    ...base,
    values: { ...view.values },
    errors,
    hasErrors: errors.length > 0,
    dayChoices: [
      ...(view.weekdayRule ? [weekdayRuleChoice(view.weekdayRule, view.locale)] : []),
      ...Array.from({ length: 28 }, (_, i) => ({ title: fill(base.l.meetingDayChoice, { n: i + 1 }), value: String(i + 1) })),
    ],
    reminderChoices: reminderMinutes(view.values.reminders).map((minutes) => ({ title: reminderTitle(minutes, base.l), value: String(minutes) })),
    s: settingsWords(view.locale),
    timezoneChoices: timezoneChoices(view.values.timezone, view.locale),
    quorumChoices: quorumChoices(view.values.quorum, view.locale),
    excusedChoices: excusedChoices(view.locale),
    attachedChoices: attachedChoices(view.locale),
    committeeChoices: [{ title: settingsWords(view.locale).noCommittee, value: 'none' }, ...view.committees.map((c) => ({ title: c.name, value: c.id }))],
    hasCommittees: view.committees.length > 0,
    committeeStyle: view.committees.length <= EXPANDED_COMMITTEES ? 'expanded' : 'compact',
  };
}

/**
 * Most roster lines one setup card should carry: each line is about 1.2 KB
 * (two choice lists and a text input), so 15 lines stay near 20 KB, under
 * Teams' ~28 KB card limit with room for long names. The feature pages by it.
 */
export const SETUP_ROSTER_MAX_LINES = 15;

interface EntryData {
  readonly name: string;
  readonly detail: string;
  readonly hasDetail: boolean;
  readonly statusId: string;
  readonly roleId: string;
  readonly groupId: string;
  readonly status: string;
  readonly role: string;
  readonly partyGroup: string;
}

export interface SetupRosterData extends BaseData {
  readonly cellName: string;
  readonly summaryLines: readonly string[];
  readonly pageLine: string;
  readonly paged: boolean;
  readonly entries: readonly EntryData[];
  readonly hasEntries: boolean;
  readonly statusChoices: readonly Choice[];
  readonly roleChoices: readonly Choice[];
  readonly page: string;
  readonly previousPage: string;
  readonly nextPage: string;
  readonly hasPrevious: boolean;
  readonly hasNext: boolean;
}

function capitalised(text: string): string {
  return text.charAt(0).toLocaleUpperCase('vi') + text.slice(1);
}

function entryData(entry: SetupRosterView['entries'][number]): EntryData {
  return {
    name: entry.name,
    detail: entry.detail === '' ? '' : ` – ${entry.detail}`,
    hasDetail: entry.detail !== '',
    statusId: `status.${entry.key}`,
    roleId: `role.${entry.key}`,
    groupId: `group.${entry.key}`,
    status: entry.status ?? '',
    role: entry.role,
    partyGroup: entry.partyGroup,
  };
}

function choices(locale: Locale): Pick<SetupRosterData, 'statusChoices' | 'roleChoices'> {
  return {
    statusChoices: MEMBER_STATUSES.map((status) => ({ title: capitalised(statusLabel(status, locale)), value: status })),
    roleChoices: MEMBER_ROLES.map((role) => ({ title: roleLabel(role, locale), value: role })),
  };
}

/** Builds the roster-setup template's data from its view. */
export function setupRosterData(view: SetupRosterView): SetupRosterData {
  const base = baseData(view.locale);
  return {
    ...base,
    ...choices(view.locale),
    cellName: view.cellName,
    summaryLines: linesOf(view.summaryLines),
    pageLine: fill(base.l.rosterPage, { page: view.page, count: view.pageCount }),
    paged: view.pageCount > 1,
    entries: view.entries.map(entryData),
    hasEntries: view.entries.length > 0,
    page: String(view.page),
    previousPage: String(view.page - 1),
    nextPage: String(view.page + 1),
    hasPrevious: view.page > 1,
    hasNext: view.page < view.pageCount,
  };
}
