/**
 * Backup and restore in one portable format for both databases, so a backup
 * of SQLite restores into PostgreSQL and back. The file is JSON lines:
 *   {"format":"chibo-backup","version":1,"createdAt":…,"provider":…,"migrations":[…],"tables":{"Cell":2,…}}
 *   {"table":"Cell","row":{…}}            one line per row, parents first
 *   {"end":true}                          a file cut short has no end line
 * Dates are written {"$date":"<ISO>"}. Every table is read in one transaction
 * (REPEATABLE READ on PostgreSQL; on SQLite's WAL file a read transaction is a
 * snapshot too), so a backup taken while the bot runs is consistent and does
 * not stop it writing.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import type { Database } from './database';
import type { Prisma } from './generated/sqlite/client';
import { BACKUP_TABLES, delegateOf, type Row } from './backup-tables';

export const BACKUP_FORMAT = 'chibo-backup';
export const BACKUP_VERSION = 1;

export interface BackupHeader {
  readonly format: typeof BACKUP_FORMAT;
  readonly version: number;
  readonly createdAt: string;
  /** The database it was taken from (sqlite | postgresql); any kind restores it. */
  readonly provider: string;
  /** The migrations applied to that database: a restore needs them all known. */
  readonly migrations: readonly string[];
  /** Rows per table, checked on restore. */
  readonly tables: Readonly<Record<string, number>>;
}

export interface Snapshot {
  readonly header: BackupHeader;
  readonly rows: ReadonlyMap<string, readonly Row[]>;
}

/** A backup file that cannot be restored, or a database that must not receive it. */
export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

// A month's data is small; a slow disk or a big district must not hit Prisma's 5 s default.
const TRANSACTION = { maxWait: 30_000, timeout: 10 * 60_000 };
const INSERT_CHUNK = 500;

async function appliedMigrations(client: Pick<Database['prisma'], '$queryRawUnsafe'>): Promise<string[]> {
  const rows = await client.$queryRawUnsafe<{ migration_name: string }[]>(
    'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name',
  );
  return rows.map((row) => row.migration_name);
}

/** Reads every table in one consistent transaction. */
export async function takeSnapshot(db: Database, now: Date): Promise<Snapshot> {
  const isolation =
    db.provider === 'postgresql' ? { isolationLevel: 'RepeatableRead' as Prisma.TransactionIsolationLevel } : {};
  return db.prisma.$transaction(
    async (tx) => {
      const migrations = await appliedMigrations(tx);
      const rows = new Map<string, Row[]>();
      for (const { model, key } of BACKUP_TABLES)
        rows.set(model, await delegateOf(tx, model).findMany({ orderBy: { [key]: 'asc' } }));
      const tables = Object.fromEntries([...rows].map(([model, list]) => [model, list.length]));
      const header: BackupHeader = {
        format: BACKUP_FORMAT,
        version: BACKUP_VERSION,
        createdAt: now.toISOString(),
        provider: db.provider,
        migrations,
        tables,
      };
      return { header, rows };
    },
    { ...TRANSACTION, ...isolation },
  );
}

function replacer(this: Record<string, unknown>, key: string, value: unknown): unknown {
  const raw = this[key];
  return raw instanceof Date ? { $date: raw.toISOString() } : value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value !== null && typeof value === 'object' && '$date' in value && typeof value.$date === 'string')
    return new Date(value.$date);
  return value;
}

/** The snapshot as the file's text. */
export function formatBackup(snapshot: Snapshot): string {
  const lines = [JSON.stringify(snapshot.header)];
  for (const { model } of BACKUP_TABLES) {
    for (const row of snapshot.rows.get(model) ?? []) lines.push(JSON.stringify({ table: model, row }, replacer));
  }
  lines.push(JSON.stringify({ end: true }));
  return `${lines.join('\n')}\n`;
}

