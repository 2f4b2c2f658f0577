/**
 * When a task is overdue: one rule for every report (meeting summary, month,
 * year, dashboard, CLI, the task list). A task is due on a calendar day of the
 * cell; it is overdue once that day is over, as of the report's day in the
 * cell's zone. The stored status column is only read for "done" (and then only
 * from the day it was marked done); "overdue" is never stored truth.
 */
import { localParts } from './zoned-time';

export type TaskState = 'open' | 'done' | 'overdue';

/** What the rule reads of a task; doneAt is left out by callers that do not load it (then "done" is done whenever asked). */
export interface TaskDue {
  readonly status: string;
  /** The due day, stored as the UTC midnight of the day typed ("30/9/2025" → 2025-09-30T00:00Z). */
  readonly dueDate: Date | null;
  readonly doneAt?: Date | null;
}

/** The calendar day ("2025-09-05") a report made at `at` is dated, in the cell's zone. */
export function reportDay(at: Date, timeZone: string): string {
  const p = localParts(at, timeZone);
  return `${String(p.year).padStart(4, '0')}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** The deadline's calendar day. */
export function dueDay(dueDate: Date): string {
  return dueDate.toISOString().slice(0, 10);
}

/** open | done | overdue on a report's day ("2025-09-05"); `timeZone` dates the moment it was marked done. */
export function taskStateOn(task: TaskDue, day: string, timeZone: string): TaskState {
  if (task.status === 'done' && (!task.doneAt || reportDay(task.doneAt, timeZone) <= day)) return 'done';
  return task.dueDate && dueDay(task.dueDate) < day ? 'overdue' : 'open';
}

/** open | done | overdue in a report made at `asOf` (taskStateOn the report's day in `timeZone`). */
export function taskStateAsOf(task: TaskDue, asOf: Date, timeZone: string): TaskState {
  return taskStateOn(task, reportDay(asOf, timeZone), timeZone);
}

/** How many tasks are in each state as of `asOf`. */
export function countTaskStates(
  tasks: readonly TaskDue[],
  asOf: Date,
  timeZone: string,
): Readonly<Record<TaskState, number>> & { total: number } {
  const counts = { open: 0, done: 0, overdue: 0 };
  for (const task of tasks) counts[taskStateAsOf(task, asOf, timeZone)] += 1;
  return { ...counts, total: tasks.length };
}
