/** One rule for a task's status in every report: overdue as of the report's date, in the cell's zone. */
import { reportDay, taskStateAsOf, taskStateOn } from '../../src/core/tasks-overdue';

const due = (day: string) => new Date(`${day}T00:00:00Z`);
const ZONE = 'Asia/Ho_Chi_Minh';

describe('taskStateOn / taskStateAsOf', () => {
  it('is open through the deadline’s day and overdue from the next day', () => {
    const task = { status: 'open', dueDate: due('2025-09-30') };
    expect(taskStateOn(task, '2025-09-30', ZONE)).toBe('open');
    expect(taskStateOn(task, '2025-10-01', ZONE)).toBe('overdue');
    expect(taskStateOn({ status: 'open', dueDate: null }, '2030-01-01', ZONE)).toBe('open');
  });

  it('reads the report’s day in the cell’s zone, not in UTC', () => {
    // 18:00 UTC on 30 September is already 1 October in Hà Nội.
    expect(reportDay(new Date('2025-09-30T18:00:00Z'), ZONE)).toBe('2025-10-01');
    expect(taskStateAsOf({ status: 'open', dueDate: due('2025-09-30') }, new Date('2025-09-30T18:00:00Z'), ZONE)).toBe(
      'overdue',
    );
    expect(taskStateAsOf({ status: 'open', dueDate: due('2025-09-30') }, new Date('2025-09-30T16:00:00Z'), ZONE)).toBe(
      'open',
    );
  });

  it('a stored "overdue" is not truth: the date decides', () => {
    expect(taskStateOn({ status: 'overdue', dueDate: due('2025-09-30') }, '2025-09-15', ZONE)).toBe('open');
  });

  it('is done from the day it was marked done; a report dated before shows what was true then', () => {
    const task = { status: 'done', dueDate: due('2025-09-30'), doneAt: new Date('2025-10-10T03:00:00Z') };
    expect(taskStateOn(task, '2025-10-05', ZONE)).toBe('overdue');
    expect(taskStateOn(task, '2025-10-10', ZONE)).toBe('done');
    expect(taskStateOn({ status: 'done', dueDate: due('2025-09-30') }, '2025-09-01', ZONE)).toBe('done');
  });
});
