/** One rule for a task's status in every report: overdue as of the report's date, in the cell's zone. */
import { reportDay, taskStatusAt, taskStatusOn } from '../../src/features/tasks/task-status';

const due = (day: string) => new Date(`${day}T00:00:00Z`);
const ZONE = 'Asia/Ho_Chi_Minh';

describe('taskStatusOn / taskStatusAt', () => {
  it('is open through the deadline’s day and overdue from the next day', () => {
    const task = { status: 'open', dueDate: due('2025-09-30') };
    expect(taskStatusOn(task, '2025-09-30')).toBe('open');
    expect(taskStatusOn(task, '2025-10-01')).toBe('overdue');
    expect(taskStatusOn({ status: 'open', dueDate: null }, '2030-01-01')).toBe('open');
  });

  it('reads the report’s day in the cell’s zone, not in UTC', () => {
    // 18:00 UTC on 30 September is already 1 October in Hà Nội.
    expect(reportDay(new Date('2025-09-30T18:00:00Z'), ZONE)).toBe('2025-10-01');
    expect(taskStatusAt({ status: 'open', dueDate: due('2025-09-30') }, new Date('2025-09-30T18:00:00Z'), ZONE)).toBe('overdue');
    expect(taskStatusAt({ status: 'open', dueDate: due('2025-09-30') }, new Date('2025-09-30T16:00:00Z'), ZONE)).toBe('open');
  });

  it('a stored "overdue" is not truth: the date decides', () => {
    expect(taskStatusOn({ status: 'overdue', dueDate: due('2025-09-30') }, '2025-09-15')).toBe('open');
  });

  it('is done from the day it was marked done; a report dated before shows what was true then', () => {
    const task = { status: 'done', dueDate: due('2025-09-30'), doneAt: new Date('2025-10-10T03:00:00Z') };
    expect(taskStatusOn(task, '2025-10-05', ZONE)).toBe('overdue');
    expect(taskStatusOn(task, '2025-10-10', ZONE)).toBe('done');
    expect(taskStatusOn({ status: 'done', dueDate: due('2025-09-30') }, '2025-09-01')).toBe('done');
  });
});
