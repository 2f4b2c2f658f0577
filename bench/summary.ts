/**
 * Summary bench: the summary (and minutes) of one 72-member meeting, then a
 * committee of N cells × 50 members × 12 meetings: its seed, its yearly report
 * (computeCommitteeReport, aggregate queries) and, side by side, today's loop of
 * per-cell summaries over the same cells, on SQLite and on PostgreSQL. The
 * report runs before the loop, so the loop's memory is not in the report's
 * peak. Prints time and peak memory; asserts nothing.
 *
 *   node dist/bench/summary.js [--cells 1000] [--postgres postgresql://postgres@127.0.0.1:5432/test] [--skip-postgres]
 *     [--skip-sqlite] [--skip-loop] (no per-cell loop)  [--old-seed] (seed with the createMany batches of before, then attach the cells)
 *     [--repeat 5] (report runs: best and median; the machine is shared, so one run says little)
 */
import { loadavg } from 'node:os';
import { buildMinutesDocx } from '../src/exports/minutes-docx';
import { loadMeetingSummary } from '../src/features/summaries/load-summary';
import { loadPeriodSummary } from '../src/features/summaries/period-summary';
import { computeCommitteeReport } from '../src/reports/committee-report';
import type { CommitteeReport } from '../src/reports/committee-report-types';
import { openDatabase, type Database } from '../src/store/database';
import { seedCommittee, type SeededCommittee } from './committee-seed';
import { withScratchDatabase } from './scratch-database';
import { seedCells, seedLargeMeeting, YEAR } from './summary-seed';

interface Measured<T> {
  readonly value: T;
  readonly ms: number;
  readonly peakRssMb: number;
  /** The process's RSS when the work began (what came before stays in the peak). */
  readonly startRssMb: number;
}

async function measure<T>(work: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage().rss;
  const startRssMb = peak / 2 ** 20;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
  const started = performance.now();
  try {
    const value = await work();
    peak = Math.max(peak, process.memoryUsage().rss);
    return { value, ms: performance.now() - started, peakRssMb: peak / 2 ** 20, startRssMb };
  } finally {
    clearInterval(sampler);
  }
}

function argument(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at < 0 ? undefined : argv[at + 1];
}

interface Options {
  readonly cells: number;
  readonly loop: boolean;
  readonly oldSeed: boolean;
  readonly repeat: number;
}

/** The machine's load average (1, 5, 15 minutes): figures of a shared machine mean little without it. */
const load = (): string =>
  loadavg()
    .map((l) => l.toFixed(1))
    .join(' ');

/** Best and median of runs' times, in seconds. */
function spread(runs: readonly Measured<unknown>[]): string {
  const ms = runs.map((r) => r.ms).sort((a, b) => a - b);
  const median = ms[Math.floor(ms.length / 2)] ?? 0;
  return `best ${((ms[0] ?? 0) / 1000).toFixed(2)} s, median ${(median / 1000).toFixed(2)} s of ${ms.length}`;
}

/** The createMany seed of before (for comparison), its cells then attached to a committee. */
async function seedTheOldWay(db: Database, cells: number): Promise<SeededCommittee> {
  const cellIds = await seedCells(db, cells);
  const committee = await db.prisma.committee.create({ data: { name: 'Đảng ủy (bench, old seed)' } });
  await db.prisma.cell.updateMany({ where: { id: { in: cellIds } }, data: { committeeId: committee.id } });
  return { committeeId: committee.id, cellIds, rows: { attendance: cells * 600, ballots: 0 }, phases: [] };
}

const mb = (m: Measured<unknown>): string => `${m.peakRssMb.toFixed(0)} MB (from ${m.startRssMb.toFixed(0)})`;

