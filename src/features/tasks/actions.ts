/** Tasks: the chair sets them; anyone sees the open ones; the owner (or the committee) marks one done. */
import { z } from 'zod';
import { defineAction } from '../shared/action';
import { dueDate, id, nothing, text } from '../shared/action-fields';
import { chair } from '../shared/who';
import { listTasks, markTaskDone } from './task-list';
import { addTask } from './tasks';

export const taskActions = [
  defineAction({
    verb: 'task.add',
    who: chair('role.secretary_only'),
    schema: z
      .object({
        meetingId: id.optional(),
        title: text(500),
        owner: text(200),
        due: dueDate.or(z.literal('').transform(() => undefined)),
      })
      .loose(),
    commands: { 'task.add': (c) => ({ title: c.title, owner: c.owner, due: c.due }) },
    help: [
      {
        rank: 180,
        command: 'nhiệm vụ: <nội dung> – <người phụ trách> – <hạn>',
        alias: 'task: <title> – <owner> – <due>',
        vi: 'Giao nhiệm vụ',
        en: 'Set a task',
      },
    ],
    handle: (ctx, data) => addTask(ctx, data),
  }),
  defineAction({
    verb: 'task.list',
    who: 'member',
    schema: nothing,
    commands: { 'task.list': () => ({}) },
    help: [
      {
        rank: 190,
        command: 'danh sách nhiệm vụ',
        alias: 'tasks',
        vi: 'Các nhiệm vụ chưa hoàn thành, quá hạn đến hôm nay',
        en: 'Tasks not done, overdue as of today',
      },
    ],
    handle: (ctx) => listTasks(ctx),
  }),
  defineAction({
    verb: 'task.done',
    who: 'member',
    schema: z.object({ title: z.string().min(1).max(500) }).loose(),
    commands: { 'task.done': (c) => ({ title: c.title }) },
    help: [
      {
        rank: 200,
        command: 'hoàn thành nhiệm vụ: <nội dung>',
        alias: 'task done: <title>',
        vi: 'Ghi hoàn thành nhiệm vụ (người phụ trách, chi ủy)',
        en: 'Mark a task done (its owner, the committee)',
      },
    ],
    handle: (ctx, data) => markTaskDone(ctx, data.title),
  }),
];
