/**
 * Vote load: C cells (default 50) of M members (default 40) vote on C motions,
 * one per cell, within the same minute, as Teams invokes to /api/messages over
 * loopback HTTP from a process of their own (bench/teams-side.ts). The cells'
 * votes open one after another over the minute and each cell's members press
 * within W seconds of its opening; card updates go to a stand-in Bot Connector
 * in that process. Prints ballots/s, p50/p99 answer time, CPU per press, checks
 * every ballot was stored and each motion's tally equals the ballots sent, then
 * the same schedule against the bare restify endpoint. No assertions on time.
 *
 *   node dist/bench/run.js vote-load [--cells 50] [--members 40] [--seconds 60] [--window 10] [--database postgresql://…/test]
 */
import { cardKey } from '../src/features/shared/card-keys';
import { openDatabase, type Database } from '../src/store/database';
import {
  argument,
  bareBurst,
  burst,
  postgresArgument,
  printCosts,
  printFigures,
  row,
  settled,
  startBot,
  type BurstResult,
  type Press,
} from './burst-measure';
import type { App } from '../src/app';
import { withScratchDatabase } from './scratch-database';
import { startTeamsSide, type TeamsSide } from './teams-side-process';
import { choiceOf, createLoadWorld, loadInvoke, type LoadCell, type LoadChoice } from './vote-load-setup';

interface LoadShape {
  readonly cells: number;
  readonly members: number;
  /** The whole load fits in this span: the last cell's window ends at its end. */
  readonly spanMs: number;
  /** Each cell's members press within this long of its vote opening. */
  readonly windowMs: number;
}

interface ScheduledPress {
  readonly cell: LoadCell;
  readonly memberIndex: number;
  readonly atMs: number;
}

/** Cell c opens at c × (span − window) ÷ (C − 1); its members press spread over the window, in an order shuffled per cell. */
function schedule(world: readonly LoadCell[], shape: LoadShape): ScheduledPress[] {
  const step = world.length > 1 ? (shape.spanMs - shape.windowMs) / (world.length - 1) : 0;
  const presses = world.flatMap((cell, c) =>
    cell.members.map((_, i) => {
      // A fixed shuffle (a permutation when M is prime to 17) so a cell's first presser is not always its secretary.
      const slot = (i * 17 + c) % cell.members.length;
      return { cell, memberIndex: i, atMs: c * step + (slot * shape.windowMs) / cell.members.length };
    }),
  );
  return presses.sort((a, b) => a.atMs - b.atMs);
}

interface Tallies {
  /** Motions whose stored ballots (per choice) equal the ballots sent. */
  readonly storedRight: number;
  /** Motions whose shared card, counted now, shows the ballots sent. */
  readonly cardRight: number;
  readonly stored: number;
}

function expected(cell: LoadCell): Record<LoadChoice, number> {
  const counts = { approve: 0, reject: 0 };
  cell.members.forEach((_, i) => (counts[choiceOf(i)] += 1));
  return counts;
}

/** Every ballot stored, and each motion's tally (stored rows and the card's count) equal to what was sent. */
async function checkTallies(db: Database, app: App, world: readonly LoadCell[]): Promise<Tallies> {
  const rows = await db.prisma.ballot.groupBy({
    by: ['motionId', 'choice'],
    where: { motionId: { in: world.map((c) => c.motionId) } },
    _count: { _all: true },
  });
  const storedOf = (motionId: string, choice: string) =>
    rows.find((r) => r.motionId === motionId && r.choice === choice)?._count._all ?? 0;
  let storedRight = 0;
  let cardRight = 0;
  for (const cell of world) {
    const want = expected(cell);
    if (storedOf(cell.motionId, 'approve') === want.approve && storedOf(cell.motionId, 'reject') === want.reject)
      storedRight += 1;
    const card = await app.bot.sharedCard(cardKey('vote', cell.motionId));
    if (
      card.type === 'vote' &&
      card.tally.approve === want.approve &&
      card.tally.reject === want.reject &&
      card.tally.notVoted === 0
    )
      cardRight += 1;
  }
  return { storedRight, cardRight, stored: rows.reduce((sum, r) => sum + r._count._all, 0) };
}

