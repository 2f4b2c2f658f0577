/** Fixtures for the scheduler suites: a cell with linked members, a scheduler on a fake clock, the outbox read back. */
import { createDelivery, type Delivery } from '../../src/delivery';
import { createPlaygroundRenderer } from '../support/playground-renderer';
import { createBot } from '../../src/features/bot';
import type { JobRunner } from '../../src/meetings/job-due';
import { createScheduler, type Scheduler } from '../../src/scheduler';
import type { Database } from '../../src/store/database';
import type { Cell, Member } from '../../src/store/rows';
import { createCell, createRoster } from '../support/factories';
import { ManualClock, silentLogger } from '../support/turns';

export { ManualClock, silentLogger };

export interface CellFixture {
  readonly cell: Cell;
  readonly secretary: Member;
  readonly members: readonly Member[];
}

/** A cell with `officials` official members (secretary included), each linked on the playground, and its playground conversation (the rows the playground channel keeps). */
export async function cellWithMembers(
  db: Database,
  officials: number,
  overrides: Partial<Pick<Cell, 'meetingRule' | 'reminderOffsets' | 'timezone'>> = {},
): Promise<CellFixture> {
  const cell = await createCell(db, overrides);
  const { secretary } = await createRoster(db, cell.id, { official: officials });
  const members = await db.prisma.member.findMany({ where: { cellId: cell.id }, orderBy: { id: 'asc' } });
  await db.prisma.channelAccount.createMany({
    data: members.map((m) => ({ platform: 'playground', platformUserId: m.id, memberId: m.id })),
  });
  await db.prisma.conversation.create({ data: { platform: 'playground', conversationId: cell.id, cellId: cell.id } });
  return { cell, secretary, members };
}

export function playgroundDelivery(db: Database, clock: ManualClock): Delivery {
  return createDelivery({ db, renderers: [createPlaygroundRenderer()], clock });
}

export function schedulerFor(
  db: Database,
  clock: ManualClock,
  options: { delivery?: Delivery; instanceId?: string; graceHours?: number; bot?: JobRunner } = {},
): Scheduler {
  return createScheduler({
    config: { scheduler: { enabled: true, graceHours: options.graceHours ?? 6 } },
    db,
    delivery: options.delivery ?? playgroundDelivery(db, clock),
    bot: options.bot ?? createBot({ db, clock, logger: silentLogger }),
    clock,
    logger: silentLogger,
    instanceId: options.instanceId ?? 'test-instance',
  });
}

/** Outbox rows grouped by purpose (the job: the first part of the dedupe key). */
export async function outboxByJob(
  db: Database,
  cellId?: string,
): Promise<Map<string, { recipient: string; dedupeKey: string; payload: string }[]>> {
  const rows = await db.prisma.outboxMessage.findMany({
    select: { recipient: true, dedupeKey: true, payload: true },
    orderBy: { queuedAt: 'asc' },
  });
  const byJob = new Map<string, { recipient: string; dedupeKey: string; payload: string }[]>();
  for (const row of rows) {
    if (cellId !== undefined && !row.dedupeKey.includes(cellId)) continue;
    const job = row.dedupeKey.split('|')[0] ?? '';
    byJob.set(job, [...(byJob.get(job) ?? []), row]);
  }
  return byJob;
}

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;
