/**
 * Runs one claimed occurrence: hands it to the bot as `job.due` (a feature
 * does the job) and queues what the bot answers through delivery, with the
 * job's name and ledger key in the outbox keys, so a resumed run queues only
 * what is missing.
 */
import type { Clock, Logger } from '../core/ports';
import type { Occurrence } from '../core/schedule-plan';
import type { Delivery, DeliveryReport } from '../delivery';
import type { JobRunner, JobSend } from '../meetings/job-due';
import type { Database } from '../store/database';

export interface JobDependencies {
  readonly db: Database;
  readonly delivery: Delivery;
  /** The bot core: the features behind `job.due`. */
  readonly bot: JobRunner;
  readonly clock: Clock;
  readonly logger: Logger;
}

const NOTHING: DeliveryReport = { queued: 0, existing: 0, unreachable: [] };

function send(delivery: Delivery, o: Occurrence, message: JobSend): Promise<DeliveryReport> {
  if (message.to === 'cell') return delivery.toCell(o.cellId, message.view, o.job, o.key);
  return delivery.toMembers(o.cellId, message.memberIds, () => message.view, o.job, o.key);
}

/** Runs one occurrence; resolves with what was queued. */
export async function runJob(deps: JobDependencies, o: Occurrence): Promise<DeliveryReport> {
  const result = await deps.bot.handleJob({ kind: 'job.due', job: o });
  let report = NOTHING;
  for (const message of result.sends) {
    const r = await send(deps.delivery, o, message);
    report = {
      queued: report.queued + r.queued,
      existing: report.existing + r.existing,
      unreachable: [...report.unreachable, ...r.unreachable],
    };
  }
  return report;
}
