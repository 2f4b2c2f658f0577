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
import { teamsChannel } from '../../src/channels/teams/module';
import { createAnswerDeadline } from '../../src/channels/teams/answer-deadline';
import { loadConfig } from '../../src/config';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';
import { silentLogger } from '../support/turns';

jest.setTimeout(60_000);

function deferred<T>(): { promise: Promise<T>; resolve: (value: T) => void; reject: (error: unknown) => void } {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
}

describe('the answer deadline', () => {
  it("gives the work's own answer when it comes in time, and its failure", async () => {
    const deadline = createAnswerDeadline(60_000);
    const onLate = jest.fn();
    await expect(deadline.answer(Promise.resolve('card'), { early: () => 'pending', onLate })).resolves.toBe('card');
    await expect(
      deadline.answer(Promise.reject(new Error('boom')), { early: () => 'pending', onLate }),
    ).rejects.toThrow('boom');
    expect(onLate).not.toHaveBeenCalled();
    await expect(deadline.settle(1_000)).resolves.toBe('settled');
  });

  it('answers early once the deadline (less the time already waited) passes, and settle waits for the work', async () => {
    const deadline = createAnswerDeadline(60_000);
    const work = deferred<string>();
    const onLate = jest.fn();
    await expect(deadline.answer(work.promise, { early: () => 'pending', onLate, elapsedMs: 59_990 })).resolves.toBe(
      'pending',
    );
    expect(onLate).not.toHaveBeenCalled();
    const settling = deadline.settle(60_000);
    work.resolve('card');
    await expect(settling).resolves.toBe('settled');
    expect(onLate).toHaveBeenCalledWith();
  });

  it('reports a late failure, and settle gives up on work that never ends', async () => {
    const deadline = createAnswerDeadline(60_000);
    const failing = deferred<string>();
    const onLate = jest.fn();
    await deadline.answer(failing.promise, { early: () => 'pending', onLate, withinMs: 1 });
    failing.reject(new Error('late boom'));
    await expect(deadline.settle(1_000)).resolves.toBe('settled');
    expect(onLate).toHaveBeenCalledWith(expect.objectContaining({ message: 'late boom' }));

    await deadline.answer(new Promise<string>(() => undefined), { early: () => 'pending', onLate, withinMs: 1 });
    await expect(deadline.settle(10)).resolves.toBe('gave-up');
  });
});

describeEachDatabaseKind(
  'a press whose ballot waits on a lock past the deadline',
  (kind) => {
    let scratch: ScratchDatabase;
    let app: App;
    let url: string;
    let world: BenchWorld;

    beforeEach(async () => {
      scratch = await createScratchDatabase(kind);
      const config = loadConfig(
        {
          NODE_ENV: 'development',
          HOST: '127.0.0.1',
          PORT: '0',
          DATABASE_URL: scratch.url,
          LOG_LEVEL: 'silent',
          PLAYGROUND_ENABLED: 'false',
        },
        { envFile: null },
      );
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
        const response = await fetch(`${url}${MESSAGES_PATH}`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(voteInvoke(member.aadObjectId, 1, world.motionId)),
        });
        const body = (await response.json()) as { type?: string; value?: unknown };

        expect(response.status).toBe(200);
        expect(body.type).toBe('application/vnd.microsoft.activity.message');
        expect(String(body.value)).toContain('đang được xử lý');
        expect(await app.db.prisma.ballot.count({ where: { motionId: world.motionId } })).toBe(0);

        await closer.query('ROLLBACK');
        // The turn runs on after its answer; the channel's close waits for it.
        await app.channels.get(teamsChannel)?.close();
        expect(
          await app.db.prisma.ballot.findMany({
            where: { motionId: world.motionId },
            select: { memberId: true, choice: true },
          }),
        ).toEqual([{ memberId: member.id, choice: 'approve' }]);
      } finally {
        await closer.end();
      }
    });
  },
  ['postgresql'],
);