/** Writes the file whole or not at all: a crash leaves FILE.partial, never a short FILE. */
export async function writeBackupFile(path: string, snapshot: Snapshot): Promise<void> {
  const partial = `${path}.partial`;
  await writeFile(partial, formatBackup(snapshot), { mode: 0o600 });
  await rename(partial, path);
}

function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = JSON.parse(line ?? '') as Partial<BackupHeader>;
  } catch {
    header = undefined; // reported just below
  }
  if (header?.format !== BACKUP_FORMAT) throw new BackupError('Tệp không phải bản sao lưu chibo-bot');
  if (header.version !== BACKUP_VERSION) {
    throw new BackupError(
      `Bản sao lưu định dạng phiên bản ${String(header.version)}; bản này đọc phiên bản ${BACKUP_VERSION}`,
    );
  }
  return header as BackupHeader;
}

/** Parses and checks a backup file's text: its format, version, end line and row counts. */
export function parseBackup(text: string): Snapshot {
  const lines = text.split('\n').filter((line) => line.trim() !== '');
  const header = parseHeader(lines[0]);
  const last = lines.at(-1);
  if (lines.length < 2 || last === undefined || (JSON.parse(last) as { end?: boolean }).end !== true) {
    throw new BackupError('Bản sao lưu bị cắt cụt: thiếu dòng kết thúc');
  }
  const known = new Set(BACKUP_TABLES.map((t) => t.model));
  const rows = new Map<string, Row[]>(BACKUP_TABLES.map((t) => [t.model, []]));
  for (const line of lines.slice(1, -1)) {
    const entry = JSON.parse(line, reviver) as { table: string; row: Row };
    if (!known.has(entry.table)) throw new BackupError(`Bảng không có trong phiên bản này: ${entry.table}`);
    rows.get(entry.table)?.push(entry.row);
  }
  for (const [model, count] of Object.entries(header.tables)) {
    if ((rows.get(model)?.length ?? 0) !== count)
      throw new BackupError(`Bảng ${model}: tệp có ${rows.get(model)?.length ?? 0} dòng, đầu tệp ghi ${count}`);
  }
  return { header, rows };
}

export async function readBackupFile(path: string): Promise<Snapshot> {
  return parseBackup(await readFile(path, 'utf8'));
}

/** Tables that already hold rows, with their counts. */
async function nonEmptyTables(db: Database): Promise<string[]> {
  const counts = await Promise.all(
    BACKUP_TABLES.map(async ({ model }) => [model, await delegateOf(db.prisma, model).count()] as const),
  );
  return counts.filter(([, count]) => count > 0).map(([model, count]) => `${model} ${count}`);
}

/**
 * Restores a snapshot into an empty, migrated database, all or nothing.
 * Refuses a database that holds any row, and a backup made by a newer version.
 */
export async function restoreSnapshot(db: Database, snapshot: Snapshot): Promise<Record<string, number>> {
  const filled = await nonEmptyTables(db);
  if (filled.length > 0) {
    throw new BackupError(
      `Cơ sở dữ liệu ${db.description} đã có dữ liệu (${filled.join(', ')}); chỉ khôi phục vào cơ sở dữ liệu trống: một tệp SQLite mới hoặc một schema PostgreSQL mới`,
    );
  }
  const known = new Set(await appliedMigrations(db.prisma));
  const unknown = snapshot.header.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new BackupError(
      `Bản sao lưu do phiên bản mới hơn tạo (migration ${unknown.join(', ')}); hãy cập nhật chibo-bot trước`,
    );
  }
  return db.prisma.$transaction(async (tx) => {
    const restored: Record<string, number> = {};
    for (const { model } of BACKUP_TABLES) {
      const rows = [...(snapshot.rows.get(model) ?? [])];
      for (let at = 0; at < rows.length; at += INSERT_CHUNK)
        await delegateOf(tx, model).createMany({ data: rows.slice(at, at + INSERT_CHUNK) });
      restored[model] = rows.length;
    }
    return restored;
  }, TRANSACTION);
}
