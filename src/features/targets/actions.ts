/** Targets: the chair sets a period's goal and records progress. */
import { z } from 'zod';
import { defineAction } from '../shared/action';
import { id, period, text } from '../shared/action-fields';
import { chair } from '../shared/who';
import { recordTargetProgress, setTarget } from './targets';

const scope = z.enum(['year', 'month']);

export const targetActions = [
  defineAction({
    verb: 'target.set',
    who: chair('role.secretary_only'),
    schema: z
      .object({
        meetingId: id.optional(),
        scope,
        metric: text(200),
        goal: z.number().finite(),
        unit: z.string().max(100).optional(),
        period: period.optional(),
      })
      .loose(),
    commands: {
      'target.set': (c) => ({ scope: c.scope, metric: c.metric, goal: c.goal, unit: c.unit, period: c.period }),
    },
    help: [
      {
        rank: 210,
        command: 'chỉ tiêu năm [2025]: <tên> = 60 [đơn vị]',
        alias: 'target 2025: <name> = 60',
        vi: 'Đặt chỉ tiêu năm (không ghi năm: năm của kỳ sinh hoạt)',
        en: "Set a yearly target (no year: the meeting's year)",
      },
      {
        rank: 220,
        command: 'chỉ tiêu tháng [1/2025]: <tên> = 15',
        alias: 'target for January 2025: <name> = 15',
        vi: 'Đặt chỉ tiêu tháng (không ghi tháng: tháng của kỳ sinh hoạt)',
        en: "Set a monthly target (also: monthly target 2025-01: …; no month: the meeting's)",
      },
    ],
    handle: (ctx, data) => setTarget(ctx, data),
  }),
  defineAction({
    verb: 'target.progress',
    who: chair('role.secretary_only'),
    schema: z
      .object({
        meetingId: id.optional(),
        scope: scope.optional(),
        period: period.optional(),
        metric: text(200),
        amount: z.coerce.number().int().min(-100_000).max(100_000),
        mode: z.enum(['add', 'set']).default('add'),
      })
      .loose(),
    commands: {
      'target.progress': (c) => ({
        metric: c.metric,
        mode: c.mode,
        amount: c.amount,
        scope: c.scope,
        period: c.period,
      }),
    },
    help: [
      {
        rank: 230,
        command: 'tiến độ chỉ tiêu <tên>: 12 | chỉ tiêu: <tên> +1',
        alias: 'target progress: <name> = 12 | target: <name> +1',
        vi: 'Cập nhật tiến độ chỉ tiêu (ghi kỳ nếu cần: tiến độ chỉ tiêu năm 2025: …)',
        en: 'Record progress on a target (name the period if needed: target progress 2025: …)',
      },
    ],
    handle: (ctx, data) => recordTargetProgress(ctx, data),
  }),
];
