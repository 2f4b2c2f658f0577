/**
 * What the vote benches share: the Teams side firing the presses while this
 * process's peak RSS and CPU are taken, the bare restify floor writing one
 * ballot row per request, and the small helpers of their reports.
 */
import restify from 'restify';
import { createApp, type App } from '../src/app';
import { MESSAGES_PATH } from '../src/channels/teams';
import { loadConfig } from '../src/config';
import type { Logger } from '../src/features/ports';
import type { Database } from '../src/store/database';
import type { AnswerCheck, BurstFigures } from './teams-side';
import type { TeamsSide } from './teams-side-process';

export const quiet: Logger = {
  info: () => undefined,
  warn: () => undefined,
  error: () => undefined,
  debug: () => undefined,
  child: () => quiet,
};

export interface BurstResult extends BurstFigures {
  /** Of the bot's process (the Teams side runs in its own). */
  readonly peakRssMb: number;
  /** CPU time (user + system, all threads) of the bot's process per request sent: steadier than rates on a shared machine. */
  readonly cpuMsPerRequest: number;
}

/** A press as the Teams side sends it: the body, and when (ms after the start; absent: spread evenly over one second). */
export interface Press {
  readonly body: object;
  readonly atMs?: number;
}

export function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}

/** Has the Teams side fire the presses while this process's peak RSS is sampled. */
export async function burst(
  teams: TeamsSide,
  url: string,
  presses: readonly Press[],
  check: AnswerCheck,
): Promise<BurstResult> {
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const cpuBefore = process.cpuUsage();
  try {
    const at = presses.every((p) => p.atMs !== undefined) ? presses.map((p) => p.atMs ?? 0) : undefined;
    const figures = await teams.burst(
      url,
      presses.map((p) => p.body),
      check,
      at,
    );
    const cpu = process.cpuUsage(cpuBefore);
    return {
      ...figures,
      peakRssMb: Math.max(peak, process.memoryUsage().rss) / 2 ** 20,
      cpuMsPerRequest: (cpu.user + cpu.system) / 1000 / presses.length,
    };
  } finally {
    clearInterval(sampler);
  }
}

/** A bare ballot as the floor's endpoint takes it. */
export interface BareBallot {
  readonly motionId: string;
  readonly memberId: string;
}

/** The floor: restify with a body parser writing one ballot row per request to the same database. */
export async function bareBurst(
  db: Database,
  teams: TeamsSide,
  ballots: readonly (BareBallot & { readonly atMs?: number })[],
): Promise<BurstResult> {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/ballot', async (req: restify.Request, res: restify.Response) => {
    const { motionId, memberId } = req.body as BareBallot;
    const now = new Date();
    await db.prisma.ballot.create({ data: { motionId, memberId, choice: 'approve', castAt: now, updatedAt: now } });
    res.send(200, { ok: true });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/ballot`;
  const presses = ballots.map(({ motionId, memberId, atMs }): Press =>
    atMs === undefined ? { body: { motionId, memberId } } : { body: { motionId, memberId }, atMs },
  );
  try {
    return await burst(teams, url, presses, 'http-ok');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

/** Resolves once `read` has returned the same value for two seconds. */
export async function settled(read: () => Promise<number>): Promise<void> {
  let last = await read();
  for (let stable = 0; stable < 4;) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    const now = await read();
    stable = now === last ? stable + 1 : 0;
    last = now;
  }
}

export function argument(name: string, argv: readonly string[]): string | undefined {
  const at = argv.indexOf(`--${name}`);
  return at < 0 ? undefined : argv[at + 1];
}

/** --database takes a PostgreSQL URL only: the bench makes and drops a schema of its own there. */
export function postgresArgument(argv: readonly string[]): string | undefined {
  const database = argument('database', argv);
  if (database !== undefined && !/^postgres(ql)?:\/\//.test(database)) {
    throw new Error(
      `--database takes a PostgreSQL URL (the bench makes and drops a schema of its own there); without it the bench runs on a temp SQLite file. Got "${database}".`,
    );
  }
  return database;
}

export function row(label: string, bot: string, bare: string): string {
  return `${label.padEnd(30)}${bot.padStart(16)}${bare.padStart(16)}`;
}

export const rate = (r: BurstResult): number => (r.ok / r.wallMs) * 1000;

/** The rows both vote benches print, with the labels bench/compare.ts reads. */
export function printFigures(bot: BurstResult, bare: BurstResult): void {
  const fmt = (n: number) => n.toFixed(1);
  console.log(row('', 'bot invokes', 'bare restify'));
  console.log(row('ballots/s (ok ÷ wall time)', fmt(rate(bot)), fmt(rate(bare))));
  console.log(row('wall time (s)', fmt(bot.wallMs / 1000), fmt(bare.wallMs / 1000)));
  console.log(row('answer p50 (ms)', fmt(percentile(bot.latencies, 50)), fmt(percentile(bare.latencies, 50))));
  console.log(row('answer p99 (ms)', fmt(percentile(bot.latencies, 99)), fmt(percentile(bare.latencies, 99))));
  console.log(row('recorded and answered', `${bot.ok}/${bot.sent}`, `${bare.ok}/${bare.sent}`));
  const inBudget = (r: BurstResult) => `${r.latencies.filter((ms) => ms <= 5_000).length}/${r.sent}`;
  console.log(row('answered within 5 s (Teams)', inBudget(bot), inBudget(bare)));
}

/** The closing rows: memory, CPU per press, failures, and the ratio to the floor. */
export function printCosts(bot: BurstResult, bare: BurstResult): void {
  console.log(row('peak RSS of the process (MB)', bot.peakRssMb.toFixed(1), bare.peakRssMb.toFixed(1)));
  console.log(row('CPU per request (ms)', bot.cpuMsPerRequest.toFixed(2), bare.cpuMsPerRequest.toFixed(2)));
  for (const [label, result] of [
    ['bot', bot],
    ['bare', bare],
  ] as const) {
    for (const [what, n] of result.failures) console.log(`  ${label}: ${n} × ${what}`);
    if (result.reconnects > 0)
      console.log(
        `  ${label}: ${result.reconnects} presses sent again after a connect timeout (the machine was too busy to accept them; the latency counts from the first try)`,
      );
  }
  const cpuRatio = bare.cpuMsPerRequest / bot.cpuMsPerRequest;
  console.log(
    `\nratio bot ÷ bare, ballots/s: ${(rate(bot) / rate(bare)).toFixed(3)}   p50: ${(percentile(bot.latencies, 50) / percentile(bare.latencies, 50)).toFixed(1)}×   CPU per press bare ÷ bot: ${cpuRatio.toFixed(3)}`,
  );
}

/** The app as deployed (its own Teams channel and outbox; the scheduler's tick finds nothing due), on a free port. */
export async function startBot(databaseUrl: string): Promise<{ app: App; botUrl: string }> {
  const config = loadConfig(
    {
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LOG_LEVEL: 'silent',
      PLAYGROUND_ENABLED: 'false',
    },
    { envFile: null },
  );
  const app = await createApp(config, { logger: quiet });
  const { url } = await app.listen();
  return { app, botUrl: `${url}${MESSAGES_PATH}` };
}
