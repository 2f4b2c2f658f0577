/**
 * When a task is overdue: one rule for every report (meeting summary, month,
 * year, dashboard, CLI). A task is due on a calendar day of the cell; it is
 * overdue from the next day on, as of the report's date in the cell's zone.
 */
import { localParts } from './zoned-time';

export type TaskState = 'open' | 'done' | 'overdue';

/** What the rule reads of a task: its recorded status and its due day (stored as UTC midnight of that day). */
export interface TaskDue {
  readonly status: string;
  readonly dueDate: Date | null;
}

function localDay(date: Date, timeZone: string): string {
  const p = localParts(date, timeZone);
  return `${p.year}-${String(p.month).padStart(2, '0')}-${String(p.day).padStart(2, '0')}`;
}

/** open | done | overdue as of `asOf`: not done and its due day is before asOf's day in `timeZone`. */
export function taskStateAsOf(task: TaskDue, asOf: Date, timeZone: string): TaskState {
  if (task.status === 'done') return 'done';
  if (task.dueDate === null) return 'open';
  // The due day is a calendar date written as UTC midnight; compare days, not instants.
  const due = task.dueDate.toISOString().slice(0, 10);
  return due < localDay(asOf, timeZone) ? 'overdue' : 'open';
}

/** How many tasks are in each state as of `asOf`. */
export function countTaskStates(tasks: readonly TaskDue[], asOf: Date, timeZone: string): Readonly<Record<TaskState, number>> & { total: number } {
  const counts = { open: 0, done: 0, overdue: 0 };
  for (const task of tasks) counts[taskStateAsOf(task, asOf, timeZone)] += 1;
  return { ...counts, total: tasks.length };
}
