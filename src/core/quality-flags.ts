/**
 * Quality flags of cell meetings (Hướng dẫn 12-HD/BTCTW, 2018): attendance
 * above 85 %, no unexcused absence, nobody absent with reason 3 times in a row
 * within a year.
 */
import { DomainError, localDetail, logDetail } from './errors';
import { formatPercent } from './format';
import { periodLabel } from './period';
import { isInvited } from './statuses';
import type { AttendanceRecord, Locale, RosterMember } from './types';
import { say } from './wording/say';
import { FIGURES_WORDING as W } from './wording/figures';

/** Attendance at or below this fraction is flagged (the guideline asks for more than 85 %). */
export const LOW_ATTENDANCE = 0.85;

/** Excused absences in a row, within one calendar year, that raise a flag. */
export const EXCUSED_STREAK = 3;

/** One meeting of the history: its period ("2025-09") and its attendance records. */
export interface MeetingAttendance {
  readonly period: string;
  readonly records: readonly AttendanceRecord[];
}

/** A run of consecutive excused absences of one member within one year. */
export interface ExcusedStreak {
  readonly memberId: string;
  readonly year: number;
  readonly length: number;
  readonly fromPeriod: string;
  readonly toPeriod: string;
}

/**
 * The quality criteria a meeting is checked against: the three of 12-HD/BTCTW, and the duration and the
 * documents' lead time of 42-HD/BTCTW (timing-flags.ts).
 */
export type QualityFlagCode =
  'attendance.low' | 'absence.unexcused' | 'absence.excused_streak' | 'meeting.short' | 'documents.late';

/** One criterion not met, worded for the summary; memberIds name who it concerns. */
export interface QualityFlag {
  readonly code: QualityFlagCode;
  readonly text: string;
  readonly memberIds?: readonly string[];
}

/** What the flags are computed from: this meeting's numbers and the year's meetings. */
export interface QualityInput {
  /** Attendance rate of the meeting (computeAttendance), null when nobody was expected. */
  readonly rate: number | null;
  readonly unexcusedCount: number;
  /** Who was absent without reason, when known: named in the flag. */
  readonly unexcusedIds?: readonly string[];
  readonly members: readonly RosterMember[];
  /** The meetings to examine, oldest first (typically this year's, this meeting last). */
  readonly history: readonly MeetingAttendance[];
}

function yearOf(period: string): number {
  const match = /^(\d{4})-\d{2}$/.exec(period);
  if (!match) throw new DomainError('input.invalid', localDetail(`kỳ ${period}`, `period ${period}`));
  return Number(match[1]);
}

/** Presence of each member at one meeting, the last record winning. */
function presenceMap(records: readonly AttendanceRecord[]): ReadonlyMap<string, AttendanceRecord['presence']> {
  return new Map(records.map((r) => [r.memberId, r.presence]));
}

interface MeetingPresence {
  readonly period: string;
  readonly year: number;
  readonly presence: ReadonlyMap<string, AttendanceRecord['presence']>;
}

function memberStreaks(memberId: string, meetings: readonly MeetingPresence[], minStreak: number): ExcusedStreak[] {
  const found: ExcusedStreak[] = [];
  // The current run of excused absences (first and last meeting); undefined outside a run.
  let run: { first: MeetingPresence; last: MeetingPresence; length: number } | undefined;
  const close = (): void => {
    if (run && run.length >= minStreak) {
      const { first, last, length } = run;
      found.push({ memberId, year: first.year, length, fromPeriod: first.period, toPeriod: last.period });
    }
    run = undefined;
  };
  for (const meeting of meetings) {
    const excused = meeting.presence.get(memberId) === 'excused';
    if (!excused || (run && run.first.year !== meeting.year)) close();
    if (excused)
      run = run ? { ...run, last: meeting, length: run.length + 1 } : { first: meeting, last: meeting, length: 1 };
  }
  close();
  return found;
}

/**
 * Runs of at least `minStreak` consecutive excused absences per member, in history order. Any other entry
 * (present, unexcused, not recorded, no record) breaks a run, and so does a new calendar year.
 */
export function excusedStreaks(history: readonly MeetingAttendance[], minStreak = EXCUSED_STREAK): ExcusedStreak[] {
  if (!Number.isInteger(minStreak) || minStreak < 1)
    throw new DomainError('input.invalid', logDetail(`minStreak ${minStreak}`));
  const meetings = history.map((m) => ({ period: m.period, year: yearOf(m.period), presence: presenceMap(m.records) }));
  const ids = [...new Set(history.flatMap((m) => m.records.map((r) => r.memberId)))];
  return ids.flatMap((id) => memberStreaks(id, meetings, minStreak));
}

function comradeList(ids: readonly string[], names: ReadonlyMap<string, string>, locale: Locale): string {
  const comrade = say(locale, W.comrade);
  return ids.map((id) => `${comrade} ${names.get(id) ?? id}`).join(', ');
}

function lowAttendanceFlag(rate: number, locale: Locale): QualityFlag {
  const percent = formatPercent(rate, locale);
  const text = say(locale, W.lowAttendance, { percent });
  return { code: 'attendance.low', text };
}

function unexcusedFlag(input: QualityInput, names: ReadonlyMap<string, string>, locale: Locale): QualityFlag {
  const ids = input.unexcusedIds ?? [];
  const list = ids.length > 0 ? `: ${comradeList(ids, names, locale)}` : '';
  const n = input.unexcusedCount;
  const text = say(locale, W.unexcused, { n, list });
  return input.unexcusedIds ? { code: 'absence.unexcused', text, memberIds: ids } : { code: 'absence.unexcused', text };
}

function streakFlag(
  streaks: readonly ExcusedStreak[],
  names: ReadonlyMap<string, string>,
  locale: Locale,
): QualityFlag {
  const items = streaks.map((s) => {
    const span = `${periodLabel(s.fromPeriod, locale)} – ${periodLabel(s.toPeriod, locale)}`;
    const who = comradeList([s.memberId], names, locale);
    return say(locale, W.streakItem, { who, length: s.length, span });
  });
  const text = say(locale, W.excusedStreak, { streak: EXCUSED_STREAK, items: items.join('; ') });
  return { code: 'absence.excused_streak', text, memberIds: [...new Set(streaks.map((s) => s.memberId))] };
}

/** The quality flags of a meeting, in a fixed order: attendance, unexcused absences, excused streaks. */
export function qualityFlags(input: QualityInput, locale: Locale): QualityFlag[] {
  const names = new Map(input.members.map((m) => [m.id, m.fullName]));
  // Streaks concern summoned members only: exempt, attached elsewhere and suspended members are not expected.
  const summoned = new Set(input.members.filter((m) => isInvited(m.status)).map((m) => m.id));
  const flags: QualityFlag[] = [];
  if (input.rate !== null && input.rate <= LOW_ATTENDANCE) flags.push(lowAttendanceFlag(input.rate, locale));
  if (input.unexcusedCount > 0) flags.push(unexcusedFlag(input, names, locale));
  const streaks = excusedStreaks(input.history).filter((s) => summoned.has(s.memberId));
  if (streaks.length > 0) flags.push(streakFlag(streaks, names, locale));
  return flags;
}
