/**
 * What the minutes and the summary add to a meeting's numbers: times and
 * duration, agenda with presenters, the chair's conclusion, presence by
 * status, last month's tasks and their status, targets with progress, and
 * the probationary members' opinions kept apart from the tally.
 */
import { formatClock, formatLongDate } from '../../core/format';
import { formatDueDate, targetProgressLine } from '../../core/meeting-notes';
import type { AttendanceStats } from '../../core/attendance';
import { durationMinutes } from '../../core/timing-flags';
import type { Locale } from '../../core/types';
import type { Database } from '../../store/database';
import type { Meeting } from '../../store/rows';
import { taskStateAsOf, type TaskState } from '../../core/tasks-overdue';
import { say } from '../../core/wording/say';
import { PERIOD_WORDING } from '../../core/wording/periods';

export interface MeetingDetails {
  /** "ngày 05 tháng 9 năm 2025": the day the meeting started (roll call opened), else the planned day. */
  readonly date: string;
  /** "14 giờ 02": when the roll call opened, else the planned start. */
  readonly startTime: string;
  /** The planned day when the meeting was held on another day (the minutes say so), else null. */
  readonly plannedDate: string | null;
  readonly endTime: string | null;
  /** The day of the close when it is not the day of the start, else null ("cùng ngày"). */
  readonly endDate: string | null;
  readonly durationMinutes: number | null;
  readonly presentByStatus: Readonly<Record<string, number>>;
  readonly agenda: readonly { position: number; title: string; presenter: string | null }[];
  readonly conclusion: string | null;
}

export type TaskStatus = TaskState;

export interface TaskReport {
  readonly title: string;
  readonly owner: string;
  /** "30/09/2025" or null */
  readonly due: string | null;
  readonly status: TaskStatus;
  readonly statusLabel: string;
  readonly note: string | null;
}

const TASK_STATUS_LABELS: Readonly<Record<Locale, Readonly<Record<TaskStatus, string>>>> = {
  vi: { open: 'đang thực hiện', done: 'đã hoàn thành', overdue: 'quá hạn, chưa hoàn thành' },
  en: { open: 'in progress', done: 'done', overdue: 'overdue' },
};

export function meetingDetails(
  meeting: Meeting & { agendaItems: readonly { position: number; title: string; presenter: string | null }[] },
  stats: AttendanceStats,
  timeZone: string,
  locale: Locale,
): MeetingDetails {
  // Times are what happened: the start and the close that were recorded, each on its own day, in the cell's zone.
  const start = meeting.startedAt ?? meeting.startsAt;
  const end = meeting.endedAt;
  const day = (at: Date): string => formatLongDate(at, timeZone, locale);
  return {
    date: day(start),
    startTime: formatClock(start, timeZone, locale),
    plannedDate: day(meeting.startsAt) !== day(start) ? day(meeting.startsAt) : null,
    endTime: end ? formatClock(end, timeZone, locale) : null,
    endDate: end && day(end) !== day(start) ? day(end) : null,
    durationMinutes: durationMinutes(start, end),
    presentByStatus: { ...stats.present },
    agenda: meeting.agendaItems.map((a) => ({ position: a.position, title: a.title, presenter: a.presenter })),
    conclusion: meeting.conclusion,
  };
}

/** The tasks set at the cell's previous meeting, with their status as of this meeting's start (its report date). */
export async function previousTasks(
  db: Database,
  meeting: Meeting,
  timeZone: string,
  locale: Locale,
): Promise<TaskReport[]> {
  const previous = await db.prisma.meeting.findFirst({
    where: { cellId: meeting.cellId, status: { in: ['closed', 'in_progress'] }, startsAt: { lt: meeting.startsAt } },
    orderBy: { startsAt: 'desc' },
    select: { id: true },
  });
  if (!previous) return [];
  const tasks = await db.prisma.task.findMany({ where: { meetingId: previous.id }, orderBy: { createdAt: 'asc' } });
  return tasks.map((task) => taskReport(task, meeting.startsAt, timeZone, locale));
}

/** A task as reports show it, its status as of `asOf` (core/tasks-overdue.ts: the same rule in every report). */
export function taskReport(
  task: {
    title: string;
    ownerName: string;
    dueDate: Date | null;
    doneAt?: Date | null;
    status: string;
    progressNote: string | null;
  },
  asOf: Date,
  timeZone: string,
  locale: Locale,
): TaskReport {
  const status = taskStateAsOf(task, asOf, timeZone);
  return {
    title: task.title,
    owner: task.ownerName,
    due: task.dueDate ? formatDueDate(task.dueDate.toISOString().slice(0, 10)) : null,
    status,
    statusLabel: TASK_STATUS_LABELS[locale][status],
    note: task.progressNote,
  };
}

/** "Giới thiệu quần chúng ưu tú: 4/10 người (năm 2025)". */
export function targetLines(
  targets: readonly { metric: string; scope: string; period: string; goal: number; progress: number; unit: string }[],
  locale: Locale,
): string[] {
  return targets.map((t) => {
    const when =
      t.scope === 'year'
        ? say(locale, PERIOD_WORDING.year, { year: t.period })
        : say(locale, PERIOD_WORDING.targetMonth, {
            key: t.period,
            month: Number(t.period.slice(5)),
            year: t.period.slice(0, 4),
          });
    return `${targetProgressLine(t)} (${when})`;
  });
}
