/** The upper committee's report, asked in chat by a member of that committee. */
import { z } from 'zod';
import { defineAction } from '../shared/action';
import { showCommitteeReport } from './show-committee-report';

export const committeeActions = [
  defineAction({
    verb: 'committee.report',
    // Not a cell's member: the reader is the platform account, checked against the committee's (committee-access.ts).
    who: 'anyone',
    schema: z
      .object({
        period: z
          .string()
          .regex(/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/)
          .optional(),
      })
      .loose(),
    commands: { 'committee.report': (c) => ({ period: c.period }) },
    help: {
      unlisted: 'For members of an upper committee, who are not on any cell\'s card (README, "báo cáo đảng ủy").',
    },
    handle: (ctx, data) => showCommitteeReport(ctx, data.period),
  }),
];
