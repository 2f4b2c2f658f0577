import { describeTarget, parseDatabaseUrl, type DatabaseProvider, type DatabaseTarget } from './database-url';
import type { Prisma, PrismaClient } from './generated/sqlite/client';
import { migrateTarget, type MigrationReport } from './migrate';
import { createPostgresClient } from './postgres-client';
import { createSqliteClient } from './sqlite-client';

/** The store's connection: one Prisma client, whichever database is behind it. */
export interface Database {
  /** Typed as the SQLite client for both providers (see postgres-client.ts). */
  readonly prisma: PrismaClient;
  readonly provider: DatabaseProvider;
  /** The URL's database with any password masked, for logs. */
  readonly description: string;
  /** What the migrations at start did; undefined with `migrate: false`. */
  readonly migrations: MigrationReport | undefined;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** Prisma client log levels. */
  readonly log?: readonly Prisma.LogLevel[];
  /** Apply pending migrations before returning (default true). */
  readonly migrate?: boolean;
  /** Another migrations folder (tests); defaults to the provider's folder in the repository. */
  readonly migrationsDir?: string;
}

/**
 * Opens the database at `url` — `file:./data/chibo.db` or a path (SQLite), or
 * `postgres(ql)://…[?schema=NAME]` — after applying its pending migrations.
 * Rejects with a MigrationError when the migration history cannot be trusted.
 */
export async function openDatabase(url: string, options: OpenDatabaseOptions = {}): Promise<Database> {
  const target = parseDatabaseUrl(url);
  const migrations =
    options.migrate === false
      ? undefined
      : await migrateTarget(
          target,
          options.migrationsDir === undefined ? {} : { migrationsDir: options.migrationsDir },
        );
  const prisma = await createClient(target, options.log ?? []);
  return {
    prisma,
    provider: target.provider,
    description: describeTarget(target),
    migrations,
    close: () => prisma.$disconnect(),
  };
}

function createClient(target: DatabaseTarget, log: readonly Prisma.LogLevel[]): Promise<PrismaClient> {
  return target.provider === 'sqlite'
    ? Promise.resolve(createSqliteClient(target.file, log))
    : createPostgresClient(target, log);
}
