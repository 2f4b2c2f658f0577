/**
 * Summary bench: the summary (and minutes) of one 72-member meeting, then the
 * yearly roll-up of every cell of N cells × 50 members × 12 meetings, on
 * SQLite and on PostgreSQL. Prints time and peak memory; asserts nothing.
 *
 *   node dist/bench/summary.js [--cells 1000] [--postgres postgresql://postgres@127.0.0.1:5432/test] [--skip-postgres]
 */
import { buildMinutesDocx } from '../src/exports/minutes-docx';
import { loadMeetingSummary } from '../src/features/summaries/load-summary';
import { loadPeriodSummary } from '../src/features/summaries/period-summary';
import { openDatabase, type Database } from '../src/store/database';
import { withScratchDatabase } from './scratch-database';
import { seedCells, seedLargeMeeting, YEAR } from './summary-seed';

interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  readonly peakRssMb: number;
}

async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms: performance.now() - started, peakRssMb: peak / 2 ** 20 };
  } finally {
    clearInterval(sampler);
  }
}

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at < 0 ? undefined : argv[at + 1];
}

async function runOn(label: string, db: Database, cells: number): Promise<void> {
  const meetingId = await seedLargeMeeting(db);
  await loadMeetingSummary(db, meetingId, 'vi'); // warm-up: prepared statements, JIT
  const runs = 20;
  const one = await measure(async () => {
    for (let i = 0; i < runs; i += 1) await loadMeetingSummary(db, meetingId, 'vi');
  });
  const minutes = await measure(async () => buildMinutesDocx(await loadMeetingSummary(db, meetingId, 'vi')));
  const seeded = await measure(() => seedCells(db, cells));
  const rollup = await measure(async () => {
    let meetings = 0;
    for (const cellId of seeded.value) meetings += (await loadPeriodSummary(db, cellId, YEAR, 'vi', new Date())).meetings.length;
    return meetings;
  });
  console.log(`\n[${label}]`);
  console.log(`  summary of a 72-member meeting: ${(one.ms / runs).toFixed(1)} ms each (${runs} runs), peak RSS ${one.peakRssMb.toFixed(0)} MB`);
  console.log(`  summary + minutes .docx:        ${minutes.ms.toFixed(1)} ms (${(minutes.value.length / 1024).toFixed(0)} KB)`);
  console.log(`  seed ${cells} cells × 50 × 12:     ${(seeded.ms / 1000).toFixed(1)} s (createMany, batches of 5000)`);
  console.log(`  yearly roll-up of ${cells} cells:  ${(rollup.ms / 1000).toFixed(2)} s total, ${(rollup.ms / cells).toFixed(1)} ms per cell, ${rollup.value} meetings, peak RSS ${rollup.peakRssMb.toFixed(0)} MB`);
}

/** The bench on a fresh database: SQLite without `postgresUrl`, else a throwaway schema there. */
async function onScratchDatabase(postgresUrl: string | undefined, cells: number): Promise<void> {
  await withScratchDatabase(postgresUrl, async (url, provider) => {
    const db = await openDatabase(url);
    try {
      await runOn(provider, db, cells);
    } finally {
      await db.close();
    }
  });
}

/** Runs the bench; `argv` without the node and script names. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const cells = Number(argument(argv, 'cells') ?? 1000);
  if (!Number.isInteger(cells) || cells < 1) throw new Error('--cells must be a positive integer');
  console.log(`Summary bench: one 72-member meeting; the ${YEAR} roll-up of ${cells} cells × 50 members × 12 meetings`);
  await onScratchDatabase(undefined, cells);
  if (argv.includes('--skip-postgres')) return;
  const url = argument(argv, 'postgres') ?? 'postgresql://postgres@127.0.0.1:5432/test';
  try {
    await onScratchDatabase(url, cells);
  } catch (error) {
    console.log(`\n[PostgreSQL] not run: ${error instanceof Error ? error.message : String(error)} (--postgres <url> or --skip-postgres)`);
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
