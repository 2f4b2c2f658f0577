/** The summary job after the planned end: the meeting's summary to the secretary (or, without one, the committee). */
import type { JobResult } from '../../meetings/job-due';
import { toMembers, type JobContext } from '../shared/job-context';
import { loadMeetingSummary } from './load-summary';
import { summaryView } from './summary-view';

export async function sendScheduledSummary(ctx: JobContext): Promise<JobResult> {
  const committee = await ctx.db.prisma.member.findMany({
    where: { cellId: ctx.job.cellId, role: { in: ['secretary', 'deputy_secretary', 'committee'] } },
    select: { id: true, role: true },
  });
  const secretaries = committee.filter((m) => m.role === 'secretary');
  const to = (secretaries.length > 0 ? secretaries : committee).map((m) => m.id);
  return toMembers(to, summaryView(await loadMeetingSummary(ctx.db, ctx.meeting.id, ctx.locale), ctx.locale));
}
