/** A meeting's summary and a year's. */
import { z } from 'zod';
import { defineAction } from '../shared/action';
import { id, period } from '../shared/action-fields';
import { showYearSummary } from './period-view';
import { showSummary } from './show-summary';

export const summaryActions = [
  defineAction({
    verb: 'summary.show',
    who: 'committee',
    schema: z.object({ meetingId: id.optional(), period: period.optional() }).loose(),
    commands: { summary: (c) => ({ period: c.period }) },
    help: [
      {
        rank: 150,
        command: 'tóm tắt [tháng 9/2025]',
        alias: 'summary [2025-09]',
        vi: 'Tóm tắt kỳ sinh hoạt',
        en: 'Summarise a meeting',
      },
    ],
    handle: (ctx, data) => showSummary(ctx, data),
  }),
  defineAction({
    verb: 'summary.year',
    who: 'committee',
    schema: z.object({ year: z.string().regex(/^\d{4}$/) }).loose(),
    commands: { 'summary.year': (c) => ({ year: c.year }) },
    help: [
      {
        rank: 240,
        command: 'tóm tắt năm 2025',
        alias: 'summary year 2025',
        vi: 'Tổng hợp cả năm',
        en: 'Summarise a year',
      },
    ],
    handle: (ctx, data) => showYearSummary(ctx, data.year),
  }),
];
