/**
 * SQLite's two connections: a plain statement never runs inside another request's
 * open transaction; plain reads see committed rows only, without waiting for the
 * writer; writes and transactions take turns; `:memory:` falls back to one connection.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlQuery } from '@prisma/driver-adapter-utils';
import { openDatabase, type Database } from '../../src/store/database';
import type { Prisma } from '../../src/store/generated/sqlite/client';
import { withReaderConnection } from '../../src/store/sqlite-connections';

class RolledBack extends Error {}

function ignoreRollBack(error: unknown): void {
  if (!(error instanceof RolledBack)) throw error;
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  resolve(value: T): void;
}

function deferred<T>(): Deferred<T> {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/**
 * Lets pending work run for a while — event-loop turns, timers included (Prisma
 * schedules some of its steps on timers). Nothing asserted depends on the time.
 */
async function eventLoopTurns(count = 20): Promise<void> {
  for (let turn = 0; turn < count; turn += 1) await new Promise<void>((resolve) => setTimeout(resolve, 0));
}

/** An interactive transaction that stays open after its writes until the test ends it. */
interface HeldTransaction {
  /** Resolves, with the transaction's client, once its writes are done and it waits. */
  readonly open: Promise<Prisma.TransactionClient>;
  commit(): Promise<void>;
  rollBack(): Promise<void>;
}

function holdTransaction(db: Database, writes: (tx: Prisma.TransactionClient) => Promise<unknown>): HeldTransaction {
  const open = deferred<Prisma.TransactionClient>();
  const ending = deferred<'commit' | 'roll back'>();
  const ended = db.prisma
    .$transaction(async (tx) => {
      await writes(tx);
      open.resolve(tx);
      if ((await ending.promise) === 'roll back') throw new RolledBack();
    })
    .catch(ignoreRollBack);
  return {
    open: open.promise,
    commit: () => {
      ending.resolve('commit');
      return ended;
    },
    rollBack: () => {
      ending.resolve('roll back');
      return ended;
    },
  };
}

