/**
 * Vote burst: N members (default 1,000) press "Tán thành" within one second,
 * as Teams invokes to /api/messages over loopback HTTP, sent from a process of
 * their own (bench/teams-side.ts), as Teams is another machine. Prints ballots/s,
 * p50/p99 answer time, peak RSS and whether the tally equals the ballots
 * sent — then the same for a bare restify endpoint writing one ballot row to
 * the same database, and the ratio. No assertions on time.
 *
 *   node dist/bench/vote-burst.js [--members 1000] [--database postgresql://…/test] [--refreshers 60]
 * (--database: on PostgreSQL, in a schema the bench makes and drops; without it, a temp SQLite file)
 * (authentication off; the outbox sends the card's updates to a closed port, or,
 * with --refreshers, to a stand-in whose clients then refresh the card as Teams does)
 */
import restify from 'restify';
import { createApp } from '../src/app';
import { MESSAGES_PATH } from '../src/channels/teams';
import { loadConfig } from '../src/config';
import type { Logger } from '../src/features/ports';
import { openDatabase, type Database } from '../src/store/database';
import { cardKey } from '../src/features/shared/card-keys';
import type { AnswerCheck, BurstFigures, RefreshFigures } from './teams-side';
import { withScratchDatabase } from './scratch-database';
import { startTeamsSide, type TeamsSide } from './teams-side-process';
import type { TeamsClientsTarget } from './vote-burst-clients';
import { createBenchWorld, voteInvoke, type BenchWorld } from './vote-burst-setup';

const quiet: Logger = { info: () => undefined, warn: () => undefined, error: () => undefined, debug: () => undefined, child: () => quiet };

interface BurstResult extends BurstFigures {
  /** Of the bot's process (the Teams side runs in its own). */
  readonly peakRssMb: number;
  /** CPU time (user + system, all threads) of the bot's process per request sent: steadier than rates on a shared machine. */
  readonly cpuMsPerRequest: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Has the Teams side fire the burst while this process's peak RSS is sampled. */
async function burst(teams: TeamsSide, url: string, bodies: readonly object[], check: AnswerCheck): Promise<BurstResult> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpuBefore = process.cpuUsage();
  try {
    const figures = await teams.burst(url, bodies, check);
    const cpu = process.cpuUsage(cpuBefore);
    return { ...figures, peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / bodies.length };
  } finally {
    clearInterval(sampler);
  }
}

/** The bot as deployed: createApp + the Teams channel, answering the invokes. */
async function botBurst(databaseUrl: string, world: BenchWorld, teams: TeamsSide, refreshers: number): Promise<BurstResult> {
  const config = loadConfig({ NODE_ENV: 'development', PORT: '0', HOST: '127.0.0.1', DATABASE_URL: databaseUrl, LOG_LEVEL: 'silent', PLAYGROUND_ENABLED: 'false' }, { envFile: null });
  // The app's own Teams channel and outbox, as deployed (the scheduler runs too; its tick finds nothing due here).
  const app = await createApp(config, { logger: quiet });
  const { url } = await app.listen();
  const botUrl = `${url}${MESSAGES_PATH}`;
  try {
    if (refreshers > 0) await teams.setTarget({ ...target(world, refreshers), botUrl });
    const result = await burst(teams, botUrl, world.members.map((member, i) => voteInvoke(member.aadObjectId, i, world.motionId)), 'vote-card');
    // The last coalesced update (up to a second later) and the refreshes it brings.
    if (refreshers > 0) {
      await new Promise((resolve) => setTimeout(resolve, 2_500));
      await teams.settle();
    }
    return result;
  } finally {
    await app.close();
  }
}

