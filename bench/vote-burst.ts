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
import { openDatabase } from '../src/store/database';
import { cardKey } from '../src/features/shared/card-keys';
import {
  argument,
  bareBurst,
  burst,
  percentile,
  postgresArgument,
  printCosts,
  printFigures,
  row,
  settled,
  startBot,
  type BurstResult,
} from './burst-measure';
import type { RefreshFigures } from './teams-side';
import { withScratchDatabase } from './scratch-database';
import { startTeamsSide, type TeamsSide } from './teams-side-process';
import type { TeamsClientsTarget } from './vote-burst-clients';
import { createBenchWorld, voteInvoke, type BenchWorld } from './vote-burst-setup';

/** The bot as deployed: createApp + the Teams channel, answering the invokes. */
async function botBurst(
  databaseUrl: string,
  world: BenchWorld,
  teams: TeamsSide,
  refreshers: number,
): Promise<BurstResult> {
  const { app, botUrl } = await startBot(databaseUrl);
  try {
    if (refreshers > 0) await teams.setTarget({ ...target(world, refreshers), botUrl });
    const result = await burst(
      teams,
      botUrl,
      world.members.map((member, i) => ({ body: voteInvoke(member.aadObjectId, i, world.motionId) })),
      'vote-card',
    );
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

function report(
  members: number,
  provider: string,
  bot: BurstResult,
  bare: BurstResult,
  tallies: { bot: number; bare: number },
): void {
  console.log(
    `\nVote burst: ${members} members press "Tán thành" within 1 s (${provider}, loopback HTTP, authentication off)\n`,
  );
  printFigures(bot, bare);
  console.log(
    row(
      'tally = ballots sent',
      `${tallies.bot === bot.sent ? 'yes' : 'NO'} (${tallies.bot})`,
      `${tallies.bare === bare.sent ? 'yes' : 'NO'} (${tallies.bare})`,
    ),
  );
  printCosts(bot, bare);
}

/** Where the Teams side's clients send their refreshes, and who they are. */
function target(world: BenchWorld, refreshers: number): Omit<TeamsClientsTarget, 'botUrl'> {
  return {
    refreshers: world.members.slice(0, refreshers).map((m) => m.aadObjectId),
    cardKey: cardKey('vote', world.motionId),
  };
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
      const bare = await bareBurst(
        db,
        teams,
        world.members.map((member) => ({ motionId: world.bareMotionId, memberId: member.id })),
      );
      const count = (motionId: string) => db.prisma.ballot.count({ where: { motionId, choice: 'approve' } });
      report(members, db.provider, bot, bare, {
        bot: await count(world.motionId),
        bare: await count(world.bareMotionId),
      });
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
  console.log(
    `\nWith the card's refreshes: ${stand.updates} card updates sent, each followed by ${refreshers} members' clients refreshing it`,
  );
  console.log(
    `  refresh invokes answered: ${sorted.length - stand.refreshFailures}/${sorted.length}; p50 ${fmt(percentile(sorted, 50))} ms, p99 ${fmt(percentile(sorted, 99))} ms`,
  );
}

/** Entry point for bench/run.ts: `--members N --database URL --refreshers R` (R: clients refreshing the card at each update, Teams lists up to 60). */
export async function main(argv: readonly string[] = process.argv.slice(2)): Promise<void> {
  const database = postgresArgument(argv);
  await runVoteBurst(Number(argument('members', argv) ?? 1000), database, Number(argument('refreshers', argv) ?? 0));
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
}
