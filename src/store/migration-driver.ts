import type { MigrationFile } from './migration-files';

/** What the migrator needs of a `_prisma_migrations` row. */
export interface MigrationRecord {
  readonly migrationName: string;
  readonly checksum: string;
  readonly finished: boolean;
  readonly rolledBack: boolean;
  readonly logs: string | null;
}

/** Reads and extends the migration history while the caller holds the migration lock. */
export interface MigrationSession {
  readRecords(): Promise<MigrationRecord[]>;
  /** Runs the script and records it, all or nothing. */
  apply(migration: MigrationFile): Promise<void>;
}

/** One database connection dedicated to migrating, apart from the Prisma client's. */
export interface MigrationDriver {
  /** Runs `work` while no other process migrates the same database; creates `_prisma_migrations` if needed. */
  exclusive<T>(work: (session: MigrationSession) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
