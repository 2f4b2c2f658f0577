/**
 * Fan-out of one monthly notice to N conversations (default 10 000) through
 * the real delivery → outbox → dispatcher path, with an HTTP transport to a
 * local connector stand-in that enforces Teams' limits. Prints the time taken
 * against the floor the limits set (N / 50 per second), the 429s received and
 * the duplicates (must be 0). Figures only: no assertion on time.
 *
 *   node dist/bench/fanout.js [--conversations N] [--unpaced]
 *
 * --unpaced: the sender of before pacing (every send goes now or is put back), for comparison.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { renderCard } from '../src/cards/render';
import type { MessageView } from '../src/cards/view-models';
import { createDelivery, type PlatformRenderer } from '../src/delivery';
import { systemClock } from '../src/features/ports';
import {
  createOutboxDispatcher,
  parseRetryAfter,
  TEAMS_LIMITS,
  TransportError,
  type OutboxLogger,
  type Transport,
} from '../src/outbox';
import { openDatabase, type Database } from '../src/store/database';
import { startStandInProcess } from './fanout-stand-in';

const GLOBAL_PER_SECOND = 50;

const quiet: OutboxLogger = { info: () => undefined, warn: () => undefined, error: () => undefined };

function option(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at < 0 ? undefined : argv[at + 1];
}

const teamsLikeRenderer: PlatformRenderer = {
  platform: 'teams',
  render: (view) =>
    Promise.resolve({
      kind: 'card',
      card: renderCard(view),
      ...(view.type === 'message' ? { fallbackText: view.text } : {}),
    }),
};

/** POSTs to the stand-in; a 429 becomes a TransportError carrying Retry-After. */
function httpTransport(baseUrl: string, counters: { throttled: number }): Transport {
  return {
    platform: 'teams',
    async send(recipient, payload) {
      const response = await fetch(`${baseUrl}/v3/conversations/${encodeURIComponent(recipient)}/activities`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ type: 'message', payload }),
        signal: AbortSignal.timeout(10_000),
      });
      if (response.status === 429) counters.throttled += 1;
      if (!response.ok) {
        const retryAfterMs = parseRetryAfter(response.headers.get('retry-after') ?? undefined, new Date());
        throw new TransportError(`HTTP ${response.status}`, {
          status: response.status,
          ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
        });
      }
      const body = (await response.json()) as { id?: string };
      return body.id === undefined ? {} : { platformMessageId: body.id };
    },
  };
}

async function seed(db: Database, conversations: number): Promise<string> {
  const cell = await db.prisma.cell.create({
    data: { name: 'Chi bộ Đo tải', parentOrganisation: 'Đảng bộ Thử nghiệm' },
  });
  for (let from = 0; from < conversations; from += 1_000) {
    const rows = Array.from({ length: Math.min(1_000, conversations - from) }, (_, i) => ({
      platform: 'teams',
      conversationId: `19:bench-${from + i}@thread.v2`,
      cellId: cell.id,
    }));
    await db.prisma.conversation.createMany({ data: rows });
  }
  return cell.id;
}

async function drain(
  db: Database,
  standIn: { readonly url: string },
  counters: { throttled: number },
  paced: boolean,
): Promise<{ seconds: number; dead: number }> {
  const dispatcher = createOutboxDispatcher({
    db,
    transports: [httpTransport(standIn.url, counters)],
    clock: systemClock,
    logger: quiet,
    instanceId: 'bench',
    limits: { teams: TEAMS_LIMITS },
    batchSize: 200,
    concurrency: 16,
    pollIntervalMs: 50,
    ...(paced ? { pacing: { maxWaitMs: 1_000 } } : {}),
  });
  const started = Date.now();
  dispatcher.start();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, 250));
    const open = await db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
    if (open === 0) break;
  }
  await dispatcher.stop();
  return {
    seconds: (Date.now() - started) / 1000,
    dead: await db.prisma.outboxMessage.count({ where: { status: 'dead' } }),
  };
}

/** Runs the benchmark and prints its figures. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const conversations = Number(option(argv, 'conversations') ?? 10_000);
  if (!Number.isInteger(conversations) || conversations < 1)
    throw new Error('--conversations must be a positive integer');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-fanout-'));
  const db = await openDatabase(`file:${path.join(dir, 'bench.db')}`);
  const standIn = await startStandInProcess();
  try {
    const cellId = await seed(db, conversations);
    const view: MessageView = {
      type: 'message',
      locale: 'vi',
      tone: 'info',
      title: 'THÔNG BÁO sinh hoạt chi bộ định kỳ tháng 9/2025',
      text: 'Thời gian: 14 giờ 00, ngày 05/9/2025 (thứ Sáu). Đề nghị các đồng chí tham dự đầy đủ, đúng giờ.',
    };
    const delivery = createDelivery({ db, renderers: [teamsLikeRenderer], clock: systemClock });
    const enqueueStart = Date.now();
    const report = await delivery.toCell(cellId, view, 'notice', 'bench-2025-09');
    const again = await delivery.toCell(cellId, view, 'notice', 'bench-2025-09');
    const enqueueSeconds = (Date.now() - enqueueStart) / 1000;
    const counters = { throttled: 0 };
    const { seconds, dead } = await drain(db, standIn, counters, !argv.includes('--unpaced'));
    const { delivered, conversations: reached } = await standIn.figures();
    const floor = conversations / GLOBAL_PER_SECOND;
    const lines = [
      `fan-out of one notice to ${conversations} conversations (Teams limits: 7/s and 60/30 s per conversation, ${GLOBAL_PER_SECOND}/s overall)`,
      `  queued:            ${report.queued} rows in ${enqueueSeconds.toFixed(1)} s (a second pass queued ${again.queued})`,
      `  sent in:           ${seconds.toFixed(1)} s`,
      `  floor (limits):    ${floor.toFixed(1)} s  (${conversations} / ${GLOBAL_PER_SECOND} per s)`,
      `  ratio to floor:    ${(seconds / floor).toFixed(2)}`,
      `  delivered:         ${delivered} to ${reached} conversations`,
      `  429 received:      ${counters.throttled} (${((100 * counters.throttled) / Math.max(1, delivered + counters.throttled)).toFixed(2)} % of sends)`,
      `  duplicates:        ${delivered - reached}`,
      `  dead rows:         ${dead}`,
    ];
    console.log(lines.join('\n'));
  } finally {
    standIn.close();
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
