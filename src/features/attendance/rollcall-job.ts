/** The roll-call job at the planned start: the meeting starts (the lifecycle's one start) and the shared roll-call card goes to the cell. */
import { startMeeting } from '../../meetings/lifecycle';
import { meetingInclude } from '../../meetings/meeting-queries';
import type { JobResult } from '../../meetings/job-due';
import { toCell, type JobContext } from '../shared/job-context';
import { rollCallViewFor } from './rollcall-view';

export async function openScheduledRollCall(ctx: JobContext): Promise<JobResult> {
  const { job, meeting } = ctx;
  // Already started by a press: the card still goes out (the occurrence's outbox keys keep it to one).
  await startMeeting(ctx.db, job.cellId, meeting.id, { schedulerKey: job.key }, ctx.clock.now());
  const fresh =
    (await ctx.db.prisma.meeting.findUnique({ where: { id: meeting.id }, include: meetingInclude })) ?? meeting;
  return toCell(await rollCallViewFor(ctx, fresh, null, ctx.locale));
}
