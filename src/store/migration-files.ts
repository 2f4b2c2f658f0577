import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseProvider } from './database-url';
import { MigrationError } from './migration-error';

/** One `<timestamp>_<name>/migration.sql` of a Prisma migrations folder. */
export interface MigrationFile {
  readonly name: string;
  readonly sql: string;
  /** sha256 hex of the file, as Prisma records it in `_prisma_migrations.checksum`. */
  readonly checksum: string;
}

/** sha256 hex of a migration script. */
export function checksumOf(sql: string): string {
  return createHash('sha256').update(sql, 'utf8').digest('hex');
}

/** Whether a script matches a recorded checksum; like Prisma, a CRLF checkout still matches. */
export function matchesChecksum(sql: string, checksum: string): boolean {
  return checksumOf(sql) === checksum || (sql.includes('\r\n') && checksumOf(sql.replace(/\r\n/g, '\n')) === checksum);
}

/** The migrations of a folder in apply order (Prisma sorts folder names, which start with a timestamp). */
export function readMigrationFolder(dir: string, provider: DatabaseProvider): MigrationFile[] {
  if (!fs.existsSync(dir)) {
    throw new MigrationError('migration.folder_invalid', `Migrations folder not found: ${dir}`);
  }
  assertLockProvider(dir, provider);
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .map((name) => readOne(dir, name));
}

function readOne(dir: string, name: string): MigrationFile {
  const file = path.join(dir, name, 'migration.sql');
  if (!fs.existsSync(file)) {
    throw new MigrationError('migration.folder_invalid', `${file} is missing: every migration folder needs one`);
  }
  const sql = fs.readFileSync(file, 'utf8');
  return { name, sql, checksum: checksumOf(sql) };
}

// Guards against pointing one provider at the other's folder.
function assertLockProvider(dir: string, provider: DatabaseProvider): void {
  const lockFile = path.join(dir, 'migration_lock.toml');
  if (!fs.existsSync(lockFile)) return;
  const match = /^\s*provider\s*=\s*"([^"]+)"/m.exec(fs.readFileSync(lockFile, 'utf8'));
  if (match?.[1] !== undefined && match[1] !== provider) {
    throw new MigrationError(
      'migration.folder_invalid',
      `${dir} holds ${match[1]} migrations, not ${provider} ones (migration_lock.toml)`,
    );
  }
}
