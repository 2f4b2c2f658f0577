import fs from 'node:fs';
import path from 'node:path';
import { PrismaBetterSqlite3 } from '@prisma/adapter-better-sqlite3';
import type { SqlDriverAdapter, SqlDriverAdapterFactory } from '@prisma/driver-adapter-utils';
import { PrismaClient, type Prisma } from './generated/sqlite/client';
import { withReaderConnection } from './sqlite-connections';
import { CLIENT_OPTIONS } from './client-options';
import { SQLITE_BUSY_TIMEOUT_MS } from './sqlite-migration-driver';

// Per-connection settings (foreign keys, synchronous) must be set on every connection
// the adapter opens; WAL is persistent but set again in case migrations were skipped.
const CONNECTION_PRAGMAS = [
  'PRAGMA journal_mode = WAL',
  'PRAGMA foreign_keys = ON',
  'PRAGMA synchronous = NORMAL',
].join(';\n');

/** Wraps the adapter factory so each new connection gets CONNECTION_PRAGMAS first. */
function withConnectionPragmas(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect(): Promise<SqlDriverAdapter> {
      const adapter = await factory.connect();
      await adapter.executeScript(CONNECTION_PRAGMAS);
      return adapter;
    },
  };
}

/**
 * A Prisma client on a SQLite file (its folder is created), in WAL mode with a
 * busy timeout: writes and transactions share one writer connection, plain reads
 * a reader connection (sqlite-connections.ts).
 */
export function createSqliteClient(file: string, log: readonly Prisma.LogLevel[]): PrismaClient {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const factory = new PrismaBetterSqlite3({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS });
  return new PrismaClient({
    adapter: withReaderConnection(withConnectionPragmas(factory)),
    log: [...log],
    ...CLIENT_OPTIONS,
  });
}