async function botLoad(
  url: string,
  db: Database,
  teams: TeamsSide,
  world: readonly LoadCell[],
  presses: readonly ScheduledPress[],
  connectorUrl: string,
): Promise<{ result: BurstResult; tallies: Tallies }> {
  const { app, botUrl } = await startBot(url);
  try {
    const bodies = presses.map(({ cell, memberIndex, atMs }, n): Press => ({
      body: loadInvoke(cell, cell.members[memberIndex]!, n, choiceOf(memberIndex), connectorUrl),
      atMs,
    }));
    const result = await burst(teams, botUrl, bodies, 'vote-card');
    // Turns whose callers gave up may still be running: let them finish before counting.
    await settled(() => db.prisma.ballot.count());
    return { result, tallies: await checkTallies(db, app, world) };
  } finally {
    await app.close();
  }
}

function report(
  shape: LoadShape,
  provider: string,
  bot: BurstResult,
  bare: BurstResult,
  tallies: Tallies,
  bareStored: number,
  updates: number,
): void {
  const total = shape.cells * shape.members;
  console.log(
    `\nVote load: ${shape.cells} cells × ${shape.members} members vote on ${shape.cells} motions within ${shape.spanMs / 1000} s, each cell within ${shape.windowMs / 1000} s of its vote opening (${provider}, loopback HTTP, authentication off)\n`,
  );
  printFigures(bot, bare);
  console.log(
    row(
      'ballots stored',
      `${tallies.stored === total ? 'yes' : 'NO'} (${tallies.stored})`,
      `${bareStored === total ? 'yes' : 'NO'} (${bareStored})`,
    ),
  );
  console.log(
    row(
      'tally = ballots sent',
      `${tallies.storedRight === shape.cells ? 'yes' : 'NO'} (${tallies.storedRight}/${shape.cells})`,
      '',
    ),
  );
  console.log(
    row(
      'card tally = ballots sent',
      `${tallies.cardRight === shape.cells ? 'yes' : 'NO'} (${tallies.cardRight}/${shape.cells})`,
      '',
    ),
  );
  console.log(row('card updates sent', String(updates), ''));
  printCosts(bot, bare);
}

export async function runVoteLoad(shape: LoadShape, postgresUrl?: string): Promise<void> {
  await withScratchDatabase(postgresUrl, async (url) => {
    const db = await openDatabase(url);
    const teams = startTeamsSide();
    try {
      const connectorUrl = await teams.startConnector();
      const world = await createLoadWorld(db, shape.cells, shape.members, new Date(), connectorUrl);
      const presses = schedule(world, shape);
      const { result: bot, tallies } = await botLoad(url, db, teams, world, presses, connectorUrl);
      const { updates } = await teams.settle();
      const bare = await bareBurst(
        db,
        teams,
        presses.map(({ cell, memberIndex, atMs }) => ({
          motionId: cell.bareMotionId,
          memberId: cell.members[memberIndex]!.id,
          atMs,
        })),
      );
      const bareStored = await db.prisma.ballot.count({
        where: { motionId: { in: world.map((c) => c.bareMotionId) } },
      });
      report(shape, db.provider, bot, bare, tallies, bareStored, updates);
    } finally {
      teams.close();
      await db.close();
    }
  });
}

/** Entry point for bench/run.ts: `--cells C --members M --seconds S --window W --database URL`. */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const number = (name: string, fallback: number): number => {
    const value = Number(argument(name, argv) ?? fallback);
    if (!Number.isFinite(value) || value <= 0) throw new Error(`--${name} takes a positive number`);
    return value;
  };
  const spanMs = number('seconds', 60) * 1000;
  const windowMs = Math.min(spanMs, number('window', 10) * 1000);
  await runVoteLoad(
    { cells: Math.round(number('cells', 50)), members: Math.round(number('members', 40)), spanMs, windowMs },
    postgresArgument(argv),
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
