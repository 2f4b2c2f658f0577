/**
 * The edge between the scheduler and the bot: the scheduler decides what is
 * due and when (ticks, missed-job recovery, the ledger's claims) and hands
 * each claimed occurrence to the bot as one more inbound event, `job.due`; a
 * feature does the job and answers what to send, as a turn answers replies.
 * The scheduler then queues those sends through delivery, with outbox keys
 * that embed the ledger key (a resumed run queues only what is missing).
 */
import type { CardView } from '../cards/view-models';
import type { Occurrence } from '../core/schedule-plan';

/** A claimed occurrence (one ledger row) whose time has come. */
export interface JobDueEvent {
  readonly kind: 'job.due';
  readonly job: Occurrence;
}

/** One message of a job: to the cell's conversations, or to some members' own chats (the same view for each). */
export type JobSend =
  | { readonly to: 'cell'; readonly view: CardView }
  | { readonly to: 'members'; readonly memberIds: readonly string[]; readonly view: CardView };

export interface JobResult {
  /** Nothing to send (the notice someone already posted, a motion already closed…) is an empty list. */
  readonly sends: readonly JobSend[];
}

/** The bot as the scheduler sees it (BotCore satisfies it). */
export interface JobRunner {
  handleJob(event: JobDueEvent): Promise<JobResult>;
}