describe('SQLite connections on a file', () => {
  let dir: string;
  let file: string;
  let db: Database;

  beforeEach(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-sqlite-connections-'));
    file = path.join(dir, 'chibo.db');
    db = await openDatabase(file);
  });

  afterEach(async () => {
    await db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const countOf = (type: string) => db.prisma.auditEvent.count({ where: { type } });
  // Async, so the query starts now: a Prisma promise runs only once awaited.
  const record = async (type: string, subjectId?: string) =>
    db.prisma.auditEvent.create({ data: subjectId === undefined ? { type } : { type, subjectId } });

  it("keeps a plain write made during another request's transaction when that transaction rolls back", async () => {
    const held = holdTransaction(db, (tx) => tx.auditEvent.create({ data: { type: 'in-tx' } }));
    await held.open;
    const plainWrite = record('outside');
    await eventLoopTurns();
    await held.rollBack();
    await plainWrite;
    expect(await countOf('outside')).toBe(1);
    expect(await countOf('in-tx')).toBe(0);
  });

  it("does not show a transaction's rows to plain reads until it commits", async () => {
    const held = holdTransaction(db, (tx) => tx.auditEvent.create({ data: { type: 'in-tx' } }));
    const tx = await held.open;
    expect(await countOf('in-tx')).toBe(0);
    expect(await tx.auditEvent.count({ where: { type: 'in-tx' } })).toBe(1);
    await held.commit();
    expect(await countOf('in-tx')).toBe(1);
  });

  it('answers plain reads while a transaction is still open', async () => {
    await record('committed');
    const held = holdTransaction(db, (tx) => tx.auditEvent.create({ data: { type: 'in-tx' } }));
    await held.open;
    // The transaction ends only after the reads: had they waited for it, it would
    // time out and roll back, and the commit below would fail.
    const reads = await Promise.all([
      db.prisma.auditEvent.findMany({ where: { type: 'committed' } }),
      countOf('in-tx'),
      db.prisma.$queryRaw<{ n: bigint }[]>`SELECT COUNT(*) AS n FROM "AuditEvent"`,
    ]);
    expect(reads[0]).toHaveLength(1);
    expect(reads[1]).toBe(0);
    expect(Number(reads[2][0]?.n)).toBe(1);
    await held.commit();
    expect(await countOf('in-tx')).toBe(1);
  });

  it('makes a plain write wait for an open transaction, then lands it', async () => {
    const held = holdTransaction(db, (tx) => tx.auditEvent.create({ data: { type: 'in-tx' } }));
    const tx = await held.open;
    let landed = false;
    const plainWrite = record('outside').then(() => {
      landed = true;
    });
    await eventLoopTurns();
    expect(landed).toBe(false);
    expect(await tx.auditEvent.count({ where: { type: 'outside' } })).toBe(0);
    await held.commit();
    await plainWrite;
    expect(await countOf('outside')).toBe(1);
    expect(await countOf('in-tx')).toBe(1);
  });

  it('lands every write of 200 concurrent transactions, rollbacks, plain writes and reads exactly once', async () => {
    const patient = { maxWait: 20_000, timeout: 20_000 };
    const job = async (i: number): Promise<unknown> => {
      const id = String(i);
      await eventLoopTurns(i % 5); // staggered, so plain writes arrive while transactions are open
      switch (i % 4) {
        case 0:
          return record('plain', id);
        case 1:
          return db.prisma.$transaction(async (tx) => {
            await tx.auditEvent.create({ data: { type: 'tx', subjectId: `${id}a` } });
            await eventLoopTurns(1);
            await tx.auditEvent.create({ data: { type: 'tx', subjectId: `${id}b` } });
          }, patient);
        case 2:
          return db.prisma
            .$transaction(async (tx) => {
              await tx.auditEvent.create({ data: { type: 'doomed', subjectId: id } });
              await eventLoopTurns(1);
              throw new RolledBack();
            }, patient)
            .catch(ignoreRollBack);
        default:
          return countOf('tx');
      }
    };
    const work = Array.from({ length: 200 }, (_, i) => job(i));
    await Promise.all(work);
    const subjectsOf = async (type: string) =>
      (await db.prisma.auditEvent.findMany({ where: { type }, select: { subjectId: true } }))
        .map((row) => row.subjectId)
        .sort();
    const indexes = (remainder: number) => Array.from({ length: 50 }, (_, k) => String(4 * k + remainder));
    expect(await subjectsOf('plain')).toEqual(indexes(0).sort());
    expect(await subjectsOf('tx')).toEqual(
      indexes(1)
        .flatMap((id) => [`${id}a`, `${id}b`])
        .sort(),
    );
    expect(await countOf('doomed')).toBe(0);
  });

  it('closes both connections (the last one to close removes the WAL file)', async () => {
    await record('written');
    expect(await countOf('written')).toBe(1);
    expect(fs.existsSync(`${file}-wal`)).toBe(true);
    await db.close();
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
    db = await openDatabase(file, { migrate: false });
  });
});

describe('SQLite connections on :memory:', () => {
  let adapter: SqlDriverAdapter;

  const sql = (text: string, ...args: string[]): SqlQuery => ({
    sql: text,
    args,
    argTypes: args.map(() => ({ scalarType: 'string', arity: 'scalar' })),
  });

  beforeEach(async () => {
    adapter = await withReaderConnection(new PrismaBetterSqlite3({ url: ':memory:' })).connect();
    await adapter.executeScript('CREATE TABLE note (body TEXT NOT NULL)');
  });

  afterEach(() => adapter.dispose());

  it('keeps to one connection: a plain read waits for the open transaction, then sees its commit', async () => {
    const tx = await adapter.startTransaction();
    await tx.executeRaw(sql('INSERT INTO note (body) VALUES (?)', 'in-tx'));
    let answered = false;
    const read = adapter.queryRaw(sql('SELECT body FROM note')).then((result) => {
      answered = true;
      return result.rows;
    });
    await eventLoopTurns();
    expect(answered).toBe(false);
    await tx.executeRaw(sql('COMMIT'));
    await tx.commit();
    expect(await read).toEqual([['in-tx']]);
  });

  it('makes a plain write wait for an open transaction, so its rollback does not take the write along', async () => {
    const tx = await adapter.startTransaction();
    await tx.executeRaw(sql('INSERT INTO note (body) VALUES (?)', 'in-tx'));
    let landed = false;
    const write = adapter.executeRaw(sql('INSERT INTO note (body) VALUES (?)', 'outside')).then(() => {
      landed = true;
    });
    await eventLoopTurns();
    expect(landed).toBe(false);
    await tx.executeRaw(sql('ROLLBACK'));
    await tx.rollback();
    await write;
    expect((await adapter.queryRaw(sql('SELECT body FROM note'))).rows).toEqual([['outside']]);
  });
});
