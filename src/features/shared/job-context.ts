/** What a feature handling `job.due` is given: the services, the claimed occurrence and its meeting, in the cell's language. */
import type { CardView } from '../../cards/view-models';
import type { Occurrence } from '../../core/schedule-plan';
import type { Locale } from '../../core/types';
import type { JobResult } from '../../meetings/job-due';
import type { MeetingWithDetails } from '../../meetings/meeting-queries';
import type { Services } from './context';

export interface JobContext extends Services {
  readonly job: Occurrence;
  /** The job's meeting as it is now (loaded when the job ran). */
  readonly meeting: MeetingWithDetails;
  /** The cell's language: scheduled messages speak it, as nobody typed. */
  readonly locale: Locale;
}

export const NO_SENDS: JobResult = { sends: [] };

/** One message to the cell's conversations. */
export function toCell(view: CardView): JobResult {
  return { sends: [{ to: 'cell', view }] };
}

/** The same message to each member's own chat. */
export function toMembers(memberIds: readonly string[], view: CardView): JobResult {
  return { sends: [{ to: 'members', memberIds, view }] };
}