/** The floor: restify with a body parser writing one ballot row per request to the same database. */
async function bareBurst(db: Database, world: BenchWorld, teams: TeamsSide): Promise<BurstResult> {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/ballot', async (req: restify.Request, res: restify.Response) => {
    const { memberId } = req.body as { memberId: string };
    const now = new Date();
    await db.prisma.ballot.create({ data: { motionId: world.bareMotionId, memberId, choice: 'approve', castAt: now, updatedAt: now } });
    res.send(200, { ok: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ballot`;
  try {
    return await burst(teams, url, world.members.map((member) => ({ memberId: member.id })), 'http-ok');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Resolves once `read` has returned the same value for two seconds. */
async function settled(read: () => Promise<number>): Promise<void> {
  let last = await read();
  for (let stable = 0; stable < 4; ) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await read();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

function argument(name: string, argv: readonly string[]): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at < 0 ? undefined : argv[at + 1];
}

function row(label: string, bot: string, bare: string): string {
  return `${label.padEnd(30)}${bot.padStart(16)}${bare.padStart(16)}`;
}

function report(members: number, provider: string, bot: BurstResult, bare: BurstResult, tallies: { bot: number; bare: number }): void {
  const rate = (r: BurstResult) => (r.ok / r.wallMs) * 1000;
  const fmt = (n: number) => n.toFixed(1);
  console.log(`\nVote burst: ${members} members press "Tán thành" within 1 s (${provider}, loopback HTTP, authentication off)\n`);
  console.log(row('', 'bot invokes', 'bare restify'));
  console.log(row('ballots/s (ok ÷ wall time)', fmt(rate(bot)), fmt(rate(bare))));
  console.log(row('wall time (s)', fmt(bot.wallMs / 1000), fmt(bare.wallMs / 1000)));
  console.log(row('answer p50 (ms)', fmt(percentile(bot.latencies, 50)), fmt(percentile(bare.latencies, 50))));
  console.log(row('answer p99 (ms)', fmt(percentile(bot.latencies, 99)), fmt(percentile(bare.latencies, 99))));
  console.log(row('recorded and answered', `${bot.ok}/${bot.sent}`, `${bare.ok}/${bare.sent}`));
  const inBudget = (r: BurstResult) => `${r.latencies.filter((ms) => ms <= 5_000).length}/${r.sent}`;
  console.log(row('answered within 5 s (Teams)', inBudget(bot), inBudget(bare)));
  console.log(row('tally = ballots sent', `${tallies.bot === bot.sent ? 'yes' : 'NO'} (${tallies.bot})`, `${tallies.bare === bare.sent ? 'yes' : 'NO'} (${tallies.bare})`));
  console.log(row('peak RSS of the process (MB)', fmt(bot.peakRssMb), fmt(bare.peakRssMb)));
  console.log(row('CPU per request (ms)', bot.cpuMsPerRequest.toFixed(2), bare.cpuMsPerRequest.toFixed(2)));
  for (const [label, result] of [['bot', bot], ['bare', bare]] as const) {
    for (const [what, n] of result.failures) console.log(`  ${label}: ${n} × ${what}`);
  }
  console.log(`\nratio bot ÷ bare, ballots/s: ${(rate(bot) / rate(bare)).toFixed(3)}   p50: ${(percentile(bot.latencies, 50) / percentile(bare.latencies, 50)).toFixed(1)}×`);
}

/** Where the Teams side's clients send their refreshes, and who they are. */
function target(world: BenchWorld, refreshers: number): Omit<TeamsClientsTarget, 'botUrl'> {
  return { refreshers: world.members.slice(0, refreshers).map((m) => m.aadObjectId), cardKey: cardKey('vote', world.motionId) };
}

/** `postgresUrl`: run on PostgreSQL, in a schema of the bench's own in that database; else on a temp SQLite file. */
export async function runVoteBurst(members = 1000, postgresUrl?: string, refreshers = 0): Promise<void> {
  await withScratchDatabase(postgresUrl, async (url) => {
    const db = await openDatabase(url);
    const teams = startTeamsSide();
    try {
      const connectorUrl = refreshers > 0 ? await teams.startConnector() : undefined;
      const world = await createBenchWorld(db, members, new Date(), connectorUrl);
      const bot = await botBurst(url, world, teams, refreshers);
      // Turns whose callers gave up may still be running: let them finish before the floor is measured.
      await settled(() => db.prisma.ballot.count({ where: { motionId: world.motionId } }));
      const bare = await bareBurst(db, world, teams);
      const count = (motionId: string) => db.prisma.ballot.count({ where: { motionId, choice: 'approve' } });
      report(members, db.provider, bot, bare, { bot: await count(world.motionId), bare: await count(world.bareMotionId) });
      if (refreshers > 0) reportRefreshes(refreshers, await teams.settle());
    } finally {
      teams.close();
      await db.close();
    }
  });
}

function reportRefreshes(refreshers: number, stand: RefreshFigures): void {
  const sorted = [...stand.refreshMs].sort((a, b) => a - b);
  const fmt = (n: number) => n.toFixed(1);
  console.log(`\nWith the card's refreshes: ${stand.updates} card updates sent, each followed by ${refreshers} members' clients refreshing it`);
  console.log(`  refresh invokes answered: ${sorted.length - stand.refreshFailures}/${sorted.length}; p50 ${fmt(percentile(sorted, 50))} ms, p99 ${fmt(percentile(sorted, 99))} ms`);
}

/** Entry point for bench/run.ts: `--members N --database URL --refreshers R` (R: clients refreshing the card at each update, Teams lists up to 60). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const database = argument('database', argv);
  if (database !== undefined && !/^postgres(ql)?:\/\//.test(database)) {
    throw new Error(`--database takes a PostgreSQL URL (the bench makes and drops a schema of its own there); without it the bench runs on a temp SQLite file. Got "${database}".`);
  }
  await runVoteBurst(Number(argument('members', argv) ?? 1000), database, Number(argument('refreshers', argv) ?? 0));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
