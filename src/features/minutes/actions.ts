/** Signed links: a meeting's documents and the dashboard. */
import { z } from 'zod';
import { defineAction } from '../shared/action';
import { id, nothing, period } from '../shared/action-fields';
import { requestDashboardLink, requestMinutesLinks } from './request-links';

export const minutesActions = [
  defineAction({
    verb: 'minutes.links',
    who: 'committee',
    schema: z.object({ meetingId: id.optional(), period: period.optional() }).loose(),
    commands: { minutes: (c) => ({ period: c.period }) },
    help: [
      {
        rank: 250,
        command: 'biên bản [tháng 9/2025]',
        alias: 'minutes [2025-09]',
        vi: 'Tải biên bản, dự thảo nghị quyết, bảng tổng hợp',
        en: 'Download the minutes, draft resolution and spreadsheet',
      },
    ],
    handle: (ctx, data) => requestMinutesLinks(ctx, data),
  }),
  defineAction({
    verb: 'dashboard.link',
    who: 'committee',
    schema: nothing,
    commands: { dashboard: () => ({}) },
    help: [
      {
        rank: 260,
        command: 'bảng điều khiển',
        alias: 'dashboard',
        vi: 'Mở bảng theo dõi của chi bộ',
        en: 'Open the cell dashboard',
      },
    ],
    handle: (ctx) => requestDashboardLink(ctx),
  }),
];
