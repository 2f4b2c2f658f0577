/**
 * The cell's tasks not yet done ("danh sách nhiệm vụ"), each with its status
 * as of today by the one rule of core/tasks-overdue.ts, and marking one done
 * ("hoàn thành nhiệm vụ: <nội dung>") by its owner or the committee.
 */
import { DomainError } from '../../core/errors';
import { formatDueDate } from '../../core/meeting-notes';
import { normalizeText } from '../../core/text';
import type { Locale } from '../../core/types';
import type { Task } from '../../store/rows';
import { memberIsCommittee, type FeatureContext, type MemberContext } from '../shared/context';
import { messageView, replyWith } from '../shared/results';
import type { TurnResult } from '../turn';
import { audit, say } from '../speakers/notes-context';
import { dueDay, reportDay, taskStateOn, type TaskState as TaskStatus } from '../../core/tasks-overdue';

const STATUS_WORDS: Readonly<Record<Locale, Readonly<Record<TaskStatus, string>>>> = {
  vi: { open: 'đang thực hiện', done: 'đã hoàn thành', overdue: 'quá hạn, chưa hoàn thành' },
  en: { open: 'in progress', done: 'done', overdue: 'overdue' },
};

/** The cell's tasks not done, deadlines first, each with its status on the day given. */
export async function openTasksOn(
  ctx: FeatureContext,
  cellId: string,
  day: string,
  timeZone: string,
): Promise<{ task: Task; status: TaskStatus }[]> {
  const tasks = await ctx.db.prisma.task.findMany({
    where: { cellId, status: { not: 'done' } },
    orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
  });
  return tasks.map((task) => ({ task, status: taskStateOn(task, day, timeZone) }));
}

/** "danh sách nhiệm vụ": what is still to do, as of today in the cell's zone. */
export async function listTasks(ctx: MemberContext): Promise<TurnResult> {
  const { cell } = ctx;
  const day = reportDay(ctx.clock.now(), cell.timezone);
  const rows = await openTasksOn(ctx, cell.id, day, cell.timezone);
  const locale = ctx.turn.locale;
  const lines = rows.map(({ task, status }, i) => {
    const due = task.dueDate
      ? say(ctx, `, hạn ngày ${formatDueDate(dueDay(task.dueDate))}`, `, due ${formatDueDate(dueDay(task.dueDate))}`)
      : '';
    return `${i + 1}. ${task.title} – ${task.ownerName}${due}: ${STATUS_WORDS[locale][status]}`;
  });
  const overdue = rows.filter((r) => r.status === 'overdue').length;
  const head = say(
    ctx,
    `Nhiệm vụ chưa hoàn thành (đến ngày ${formatDueDate(day)}): ${rows.length}, quá hạn ${overdue}.`,
    `Tasks not done (as of ${formatDueDate(day)}): ${rows.length}, overdue ${overdue}.`,
  );
  return replyWith(messageView(locale, 'info', [head, ...lines].join('\n')));
}

/** The one task not done whose title is the typed one (accents optional), else the only one containing it. */
function pickTask(tasks: readonly Task[], typed: string): Task {
  const wanted = normalizeText(typed);
  const exact = tasks.filter((t) => normalizeText(t.title) === wanted);
  const matches = exact.length > 0 ? exact : tasks.filter((t) => normalizeText(t.title).includes(wanted));
  if (matches.length === 1 && matches[0]) return matches[0];
  throw new DomainError('input.invalid', matches.length === 0 ? typed : `${typed} (${matches.length})`);
}

/** "hoàn thành nhiệm vụ: <nội dung>": the owner or a committee member marks a task done. */
export async function markTaskDone(ctx: MemberContext, title: string): Promise<TurnResult> {
  const { cell, member } = ctx;
  const task = pickTask(
    await ctx.db.prisma.task.findMany({ where: { cellId: cell.id, status: { not: 'done' } } }),
    title,
  );
  if (!memberIsCommittee(member) && task.ownerMemberId !== member.id) throw new DomainError('role.secretary_only');
  await ctx.db.prisma.task.update({ where: { id: task.id }, data: { status: 'done', doneAt: ctx.clock.now() } });
  await audit(ctx, member, 'task.done', task.id, { title: task.title });
  return replyWith(
    messageView(
      ctx.turn.locale,
      'success',
      say(
        ctx,
        `Đã ghi hoàn thành nhiệm vụ: ${task.title} – ${task.ownerName}.`,
        `Task done: ${task.title} – ${task.ownerName}.`,
      ),
    ),
  );
}
