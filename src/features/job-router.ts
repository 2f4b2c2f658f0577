/**
 * Routes the scheduler's `job.due` to the feature that does it, as router.ts
 * routes a turn: one table on the job's name. The scheduler has claimed the
 * occurrence; the feature loads what it needs, makes its lifecycle step
 * (announce, start) and answers what to send. A failure is thrown back to the
 * scheduler, which leaves the ledger row running and resumes it next tick.
 */
import type { JobName } from '../core/schedule-plan';
import type { Locale } from '../core/types';
import type { JobDueEvent, JobResult } from '../meetings/job-due';
import { meetingInclude, type MeetingWithDetails } from '../meetings/meeting-queries';
import { openScheduledRollCall } from './attendance/rollcall-job';
import { postScheduledNotice } from './notices/notice-job';
import {
  announceCancellation,
  announceMove,
  remindToJoin,
  remindToVote,
  remindUnanswered,
} from './reminders/reminder-jobs';
import type { Services } from './shared/context';
import { NO_SENDS, type JobContext } from './shared/job-context';
import { sendScheduledSummary } from './summaries/summary-job';
import { asLocale } from '../core/wording/say';

const JOBS: Readonly<Record<JobName, (ctx: JobContext) => Promise<JobResult>>> = {
  notice: postScheduledNotice,
  'remind.rsvp': remindUnanswered,
  'remind.join': remindToJoin,
  rollcall: openScheduledRollCall,
  'remind.vote': remindToVote,
  summary: sendScheduledSummary,
  'meeting.moved': announceMove,
  'meeting.cancelled': announceCancellation,
};

function localeOf(meeting: MeetingWithDetails): Locale {
  return asLocale(meeting.cell.locale);
}

/** Does one due job; resolves with what to send. */
export async function routeJob(services: Services, event: JobDueEvent): Promise<JobResult> {
  const job = event.job;
  const meeting = await services.db.prisma.meeting.findUnique({
    where: { id: job.meetingId },
    include: meetingInclude,
  });
  if (!meeting) {
    services.logger.warn({ key: job.key }, 'scheduler: meeting of a job is gone');
    return NO_SENDS;
  }
  return JOBS[job.job]({ ...services, job, meeting, locale: localeOf(meeting) });
}
