/**
 * Teams' 5 s for a press holds whatever the press waits for. On PostgreSQL a
 * close holding the motion row (FOR UPDATE) makes a ballot wait; the press is
 * answered "being processed" within the deadline, over real HTTP, and the
 * ballot is written once the row is free — never lost.
 */
import { Client } from 'pg';
import { createBenchWorld, voteInvoke, type BenchWorld } from '../../bench/vote-burst-setup';
import { createApp, type App } from '../../src/app';
import { MESSAGES_PATH } from '../../src/channels/teams';
import { loadConfig } from '../../src/config';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';
import { silentLogger } from '../support/turns';

jest.setTimeout(60_000);

describeEachDatabaseKind(
  'a press whose ballot waits on a lock past the deadline',
  (kind) => {
    let scratch: ScratchDatabase;
    let app: App;
    let url: string;
    let world: BenchWorld;

    beforeEach(async () => {
      scratch = await createScratchDatabase(kind);
      const config = loadConfig({ NODE_ENV: 'development', HOST: '127.0.0.1', PORT: '0', DATABASE_URL: scratch.url, LOG_LEVEL: 'silent', PLAYGROUND_ENABLED: 'false' }, { envFile: null });
      app = await createApp(config, { logger: silentLogger, shutdownGraceMs: 1_000, background: false });
      world = await createBenchWorld(app.db, 3, new Date());
      url = (await app.listen()).url;
    });
    afterEach(async () => {
      await app.close();
      await scratch.dispose();
    });

    it('is answered "being processed" while the motion is held, and its ballot is stored once it is free', async () => {
      const schema = new URL(scratch.url).searchParams.get('schema') ?? 'public';
      const closer = new Client({ connectionString: scratch.url.split('?')[0] });
      await closer.connect();
      try {
        await closer.query(`SET search_path TO "${schema}"`);
        await closer.query('BEGIN');
        await closer.query('SELECT "id" FROM "Motion" WHERE "id" = $1 FOR UPDATE', [world.motionId]);
        const member = world.members[1]!;
        const response = await fetch(`${url}${MESSAGES_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(voteInvoke(member.aadObjectId, 1, world.motionId)) });
        const body = (await response.json()) as { type?: string; value?: unknown };

        expect(response.status).toBe(200);
        expect(body.type).toBe('application/vnd.microsoft.activity.message');
        expect(String(body.value)).toContain('đang được xử lý');
        expect(await app.db.prisma.ballot.count({ where: { motionId: world.motionId } })).toBe(0);

        await closer.query('ROLLBACK');
        // The turn runs on after its answer; the channel's close waits for it.
        await app.channels.teams.close();
        expect(await app.db.prisma.ballot.findMany({ where: { motionId: world.motionId }, select: { memberId: true, choice: true } })).toEqual([{ memberId: member.id, choice: 'approve' }]);
      } finally {
        await closer.end();
      }
    });
  },
  ['postgresql'],
);
