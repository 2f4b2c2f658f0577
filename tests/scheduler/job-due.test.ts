/**
 * The edge between the scheduler and the bot: a claimed occurrence enters the
 * bot as `{ kind: 'job.due', job }`, the scheduler queues exactly what the bot
 * answers (outbox keys with the job and its ledger key), and a job the bot
 * fails is left running and done by the next tick.
 */
import type { JobDueEvent, JobResult, JobRunner } from '../../src/meetings/job-due';
import { messageView } from '../../src/features/shared/results';
import { describeEachDatabase } from '../support/databases';
import { cellWithMembers, ManualClock, MINUTE, outboxByJob, schedulerFor } from './helpers';

/** A bot that records the events it is handed and answers with one message to the cell, or fails while `failing`. */
function recordingBot(): JobRunner & { events: JobDueEvent[]; failing: boolean } {
  const bot = {
    events: [] as JobDueEvent[],
    failing: false,
    handleJob(event: JobDueEvent): Promise<JobResult> {
      bot.events.push(event);
      if (bot.failing) return Promise.reject(new Error('feature failed'));
      return Promise.resolve({ sends: [{ to: 'cell', view: messageView('vi', 'info', `việc ${event.job.job}`) }] });
    },
  };
  return bot;
}

describeEachDatabase('scheduler: jobs enter the bot as job.due', (getDb) => {
  it('hands the claimed occurrence to the bot and queues what it answers', async () => {
    const db = getDb();
    // A minute after the day-before reminder of the rule's 5 September 14:00 meeting (the notice is past the grace window).
    const clock = new ManualClock(new Date('2025-09-04T07:01:00Z'));
    const { cell } = await cellWithMembers(db, 3);
    const bot = recordingBot();

    const report = await schedulerFor(db, clock, { bot }).tick();
    expect(report).toMatchObject({ ran: 1, failed: 0, queued: 1 });
    expect(bot.events).toHaveLength(1);
    const event = bot.events[0]!;
    expect(event).toMatchObject({
      kind: 'job.due',
      job: { job: 'remind.rsvp', cellId: cell.id, meetingId: `auto-${cell.id}-2025-09` },
    });
    expect(event.job.at.toISOString()).toBe('2025-09-04T07:00:00.000Z');
    const rows = (await outboxByJob(db, cell.id)).get('remind.rsvp') ?? [];
    expect(rows).toHaveLength(1);
    // The outbox key embeds the ledger key (its separators escaped).
    expect(rows[0]!.dedupeKey).toContain(event.job.key.split('|').join('\\|'));
    expect(rows[0]!.payload).toContain('việc remind.rsvp');

    // The same minute again: the ledger row is final, the bot is not asked twice.
    clock.advance(MINUTE);
    await schedulerFor(db, clock, { bot }).tick();
    expect(bot.events).toHaveLength(1);
  });

  it('leaves a job the bot failed running, and the next tick does it', async () => {
    const db = getDb();
    const clock = new ManualClock(new Date('2025-09-04T07:01:00Z'));
    const { cell } = await cellWithMembers(db, 2);
    const bot = recordingBot();
    bot.failing = true;

    expect(await schedulerFor(db, clock, { bot }).tick()).toMatchObject({ ran: 0, failed: 1, queued: 0 });
    expect(await db.prisma.jobRun.findFirst({ where: { cellId: cell.id, job: 'remind.rsvp' } })).toMatchObject({
      status: 'running',
    });

    bot.failing = false;
    clock.advance(MINUTE);
    expect(await schedulerFor(db, clock, { bot }).tick()).toMatchObject({ ran: 1, failed: 0, queued: 1 });
    expect(await db.prisma.jobRun.findFirst({ where: { cellId: cell.id, job: 'remind.rsvp' } })).toMatchObject({
      status: 'sent',
    });
    expect(bot.events.map((e) => e.job.key)).toEqual([bot.events[0]!.job.key, bot.events[0]!.job.key]);
  });
});
