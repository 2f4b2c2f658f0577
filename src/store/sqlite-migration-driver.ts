import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { MigrationDriver, MigrationRecord, MigrationSession } from './migration-driver';
import { MigrationError } from './migration-error';
import type { MigrationFile } from './migration-files';

/** How long a connection waits for another one's write lock before SQLITE_BUSY. */
export const SQLITE_BUSY_TIMEOUT_MS = 10_000;

// Prisma's own definition of the table on SQLite, so its tooling reads our rows.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    TEXT PRIMARY KEY NOT NULL,
    "checksum"              TEXT NOT NULL,
    "finished_at"           DATETIME,
    "migration_name"        TEXT NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        DATETIME,
    "started_at"            DATETIME NOT NULL DEFAULT current_timestamp,
    "applied_steps_count"   INTEGER UNSIGNED NOT NULL DEFAULT 0
)`;

interface RawRecord {
  migration_name: string;
  checksum: string;
  finished_at: string | number | null;
  rolled_back_at: string | number | null;
  logs: string | null;
}

// Prisma's SQLite adapter writes DateTime as ISO 8601 with an explicit offset.
function sqliteTimestamp(date: Date): string {
  return date.toISOString().replace('Z', '+00:00');
}

/** Opens the file (creating its folder) in WAL mode for migrating. */
export function openSqliteMigrationDriver(file: string): MigrationDriver {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new BetterSqlite3(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
  // WAL is a property of the file: set once here, the client's connections inherit it.
  db.pragma('journal_mode = WAL');
  return {
    exclusive: (work) => exclusive(db, work),
    close: () => {
      db.close();
      return Promise.resolve();
    },
  };
}

/**
 * One write transaction around the whole run: BEGIN IMMEDIATE keeps a second
 * process out, and a failed migration leaves the file as it was. Foreign keys
 * are off meanwhile because Prisma rebuilds tables (DROP + RENAME) and with
 * them on, dropping a parent table cascades deletes; the PRAGMA is a no-op
 * inside a transaction, so it is set around it and checked before COMMIT.
 */
async function exclusive<T>(db: BetterSqlite3.Database, work: (session: MigrationSession) => Promise<T>): Promise<T> {
  db.pragma('foreign_keys = OFF');
  try {
    db.exec('BEGIN IMMEDIATE');
    try {
      db.exec(CREATE_TABLE);
      const result = await work(createSession(db));
      assertForeignKeysHold(db);
      db.exec('COMMIT');
      return result;
    } catch (error) {
      if (db.inTransaction) db.exec('ROLLBACK');
      throw error;
    }
  } finally {
    db.pragma('foreign_keys = ON');
  }
}

function assertForeignKeysHold(db: BetterSqlite3.Database): void {
  let violations: unknown[];
  try {
    violations = db.prepare('PRAGMA foreign_key_check').all();
  } catch (error) {
    // e.g. "foreign key mismatch": a rebuilt parent table lost the key its children reference.
    throw new MigrationError(
      'migration.apply_failed',
      `The migrations broke a foreign key and were rolled back: ${String(error)}`,
      {
        cause: error,
      },
    );
  }
  if (violations.length > 0) {
    throw new MigrationError(
      'migration.apply_failed',
      `The migrations leave ${violations.length} rows breaking foreign keys and were rolled back: ${JSON.stringify(violations.slice(0, 3))}`,
    );
  }
}

function createSession(db: BetterSqlite3.Database): MigrationSession {
  const select = db.prepare<[], RawRecord>(
    'SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at',
  );
  const insert = db.prepare(
    `INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
     VALUES (?, ?, ?, ?, NULL, NULL, ?, 1)`,
  );
  return {
    readRecords: () => Promise.resolve(select.all().map(toRecord)),
    apply(migration: MigrationFile) {
      const startedAt = new Date();
      db.exec(migration.sql);
      insert.run(
        randomUUID(),
        migration.checksum,
        sqliteTimestamp(new Date()),
        migration.name,
        sqliteTimestamp(startedAt),
      );
      return Promise.resolve();
    },
  };
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
