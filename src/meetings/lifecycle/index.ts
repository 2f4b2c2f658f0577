/**
 * A meeting's lifecycle, one module: every change of Meeting.status (and of
 * its start) is one of these transitions, each a conditional write or a
 * unique key with its audit row, so a race or a repeat changes nothing and
 * the loser learns what happened. The features (a press or a typed command)
 * and the scheduler's jobs (features handling `job.due`) call the same step.
 *
 *   (rule) ──storeRuleMeeting──► draft ──announceMeeting──► announced
 *   draft | announced ──startMeeting──► in_progress ──endMeeting──► closed
 *   draft | announced ──rescheduleMeeting──► (same status, new start; a correction when announced)
 *   draft | announced ──cancelScheduledMeeting──► cancelled
 */
export type { TransitionBy } from './by';
export { storeRuleMeeting } from './from-rule';
export { announceMeeting, announcedBySchedulerKey, type AnnounceOutcome, type Announcer } from './announce';
export { startMeeting } from './start';
export { endMeeting } from './end';
export { assertChangeable, cancelScheduledMeeting, CHANGEABLE_STATUSES, rescheduleMeeting } from './reschedule';