async function runOn(label: string, db: Database, options: Options): Promise<void> {
  const { cells } = options;
  const meetingId = await seedLargeMeeting(db);
  await loadMeetingSummary(db, meetingId, 'vi'); // warm-up: prepared statements, JIT
  const runs = 20;
  const one = await measure(async () => {
    for (let i = 0; i < runs; i += 1) await loadMeetingSummary(db, meetingId, 'vi');
  });
  const minutes = await measure(async () => buildMinutesDocx(await loadMeetingSummary(db, meetingId, 'vi')));
  const seeded = await measure(() => (options.oldSeed ? seedTheOldWay(db, cells) : seedCommittee(db, cells)));
  const asOf = new Date(`${Number(YEAR) + 1}-01-10T03:00:00Z`);
  const loadAtReport = load();
  const runReport = (): Promise<Measured<CommitteeReport>> =>
    measure(() => computeCommitteeReport(db, seeded.value.committeeId, YEAR, 'vi', asOf));
  const report = await runReport();
  // The later runs' reports are dropped at once, so no run holds another's rows in its peak.
  const reports: Measured<unknown>[] = [{ ...report, value: null }];
  for (let i = 1; i < options.repeat; i += 1) reports.push({ ...(await runReport()), value: null });
  const peakRssMb = Math.max(...reports.map((r) => r.peakRssMb));
  const rollup = options.loop
    ? await measure(async () => {
        let meetings = 0;
        for (const cellId of seeded.value.cellIds)
          meetings += (await loadPeriodSummary(db, cellId, YEAR, 'vi', asOf)).meetings.length;
        return meetings;
      })
    : null;
  const { attendance, ballots } = seeded.value.rows;
  console.log(`\n[${label}]`);
  console.log(
    `  summary of a 72-member meeting: ${(one.ms / runs).toFixed(1)} ms each (${runs} runs), peak RSS ${mb(one)}`,
  );
  console.log(
    `  summary + minutes .docx:        ${minutes.ms.toFixed(1)} ms (${(minutes.value.length / 1024).toFixed(0)} KB)`,
  );
  console.log(
    `  seed ${cells} cells × 50 × 12:     ${(seeded.ms / 1000).toFixed(1)} s (${options.oldSeed ? 'createMany, batches of 5000' : 'INSERT … SELECT'}; ${attendance} attendance rows, ${ballots} ballots), peak RSS ${mb(seeded)}`,
  );
  console.log(
    `  yearly report of ${cells} cells:    ${spread(reports)} (first ${(report.ms / 1000).toFixed(2)} s), ${report.value.totals.meetings} meetings, ${report.value.totals.motions.passed} passed, peak RSS ${report.peakRssMb.toFixed(0)} MB in the first (from ${report.startRssMb.toFixed(0)}), ${peakRssMb.toFixed(0)} MB over all; load average ${loadAtReport}`,
  );
  if (seeded.value.phases.length > 0) console.log(`    (${seeded.value.phases.join(', ')})`);
  if (rollup)
    console.log(
      `  per-cell loop of before:        ${(rollup.ms / 1000).toFixed(2)} s total, ${(rollup.ms / cells).toFixed(1)} ms per cell, ${rollup.value} meetings, peak RSS ${mb(rollup)}`,
    );
  else console.log('  per-cell loop of before:        not run (--skip-loop)');
}

/** The bench on a fresh database: SQLite without `postgresUrl`, else a throwaway schema there. */
async function onScratchDatabase(postgresUrl: string | undefined, options: Options): Promise<void> {
  await withScratchDatabase(postgresUrl, async (url, provider) => {
    const db = await openDatabase(url);
    try {
      await runOn(provider, db, options);
    } finally {
      await db.close();
    }
  });
}

/** Runs the bench; `argv` without the node and script names. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const cells = Number(argument(argv, 'cells') ?? 1000);
  if (!Number.isInteger(cells) || cells < 1) throw new Error('--cells must be a positive integer');
  const repeat = Number(argument(argv, 'repeat') ?? 5);
  if (!Number.isInteger(repeat) || repeat < 1) throw new Error('--repeat must be a positive integer');
  const options: Options = { cells, loop: !argv.includes('--skip-loop'), oldSeed: argv.includes('--old-seed'), repeat };
  console.log(
    `Summary bench: one 72-member meeting; the ${YEAR} report of a committee of ${cells} cells × 50 members × 12 meetings, and the per-cell loop of before`,
  );
  if (!argv.includes('--skip-sqlite')) await onScratchDatabase(undefined, options);
  if (argv.includes('--skip-postgres')) return;
  const url = argument(argv, 'postgres') ?? 'postgresql://postgres@127.0.0.1:5432/test';
  try {
    await onScratchDatabase(url, options);
  } catch (error) {
    console.log(
      `\n[PostgreSQL] not run: ${error instanceof Error ? error.message : String(error)} (--postgres <url> or --skip-postgres)`,
    );
  }
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
