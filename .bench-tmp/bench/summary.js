"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.main = main;
/**
 * Summary bench: the summary (and minutes) of one 72-member meeting, then the
 * yearly roll-up of every cell of N cells × 50 members × 12 meetings, on
 * SQLite and on PostgreSQL. Prints time and peak memory; asserts nothing.
 *
 *   node dist/bench/summary.js [--cells 1000] [--postgres postgresql://postgres@127.0.0.1:5432/test] [--skip-postgres]
 */
const node_crypto_1 = require("node:crypto");
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const pg_1 = require("pg");
const minutes_docx_1 = require("../src/exports/minutes-docx");
const load_summary_1 = require("../src/features/summaries/load-summary");
const period_summary_1 = require("../src/features/summaries/period-summary");
const database_1 = require("../src/store/database");
const summary_seed_1 = require("./summary-seed");
async function measure(work) {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10);
    const started = performance.now();
    try {
        const value = await work();
        peak = Math.max(peak, process.memoryUsage().rss);
        return { value, ms: performance.now() - started, peakRssMb: peak / 2 ** 20 };
    }
    finally {
        clearInterval(sampler);
    }
}
function argument(argv, name) {
    const at = argv.indexOf(`--${name}`);
    return at < 0 ? undefined : argv[at + 1];
}
async function runOn(label, db, cells) {
    const meetingId = await (0, summary_seed_1.seedLargeMeeting)(db);
    await (0, load_summary_1.loadMeetingSummary)(db, meetingId, 'vi'); // warm-up: prepared statements, JIT
    const runs = 20;
    const one = await measure(async () => {
        for (let i = 0; i < runs; i += 1)
            await (0, load_summary_1.loadMeetingSummary)(db, meetingId, 'vi');
    });
    const minutes = await measure(async () => (0, minutes_docx_1.buildMinutesDocx)(await (0, load_summary_1.loadMeetingSummary)(db, meetingId, 'vi')));
    const seeded = await measure(() => (0, summary_seed_1.seedCells)(db, cells));
    const rollup = await measure(async () => {
        let meetings = 0;
        for (const cellId of seeded.value)
            meetings += (await (0, period_summary_1.loadPeriodSummary)(db, cellId, summary_seed_1.YEAR, 'vi', new Date())).meetings.length;
        return meetings;
    });
    console.log(`\n[${label}]`);
    console.log(`  summary of a 72-member meeting: ${(one.ms / runs).toFixed(1)} ms each (${runs} runs), peak RSS ${one.peakRssMb.toFixed(0)} MB`);
    console.log(`  summary + minutes .docx:        ${minutes.ms.toFixed(1)} ms (${(minutes.value.length / 1024).toFixed(0)} KB)`);
    console.log(`  seed ${cells} cells × 50 × 12:     ${(seeded.ms / 1000).toFixed(1)} s (createMany, batches of 5000)`);
    console.log(`  yearly roll-up of ${cells} cells:  ${(rollup.ms / 1000).toFixed(2)} s total, ${(rollup.ms / cells).toFixed(1)} ms per cell, ${rollup.value} meetings, peak RSS ${rollup.peakRssMb.toFixed(0)} MB`);
}
async function onSqlite(cells) {
    const dir = (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'chibo-bench-summary-'));
    const db = await (0, database_1.openDatabase)(`file:${(0, node_path_1.join)(dir, 'bench.db')}`);
    try {
        await runOn('SQLite', db, cells);
    }
    finally {
        await db.close();
        (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}
async function onPostgres(url, cells) {
    const schema = `chibo_bench_${(0, node_crypto_1.randomBytes)(4).toString('hex')}`;
    const admin = new pg_1.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const scoped = new URL(url);
    scoped.searchParams.set('schema', schema);
    const db = await (0, database_1.openDatabase)(scoped.toString());
    try {
        await runOn('PostgreSQL', db, cells);
    }
    finally {
        await db.close();
        await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
        await admin.end();
    }
}
/** Runs the bench; `argv` without the node and script names. */
async function main(argv = process.argv.slice(2)) {
    const cells = Number(argument(argv, 'cells') ?? 1000);
    if (!Number.isInteger(cells) || cells < 1)
        throw new Error('--cells must be a positive integer');
    console.log(`Summary bench: one 72-member meeting; the ${summary_seed_1.YEAR} roll-up of ${cells} cells × 50 members × 12 meetings`);
    await onSqlite(cells);
    if (argv.includes('--skip-postgres'))
        return;
    const url = argument(argv, 'postgres') ?? 'postgresql://postgres@127.0.0.1:5432/test';
    try {
        await onPostgres(url, cells);
    }
    catch (error) {
        console.log(`\n[PostgreSQL] not run: ${error instanceof Error ? error.message : String(error)} (--postgres <url> or --skip-postgres)`);
    }
}
if (require.main === module) {
    main().catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=summary.js.map