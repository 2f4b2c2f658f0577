/**
 * The notice job: a draft becomes announced through the same lifecycle step
 * as "Gửi thông báo". A notice someone already posted is not posted again;
 * only the occurrence that announced it sends it (a resumed run re-queues
 * what is missing, by the outbox keys).
 */
import { announceMeeting, announcedBySchedulerKey } from '../../meetings/lifecycle';
import { meetingInclude } from '../../meetings/meeting-queries';
import type { JobResult } from '../../meetings/job-due';
import { NO_SENDS, toCell, type JobContext } from '../shared/job-context';
import { noticeViewFor } from './notice-view';

export async function postScheduledNotice(ctx: JobContext): Promise<JobResult> {
  const { job, meeting } = ctx;
  const outcome = await announceMeeting(ctx.db, job.cellId, meeting.id, { schedulerKey: job.key }, ctx.clock.now());
  if (!outcome.announced && !(await announcedBySchedulerKey(ctx.db, meeting.id, job.key))) {
    ctx.logger.info({ key: job.key, status: outcome.status }, 'scheduler: notice already posted, not posted again');
    return NO_SENDS;
  }
  const current =
    (await ctx.db.prisma.meeting.findUnique({ where: { id: meeting.id }, include: meetingInclude })) ?? meeting;
  return toCell(await noticeViewFor({ ...ctx, turn: { locale: ctx.locale } }, current, null));
}
