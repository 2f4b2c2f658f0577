/**
 * A SQLite driver adapter over two connections to one WAL file.
 *
 * Prisma's better-sqlite3 adapter has a single connection, and only its
 * transactions take its lock: a plain statement from another request ran inside
 * whatever interactive transaction was open (lost on its rollback, and reads saw
 * uncommitted rows). Here every transaction and every statement that may write
 * runs on the writer connection under one lock, held from BEGIN until commit or
 * rollback; plain statements that only read run on a reader connection, which in
 * WAL mode sees the last committed state and never waits for the writer.
 *
 * Without WAL (`:memory:` for one, where a second connection would open another
 * database) there is no reader: everything, reads included, waits for the lock.
 */
import BetterSqlite3 from 'better-sqlite3';
import type {
  IsolationLevel,
  SqlDriverAdapter,
  SqlDriverAdapterFactory,
  SqlQuery,
  SqlResultSet,
  Transaction,
} from '@prisma/driver-adapter-utils';

/** How many SQL texts the reader remembers the read-only verdict of. */
const READ_VERDICT_CACHE_SIZE = 200;

/**
 * Wraps a better-sqlite3 adapter factory (Prisma's, possibly wrapped itself) so
 * each `connect()` opens a writer and, on a WAL file, a reader connection.
 */
export function withReaderConnection(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    connect: () => connectWriterAndReader(factory),
  };
}

async function connectWriterAndReader(factory: SqlDriverAdapterFactory): Promise<SqlDriverAdapter> {
  const writer = await factory.connect();
  try {
    const reader = (await isInWalMode(writer)) ? await connectReader(factory) : undefined;
    return new SqliteConnections(writer, reader);
  } catch (error) {
    await writer.dispose();
    throw error;
  }
}

// Only in WAL mode does a second connection read the same database without blocking the writer.
async function isInWalMode(connection: SqlDriverAdapter): Promise<boolean> {
  const result = await connection.queryRaw({ sql: 'PRAGMA journal_mode', args: [], argTypes: [] });
  const mode = result.rows[0]?.[0];
  return typeof mode === 'string' && mode.toLowerCase() === 'wal';
}

async function connectReader(factory: SqlDriverAdapterFactory): Promise<ReaderConnection> {
  const adapter = await factory.connect();
  try {
    // A safety net: a statement wrongly routed here fails instead of writing outside the lock.
    await adapter.executeScript('PRAGMA query_only = ON');
    return new ReaderConnection(adapter);
  } catch (error) {
    await adapter.dispose();
    throw error;
  }
}

/** The adapter Prisma talks to: routes each statement to the reader or, under the lock, the writer. */
class SqliteConnections implements SqlDriverAdapter {
  readonly provider: SqlDriverAdapter['provider'];
  readonly adapterName: string;
  private readonly writeLock = new WriteLock();

  constructor(
    private readonly writer: SqlDriverAdapter,
    private readonly reader: ReaderConnection | undefined,
  ) {
    this.provider = writer.provider;
    this.adapterName = writer.adapterName;
  }

  queryRaw(query: SqlQuery): Promise<SqlResultSet> {
    if (this.reader?.canRun(query.sql)) return this.reader.adapter.queryRaw(query);
    return this.writeLock.holding(() => this.writer.queryRaw(query));
  }

  executeRaw(query: SqlQuery): Promise<number> {
    if (this.reader?.canRun(query.sql)) return this.reader.adapter.executeRaw(query);
    return this.writeLock.holding(() => this.writer.executeRaw(query));
  }

  /** Scripts run on the writer only (the reader got its PRAGMAs when it connected). */
  executeScript(script: string): Promise<void> {
    return this.writeLock.holding(() => this.writer.executeScript(script));
  }

  async startTransaction(isolationLevel?: IsolationLevel): Promise<Transaction> {
    const release = await this.writeLock.acquire();
    try {
      return releasingOnEnd(await this.writer.startTransaction(isolationLevel), release);
    } catch (error) {
      release();
      throw error;
    }
  }

