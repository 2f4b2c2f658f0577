/**
 * One rule for a task's status in every report (summary, minutes, roll-ups):
 * overdue as of the report's date — a task not done whose deadline is a day
 * before the report's day, read in the cell's zone. The stored status column is
 * only read for "done"; "overdue" is never stored truth, it depends on the date.
 */
import { localParts } from '../../core/zoned-time';

export type TaskStatus = 'open' | 'done' | 'overdue';

// The zone cells get when none is set (prisma Cell.timezone's default), for callers that do not pass the cell's.
const CELL_DEFAULT_ZONE = 'Asia/Ho_Chi_Minh';

/** The calendar day ("2025-09-05") a report made at `at` is dated, in the cell's zone. */
export function reportDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The deadline's day: deadlines are stored as the UTC midnight of the day typed ("30/9/2025" → 2025-09-30T00:00Z). */
export function dueDay(dueDate: Date): string {
  return dueDate.toISOString().slice(0, 10);
}

/** A task as the rule reads it; doneAt is left out by callers that do not load it (then "done" is done whenever asked). */
export interface TaskFacts {
  readonly status: string;
  readonly dueDate: Date | null;
  readonly doneAt?: Date | null;
}

/**
 * open | done | overdue on a report's day: done if marked done by that day; otherwise overdue once the
 * deadline's day is over. `timeZone` dates the moment it was marked done.
 */
export function taskStatusOn(task: TaskFacts, day: string, timeZone: string = CELL_DEFAULT_ZONE): TaskStatus {
  if (task.status === 'done' && (!task.doneAt || reportDay(task.doneAt, timeZone) <= day)) return 'done';
  return task.dueDate && dueDay(task.dueDate) < day ? 'overdue' : 'open';
}

/** open | done | overdue in a report made at `at` (taskStatusOn of the report's day in `timeZone`). */
export function taskStatusAt(task: TaskFacts, at: Date, timeZone: string = CELL_DEFAULT_ZONE): TaskStatus {
  return taskStatusOn(task, reportDay(at, timeZone), timeZone);
}
