/**
 * The cell's usual meeting day: "day 5 at 14:00" (with what to do when that
 * day is a weekend) or "first Monday at 19:30". Pure calendar arithmetic on
 * local dates; the scheduler turns a date and time into an instant with the
 * cell's zone (localDateTimeToUtc). Validated by hand: the core imports
 * nothing outside src/core.
 */

/** What a day-of-month rule does when the day falls on Saturday or Sunday. */
export const WEEKEND_POLICIES = ['keep', 'next_monday', 'previous_friday'] as const;
export type WeekendPolicy = (typeof WEEKEND_POLICIES)[number];

/** "Day 5 at 14:00"; rules stored before `weekend` existed keep the day as it is. */
export interface DayOfMonthRule {
  readonly kind: 'dayOfMonth';
  /** 1-28, so every month has it. */
  readonly day: number;
  /** "HH:MM", 24-hour. */
  readonly time: string;
  readonly weekend?: WeekendPolicy;
}

/** "First Monday at 19:30"; nth -1 is the last such weekday of the month. weekday 0 = Sunday. */
export interface WeekdayOfMonthRule {
  readonly kind: 'weekdayOfMonth';
  readonly weekday: number;
  readonly nth: 1 | 2 | 3 | 4 | -1;
  readonly time: string;
}

/** Any rule a cell may store in Cell.meetingRule. */
export type ScheduleRule = DayOfMonthRule | WeekdayOfMonthRule;

/** The day-of-month form the setup form edits (kept as the setup form's type). */
export type MeetingRule = DayOfMonthRule;

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const NTHS: readonly unknown[] = [1, 2, 3, 4, -1];

function intIn(value: unknown, min: number, max: number): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max;
}

function isWeekendPolicy(value: unknown): value is WeekendPolicy {
  return (WEEKEND_POLICIES as readonly unknown[]).includes(value);
}

/** A rule from untrusted JSON, with only the fields a rule has; null when it is not one. */
export function readScheduleRule(value: unknown): ScheduleRule | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (typeof v.time !== 'string' || !TIME.test(v.time)) return null;
  if (v.kind === 'dayOfMonth') {
    if (!intIn(v.day, 1, 28)) return null;
    if (v.weekend !== undefined && !isWeekendPolicy(v.weekend)) return null;
    return { kind: 'dayOfMonth', day: v.day, time: v.time, ...(v.weekend === undefined ? {} : { weekend: v.weekend }) };
  }
  if (v.kind === 'weekdayOfMonth') {
    if (!intIn(v.weekday, 0, 6) || !NTHS.includes(v.nth)) return null;
    return { kind: 'weekdayOfMonth', weekday: v.weekday, nth: v.nth as WeekdayOfMonthRule['nth'], time: v.time };
  }
  return null;
}

/** Reads Cell.meetingRule with every kind of rule; throws on a column that holds no rule. */
export function parseScheduleRule(json: string): ScheduleRule {
  const rule = readScheduleRule(JSON.parse(json));
  if (rule === null) throw new Error(`not a meeting rule: ${json.slice(0, 200)}`);
  return rule;
}

/**
 * The rule as the setup form shows it (day and time). A weekday rule is shown
 * as the first day it can fall on, so the form still opens; the "lịch" command
 * is where a weekday rule is set and shown.
 */
export function parseMeetingRule(json: string): MeetingRule {
  const rule = parseScheduleRule(json);
  if (rule.kind === 'dayOfMonth') return rule;
  return { kind: 'dayOfMonth', day: rule.nth === -1 ? 22 : (rule.nth - 1) * 7 + 1, time: rule.time };
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Weekday (0 = Sunday) of a calendar date; no zone is involved in a date. */
export function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

function isoDate(year: number, month: number, day: number): string {
  const shifted = new Date(Date.UTC(year, month - 1, day));
  const mm = String(shifted.getUTCMonth() + 1).padStart(2, '0');
  const dd = String(shifted.getUTCDate()).padStart(2, '0');
  return `${shifted.getUTCFullYear()}-${mm}-${dd}`;
}

/** The local date ("YYYY-MM-DD") the rule names in a month (1-12); a weekend policy may move it into the next month. */
export function ruleDate(rule: ScheduleRule, year: number, month: number): string {
  if (rule.kind === 'weekdayOfMonth') {
    if (rule.nth === -1) {
      const last = daysIn(year, month);
      return isoDate(year, month, last - ((weekdayOf(year, month, last) - rule.weekday + 7) % 7));
    }
    const first = (rule.weekday - weekdayOf(year, month, 1) + 7) % 7;
    return isoDate(year, month, 1 + first + (rule.nth - 1) * 7);
  }
  const weekday = weekdayOf(year, month, rule.day);
  const weekend = weekday === 0 || weekday === 6;
  if (!weekend || (rule.weekend ?? 'keep') === 'keep') return isoDate(year, month, rule.day);
  if (rule.weekend === 'next_monday') return isoDate(year, month, rule.day + (weekday === 6 ? 2 : 1));
  return isoDate(year, month, rule.day - (weekday === 6 ? 1 : 2));
}

/** Today's calendar date in a timezone as [year, month (1-12), day]. */
function localYmd(now: Date, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(now);
  const [y, m, d] = parts.split('-').map(Number);
  return [y!, m!, d!];
}

/** The next date the rule names, as "YYYY-MM-DD": this month's if still ahead, else next month's. */
export function suggestedMeetingDate(rule: ScheduleRule, now: Date, timeZone: string): string {
  const [year, month, day] = localYmd(now, timeZone);
  const today = isoDate(year, month, day);
  const thisMonth = ruleDate(rule, year, month);
  if (thisMonth > today) return thisMonth;
  return month === 12 ? ruleDate(rule, year + 1, 1) : ruleDate(rule, year, month + 1);
}
