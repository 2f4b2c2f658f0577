"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.runVoteBurst = runVoteBurst;
/**
 * Vote burst: N members (default 1,000) press "Tán thành" within one second,
 * as Teams invokes to /api/messages over loopback HTTP. Prints ballots/s,
 * p50/p99 answer time, peak RSS and whether the tally equals the ballots
 * sent — then the same for a bare restify endpoint writing one ballot row to
 * the same database, and the ratio. No assertions on time.
 *
 *   node dist/bench/vote-burst.js [--members 1000] [--database file:/tmp/x.db]
 * (authentication off, the outbox dispatcher not running: the invoke path only)
 */
const node_fs_1 = require("node:fs");
const node_os_1 = require("node:os");
const node_path_1 = require("node:path");
const restify_1 = __importDefault(require("restify"));
const app_1 = require("../src/app");
const teams_1 = require("../src/channels/teams");
const config_1 = require("../src/config");
const bot_1 = require("../src/features/bot");
const ports_1 = require("../src/features/ports");
const database_1 = require("../src/store/database");
const vote_burst_setup_1 = require("./vote-burst-setup");
const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, child: () => quiet };
function percentile(sorted, p) {
    return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
/** Fires `count` POSTs spread evenly over one second; resolves when every answer is in. */
async function burst(count, request) {
    let peak = process.memoryUsage().rss;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const latencies = [];
    const failures = new Map();
    let ok = 0;
    const started = performance.now();
    const presses = Array.from({ length: count }, (_, i) => new Promise((resolve) => setTimeout(resolve, (i * 1000) / count)).then(async () => {
        const t0 = performance.now();
        const outcome = await request(i).catch((error) => `request failed: ${error instanceof Error ? error.message : String(error)}`);
        latencies.push(performance.now() - t0);
        if (outcome === true)
            ok += 1;
        else
            failures.set(outcome, (failures.get(outcome) ?? 0) + 1);
    }));
    await Promise.all(presses);
    const wallMs = performance.now() - started;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);
    return { sent: count, ok, failures, wallMs, latencies: [...latencies].sort((a, b) => a - b), peakRssMb: peak / 2 ** 20 };
}
/** Recorded = a card answer showing the member's own choice; anything else is named. */
function invokeOutcome(status, json) {
    const answer = json;
    if (status !== 200)
        return `HTTP ${status}`;
    if (answer?.type !== 'application/vnd.microsoft.card.adaptive')
        return `answer ${answer?.type ?? 'none'}: ${JSON.stringify(answer?.value ?? '').slice(0, 80)}`;
    const text = JSON.stringify(answer.value);
    if (text.includes('"style":"attention"'))
        return `refused: ${/"text":"([^"]{0,80})/.exec(text)?.[1] ?? ''}`;
    return text.includes('Đồng chí đã biểu quyết') ? true : 'card without the member choice';
}
async function postJson(url, body) {
    const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const text = await response.text();
    return { status: response.status, json: text === '' ? undefined : JSON.parse(text) };
}
/** The bot as deployed: createApp + the Teams channel, answering the invokes. */
async function botBurst(databaseUrl, db, world) {
    const config = (0, config_1.loadConfig)({ NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', PLAYGROUND_ENABLED: 'false' }, { envFile: null });
    const bot = (0, bot_1.createBot)({ db, clock: ports_1.systemClock, logger: quiet });
    const teams = (0, teams_1.createTeamsChannel)({ config, db, bot, clock: ports_1.systemClock, logger: quiet });
    const app = await (0, app_1.createApp)(config, { logger: quiet, routes: [teams.routes] });
    const { url } = await app.listen();
    try {
        return await burst(world.members.length, async (i) => {
            const member = world.members[i];
            const { status, json } = await postJson(`${url}${teams_1.MESSAGES_PATH}`, (0, vote_burst_setup_1.voteInvoke)(member.aadObjectId, i, world.motionId));
            return invokeOutcome(status, json);
        });
    }
    finally {
        await app.close();
        await teams.close();
    }
}
/** The floor: restify with a body parser writing one ballot row per request to the same database. */
async function bareBurst(db, world) {
    const server = restify_1.default.createServer();
    server.use(restify_1.default.plugins.bodyParser({ mapParams: false }));
    server.post('/ballot', async (req, res) => {
        const { memberId } = req.body;
        const now = new Date();
        await db.prisma.ballot.create({ data: { motionId: world.bareMotionId, memberId, choice: 'approve', castAt: now, updatedAt: now } });
        res.send(200, { ok: true });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}/ballot`;
    try {
        return await burst(world.members.length, async (i) => {
            const { status } = await postJson(url, { memberId: world.members[i].id });
            return status === 200 ? true : `HTTP ${status}`;
        });
    }
    finally {
        await new Promise((resolve) => server.close(() => resolve()));
    }
}
/** Resolves once `read` has returned the same value for two seconds. */
async function settled(read) {
    let last = await read();
    for (let stable = 0; stable < 4;) {
        await new Promise((resolve) => setTimeout(resolve, 500));
        const now = await read();
        stable = now === last ? stable + 1 : 0;
        last = now;
    }
}
function argument(name) {
    const at = process.argv.indexOf(`--${name}`);
    return at < 0 ? undefined : process.argv[at + 1];
}
function row(label, bot, bare) {
    return `${label.padEnd(30)}${bot.padStart(16)}${bare.padStart(16)}`;
}
function report(members, provider, bot, bare, tallies) {
    const rate = (r) => (r.ok / r.wallMs) * 1000;
    const fmt = (n) => n.toFixed(1);
    console.log(`\nVote burst: ${members} members press "Tán thành" within 1 s (${provider}, loopback HTTP, authentication off)\n`);
    console.log(row('', 'bot invokes', 'bare restify'));
    console.log(row('ballots/s (ok ÷ wall time)', fmt(rate(bot)), fmt(rate(bare))));
    console.log(row('wall time (s)', fmt(bot.wallMs / 1000), fmt(bare.wallMs / 1000)));
    console.log(row('answer p50 (ms)', fmt(percentile(bot.latencies, 50)), fmt(percentile(bare.latencies, 50))));
    console.log(row('answer p99 (ms)', fmt(percentile(bot.latencies, 99)), fmt(percentile(bare.latencies, 99))));
    console.log(row('recorded and answered', `${bot.ok}/${bot.sent}`, `${bare.ok}/${bare.sent}`));
    const inBudget = (r) => `${r.latencies.filter((ms) => ms <= 5_000).length}/${r.sent}`;
    console.log(row('answered within 5 s (Teams)', inBudget(bot), inBudget(bare)));
    console.log(row('tally = ballots sent', `${tallies.bot === bot.sent ? 'yes' : 'NO'} (${tallies.bot})`, `${tallies.bare === bare.sent ? 'yes' : 'NO'} (${tallies.bare})`));
    console.log(row('peak RSS of the process (MB)', fmt(bot.peakRssMb), fmt(bare.peakRssMb)));
    for (const [label, result] of [['bot', bot], ['bare', bare]]) {
        for (const [what, n] of result.failures)
            console.log(`  ${label}: ${n} × ${what}`);
    }
    console.log(`\nratio bot ÷ bare, ballots/s: ${(rate(bot) / rate(bare)).toFixed(3)}   p50: ${(percentile(bot.latencies, 50) / percentile(bare.latencies, 50)).toFixed(1)}×`);
}
async function runVoteBurst(members = 1000, databaseUrl) {
    const dir = databaseUrl === undefined ? (0, node_fs_1.mkdtempSync)((0, node_path_1.join)((0, node_os_1.tmpdir)(), 'chibo-bench-')) : undefined;
    const url = databaseUrl ?? `file:${(0, node_path_1.join)(dir ?? '', 'bench.db')}`;
    const db = await (0, database_1.openDatabase)(url);
    try {
        const world = await (0, vote_burst_setup_1.createBenchWorld)(db, members, new Date());
        const bot = await botBurst(url, db, world);
        // Turns whose callers gave up may still be running: let them finish before the floor is measured.
        await settled(() => db.prisma.ballot.count({ where: { motionId: world.motionId } }));
        const bare = await bareBurst(db, world);
        const count = (motionId) => db.prisma.ballot.count({ where: { motionId, choice: 'approve' } });
        report(members, db.provider, bot, bare, { bot: await count(world.motionId), bare: await count(world.bareMotionId) });
    }
    finally {
        await db.close();
        if (dir !== undefined)
            (0, node_fs_1.rmSync)(dir, { recursive: true, force: true });
    }
}
if (require.main === module) {
    runVoteBurst(Number(argument('members') ?? 1000), argument('database')).catch((error) => {
        console.error(error);
        process.exitCode = 1;
    });
}
//# sourceMappingURL=vote-burst.js.map