  async dispose(): Promise<void> {
    try {
      await this.reader?.adapter.dispose();
    } finally {
      await this.writer.dispose();
    }
  }
}

/** The transaction as it is, except that ending it (commit or rollback) releases the write lock. */
function releasingOnEnd(transaction: Transaction, release: () => void): Transaction {
  const endWith = async (end: () => Promise<void>): Promise<void> => {
    try {
      await end();
    } finally {
      release();
    }
  };
  return {
    provider: transaction.provider,
    adapterName: transaction.adapterName,
    options: transaction.options,
    queryRaw: (query) => transaction.queryRaw(query),
    executeRaw: (query) => transaction.executeRaw(query),
    commit: () => endWith(() => transaction.commit()),
    rollback: () => endWith(() => transaction.rollback()),
    ...savepointsOf(transaction),
  };
}

// Savepoints are optional in the interface: offer them only if the wrapped transaction has them.
function savepointsOf(
  transaction: Transaction,
): Pick<Transaction, 'createSavepoint' | 'rollbackToSavepoint' | 'releaseSavepoint'> {
  const { createSavepoint, rollbackToSavepoint, releaseSavepoint } = transaction;
  return {
    ...(createSavepoint && { createSavepoint: (name: string) => createSavepoint.call(transaction, name) }),
    ...(rollbackToSavepoint && { rollbackToSavepoint: (name: string) => rollbackToSavepoint.call(transaction, name) }),
    ...(releaseSavepoint && { releaseSavepoint: (name: string) => releaseSavepoint.call(transaction, name) }),
  };
}

/** The read-only connection, and which statements it may run. */
class ReaderConnection {
  private readonly database: BetterSqlite3.Database;
  private readonly verdicts = new LruCache<string, boolean>(READ_VERDICT_CACHE_SIZE);

  constructor(readonly adapter: SqlDriverAdapter) {
    this.database = betterSqliteDatabaseOf(adapter);
  }

  /**
   * True when `sql` reads and returns rows without changing anything. SQLite's
   * read-only flag alone is not enough: it is also set on BEGIN, COMMIT,
   * SAVEPOINT, ATTACH and PRAGMA assignments, which change the connection's
   * state and so belong to the writer; none of those return rows. INSERT …
   * RETURNING returns rows but is not read-only.
   */
  canRun(sql: string): boolean {
    const known = this.verdicts.get(sql);
    if (known !== undefined) return known;
    let statement: BetterSqlite3.Statement;
    try {
      statement = this.database.prepare(sql);
    } catch {
      // Not remembered (a missing table may appear); the writer runs it and reports the error the adapter's way.
      return false;
    }
    const verdict = statement.readonly && statement.reader;
    this.verdicts.set(sql, verdict);
    return verdict;
  }
}

/**
 * The better-sqlite3 handle behind one of Prisma's better-sqlite3 adapters. The
 * adapter keeps it in a `client` field that its type does not declare, so this
 * is the one place that reaches for it, and it fails loudly if that changes.
 */
function betterSqliteDatabaseOf(adapter: SqlDriverAdapter): BetterSqlite3.Database {
  const client: unknown = Reflect.get(adapter, 'client');
  if (!(client instanceof BetterSqlite3)) {
    throw new Error(`The ${adapter.adapterName} adapter no longer exposes its better-sqlite3 connection as "client"`);
  }
  return client;
}

/**
 * A first-come first-served lock: each holder starts once the previous one has
 * released it. `acquire` resolves to the release function (safe to call twice).
 */
class WriteLock {
  private tail: Promise<void> = Promise.resolve();

  acquire(): Promise<() => void> {
    let release: () => void = () => undefined;
    const released = new Promise<void>((resolve) => {
      release = resolve;
    });
    const turn = this.tail.then(() => release);
    this.tail = this.tail.then(() => released);
    return turn;
  }

  async holding<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }
}

/** A Map kept in least-recently-used order, trimmed to `capacity` entries. */
class LruCache<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) this.set(key, value);
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.dropOldest();
  }

  private dropOldest(): void {
    for (const oldest of this.entries.keys()) {
      this.entries.delete(oldest);
      return;
    }
  }
}
