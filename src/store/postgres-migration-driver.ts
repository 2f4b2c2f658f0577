import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { Client } from 'pg';
import { postgresClientConfig, type DatabaseTarget } from './database-url';
import type { MigrationDriver, MigrationRecord, MigrationSession } from './migration-driver';
import { MigrationError } from './migration-error';
import type { MigrationFile } from './migration-files';

type PostgresTarget = Extract<DatabaseTarget, { provider: 'postgresql' }>;

// The key `prisma migrate deploy` locks: our instances and Prisma's CLI exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;
const LOCK_POLL_MS = 200;
/** How long an instance waits for another one to finish migrating. */
export const POSTGRES_LOCK_WAIT_MS = 120_000;

// Prisma's own definition of the table on PostgreSQL, so its tooling reads our rows.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface RawRecord {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
  logs: string | null;
}

/** Connects one pg client (search_path = the URL's schema) for migrating. */
export async function openPostgresMigrationDriver(target: PostgresTarget): Promise<MigrationDriver> {
  const client = new Client(postgresClientConfig(target));
  await client.connect();
  return {
    exclusive: (work) => exclusive(client, target.schema, work),
    close: () => client.end(),
  };
}

async function exclusive<T>(
  client: Client,
  schema: string | undefined,
  work: (session: MigrationSession) => Promise<T>,
): Promise<T> {
  await acquireLock(client);
  try {
    // Inside the lock: two instances creating the same schema at once would collide.
    if (schema !== undefined) await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await client.query(CREATE_TABLE);
    return await work(createSession(client));
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]);
  }
}

// Polls rather than blocks, so a stuck peer gives a clear error instead of a hung start.
async function acquireLock(client: Client): Promise<void> {
  const deadline = Date.now() + POSTGRES_LOCK_WAIT_MS;
  for (;;) {
    const result = await client.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [
      PRISMA_ADVISORY_LOCK,
    ]);
    if (result.rows[0]?.locked === true) return;
    if (Date.now() > deadline) {
      throw new MigrationError(
        'migration.lock_timeout',
        `Another process held the migration lock for ${POSTGRES_LOCK_WAIT_MS / 1000} s (advisory lock ${PRISMA_ADVISORY_LOCK})`,
      );
    }
    await sleep(LOCK_POLL_MS);
  }
}

function createSession(client: Client): MigrationSession {
  return {
    async readRecords() {
      const result = await client.query<RawRecord>(
        'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at',
      );
      return result.rows.map(toRecord);
    },
    apply: (migration) => applyInTransaction(client, migration),
  };
}

/** The script and its row in one transaction: PostgreSQL DDL is transactional, so a failure leaves nothing behind. */
async function applyInTransaction(client: Client, migration: MigrationFile): Promise<void> {
  const startedAt = new Date();
  await client.query('BEGIN');
  try {
    // No parameters: pg uses the simple protocol, which runs a multi-statement script.
    await client.query(migration.sql);
    await client.query(
      `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, NULL, NULL, $5, 1)`,
      [randomUUID(), migration.checksum, new Date(), migration.name, startedAt],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK').catch((rollbackError: unknown) => {
      throw new Error(`ROLLBACK failed after: ${String(error)}`, { cause: rollbackError });
    });
    throw error;
  }
}

function toRecord(raw: RawRecord): MigrationRecord {
  return {
    migrationName: raw.migration_name,
    checksum: raw.checksum,
    finished: raw.finished_at !== null,
    rolledBack: raw.rolled_back_at !== null,
    logs: raw.logs,
  };
}
