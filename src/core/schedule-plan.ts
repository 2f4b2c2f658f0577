/**
 * The occurrence planner, pure: from a cell's rule, zone and offsets and its
 * meetings and motions, every scheduled message with its due time and its
 * ledger key. The same function feeds the tick, the CLI and the tests.
 */
import { ruleDate, type ScheduleRule } from './meeting-rule';
import type { ScheduleOffsets } from './reminder-offsets';
import { localDateTimeToUtc } from './zoned-time';

const MINUTE = 60_000;

/** Jobs planned from a meeting, then the corrections features queue when a meeting changes. */
export const PLANNED_JOBS = ['notice', 'remind.rsvp', 'remind.join', 'rollcall', 'remind.vote', 'summary'] as const;
export const CHANGE_JOBS = ['meeting.moved', 'meeting.cancelled'] as const;
export type PlannedJob = (typeof PLANNED_JOBS)[number];
export type ChangeJob = (typeof CHANGE_JOBS)[number];
export type JobName = PlannedJob | ChangeJob;

/** An occurrence's state in the job ledger (JobRun.status); sent, missed and cancelled rows never run again. */
export const JOB_STATUSES = ['planned', 'running', 'sent', 'missed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];
export const FINAL_STATUSES: readonly JobStatus[] = ['sent', 'missed', 'cancelled'];

export interface PlanMeeting {
  readonly id: string;
  readonly period: string;
  readonly kind: string;
  readonly status: string;
  readonly startsAt: Date;
  readonly plannedMinutes: number;
  /** Not stored yet: derived from the rule (the tick stores it when its notice is due). */
  readonly virtual: boolean;
}

export interface PlanMotion {
  readonly id: string;
  readonly meetingId: string;
  readonly deadline: Date | null;
  readonly status: string;
}

export interface Occurrence {
  readonly key: string;
  readonly job: JobName;
  readonly cellId: string;
  readonly meetingId: string;
  readonly motionId?: string;
  readonly at: Date;
  /** The planned end of the meeting: reminders after it are never sent. */
  readonly meetingEndsAt: Date;
}

/** The ledger key (job, cell, meeting[:motion], occurrence); the outbox keys of its messages embed it. */
export function jobKey(job: JobName, cellId: string, meetingRef: string, at: Date): string {
  return [job, cellId, meetingRef, at.toISOString()].join('|');
}

/** The id a rule-derived meeting gets when stored: deterministic, so two writers store one row. */
export function ruleMeetingId(cellId: string, period: string): string {
  return `auto-${cellId}-${period}`;
}

export function meetingEnd(meeting: Pick<PlanMeeting, 'startsAt' | 'plannedMinutes'>): Date {
  return new Date(meeting.startsAt.getTime() + meeting.plannedMinutes * MINUTE);
}

function monthsBetween(from: Date, to: Date): [number, number][] {
  const months: [number, number][] = [];
  let y = from.getUTCFullYear();
  let m = from.getUTCMonth() + 1;
  while (y < to.getUTCFullYear() || (y === to.getUTCFullYear() && m <= to.getUTCMonth() + 1)) {
    months.push([y, m]);
    [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
  }
  return months;
}

/**
 * The regular meetings the rule names for months around [from, to] whose
 * period has no regular meeting stored (any status: a cancelled month stays cancelled).
 */
export function ruleMeetings(
  cellId: string,
  rule: ScheduleRule,
  timeZone: string,
  from: Date,
  to: Date,
  takenPeriods: ReadonlySet<string>,
): PlanMeeting[] {
  const start = new Date(from.getTime() - 31 * 24 * 60 * MINUTE);
  const end = new Date(to.getTime() + 62 * 24 * 60 * MINUTE);
  return monthsBetween(start, end).flatMap(([year, month]) => {
    const period = `${year}-${String(month).padStart(2, '0')}`;
    if (takenPeriods.has(period)) return [];
    const startsAt = localDateTimeToUtc(ruleDate(rule, year, month), rule.time, timeZone);
    return [
      {
        id: ruleMeetingId(cellId, period),
        period,
        kind: 'regular',
        status: 'draft',
        startsAt,
        plannedMinutes: 90,
        virtual: true,
      },
    ];
  });
}

/** Every occurrence of one meeting (none for a cancelled one). */
export function meetingOccurrences(
  cellId: string,
  meeting: PlanMeeting,
  motions: readonly PlanMotion[],
  offsets: ScheduleOffsets,
): Occurrence[] {
  if (meeting.status === 'cancelled') return [];
  const start = meeting.startsAt.getTime();
  const endsAt = meetingEnd(meeting);
  const at = (job: JobName, time: number, ref = meeting.id): Occurrence => {
    const when = new Date(time);
    return { key: jobKey(job, cellId, ref, when), job, cellId, meetingId: meeting.id, at: when, meetingEndsAt: endsAt };
  };
  const list: Occurrence[] = [
    at('notice', start - offsets.noticeMinutesBefore * MINUTE),
    ...offsets.rsvpMinutesBefore.map((m) => at('remind.rsvp', start - m * MINUTE)),
    ...offsets.joinMinutesBefore.map((m) => at('remind.join', start - m * MINUTE)),
    at('rollcall', start),
    at('summary', endsAt.getTime() + offsets.summaryMinutesAfter * MINUTE),
  ];
  for (const motion of motions) {
    if (motion.meetingId !== meeting.id || motion.deadline === null) continue;
    const occurrence = at(
      'remind.vote',
      motion.deadline.getTime() - offsets.voteMinutesBefore * MINUTE,
      `${meeting.id}:${motion.id}`,
    );
    list.push({ ...occurrence, motionId: motion.id });
  }
  return list;
}

export interface PlanInput {
  readonly cellId: string;
  readonly rule: ScheduleRule;
  readonly timeZone: string;
  readonly offsets: ScheduleOffsets;
  /** Stored meetings around the range (any status). */
  readonly meetings: readonly PlanMeeting[];
  readonly motions: readonly PlanMotion[];
  /** Whether meetings the rule names but nobody stored yet are planned too (the CLI and "lịch": yes). */
  readonly includeRule: boolean;
}

/** The occurrences due in [from, to], in time order. */
export function planOccurrences(input: PlanInput, from: Date, to: Date): Occurrence[] {
  const taken = new Set(input.meetings.filter((m) => m.kind === 'regular').map((m) => m.period));
  const meetings = input.includeRule
    ? [...input.meetings, ...ruleMeetings(input.cellId, input.rule, input.timeZone, from, to, taken)]
    : input.meetings;
  return meetings
    .flatMap((m) => meetingOccurrences(input.cellId, m, input.motions, input.offsets))
    .filter((o) => o.at >= from && o.at <= to)
    .sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
