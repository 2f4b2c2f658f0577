import { performance } from 'node:perf_hooks';
import { parseDatabaseUrl, type DatabaseProvider, type DatabaseTarget } from './database-url';
import type { MigrationDriver, MigrationRecord } from './migration-driver';
import { MigrationError } from './migration-error';
import { matchesChecksum, readMigrationFolder, type MigrationFile } from './migration-files';
import { migrationsDir } from './migrations-path';

/** What a migration run did. */
export interface MigrationReport {
  readonly provider: DatabaseProvider;
  /** Migrations applied by this run, in order. */
  readonly applied: readonly string[];
  /** Migrations that were applied before. */
  readonly alreadyApplied: number;
  readonly durationMs: number;
}

export interface MigrateOptions {
  /** Defaults to the provider's folder in the repository (prisma/migrations or prisma/postgres/migrations). */
  readonly migrationsDir?: string;
}

/**
 * Applies the pending migrations of the provider's folder to the database at `url`,
 * recording them in `_prisma_migrations` as `prisma migrate deploy` would. Needs no
 * Prisma engine. Refuses (MigrationError) an edited, unknown or failed migration.
 */
export function migrateDatabase(url: string, options: MigrateOptions = {}): Promise<MigrationReport> {
  return migrateTarget(parseDatabaseUrl(url), options);
}

/** migrateDatabase for an already parsed URL. */
export async function migrateTarget(target: DatabaseTarget, options: MigrateOptions = {}): Promise<MigrationReport> {
  const started = performance.now();
  const files = readMigrationFolder(options.migrationsDir ?? migrationsDir(target.provider), target.provider);
  const driver = await openMigrationDriver(target);
  try {
    const outcome = await runMigrations(driver, files);
    return { provider: target.provider, ...outcome, durationMs: Math.round(performance.now() - started) };
  } finally {
    await driver.close();
  }
}

// Loaded on demand: a SQLite deployment never loads pg, and the reverse.
async function openMigrationDriver(target: DatabaseTarget): Promise<MigrationDriver> {
  if (target.provider === 'sqlite') {
    const { openSqliteMigrationDriver } = await import('./sqlite-migration-driver');
    return openSqliteMigrationDriver(target.file);
  }
  const { openPostgresMigrationDriver } = await import('./postgres-migration-driver');
  return openPostgresMigrationDriver(target);
}

/** Applies what `planMigrations` finds pending, under the driver's migration lock. */
export function runMigrations(
  driver: MigrationDriver,
  files: readonly MigrationFile[],
): Promise<{ applied: string[]; alreadyApplied: number }> {
  return driver.exclusive(async (session) => {
    const pending = planMigrations(files, await session.readRecords());
    const applied: string[] = [];
    for (const migration of pending) {
      try {
        await session.apply(migration);
      } catch (error) {
        throw new MigrationError(
          'migration.apply_failed',
          `Migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      }
      applied.push(migration.name);
    }
    return { applied, alreadyApplied: files.length - pending.length };
  });
}

/**
 * The migrations still to apply, in folder order. Throws when the recorded
 * history cannot be trusted: a failed migration, an applied migration whose
 * file changed, or one this build does not have (a newer build migrated).
 */
export function planMigrations(files: readonly MigrationFile[], records: readonly MigrationRecord[]): MigrationFile[] {
  // Rows marked rolled back are history only, as for Prisma.
  const live = records.filter((record) => !record.rolledBack);
  assertNoFailed(live);
  const byName = new Map(files.map((file) => [file.name, file]));
  const unknown = live.filter((record) => !byName.has(record.migrationName)).map((r) => r.migrationName);
  if (unknown.length > 0) {
    throw new MigrationError(
      'migration.unknown_applied',
      `The database has migrations this build does not know (${unknown.join(', ')}): it was migrated by a newer build; deploy that build or restore a backup`,
    );
  }
  const edited = live
    .filter((record) => {
      const file = byName.get(record.migrationName);
      return file !== undefined && !matchesChecksum(file.sql, record.checksum);
    })
    .map((record) => record.migrationName);
  if (edited.length > 0) {
    throw new MigrationError(
      'migration.checksum_mismatch',
      `Migration files changed after they were applied (${edited.join(', ')}): restore them from version control and put further changes in a new migration (npm run db:migration -- <name>)`,
    );
  }
  const applied = new Set(live.map((record) => record.migrationName));
  return files.filter((file) => !applied.has(file.name));
}

function assertNoFailed(live: readonly MigrationRecord[]): void {
  const failed = live.filter((record) => !record.finished);
  if (failed.length === 0) return;
  const details = failed.map(
    (record) => `${record.migrationName}${record.logs ? `: ${record.logs.slice(0, 500)}` : ''}`,
  );
  throw new MigrationError(
    'migration.failed_earlier',
    `_prisma_migrations records failed migrations (${details.join('; ')}). Repair the database by hand, then mark them ` +
      `rolled back: UPDATE "_prisma_migrations" SET rolled_back_at = CURRENT_TIMESTAMP WHERE finished_at IS NULL AND rolled_back_at IS NULL`,
  );
}
