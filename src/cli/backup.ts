/**
 * `backup` and `restore`: every table of the database in one portable file
 * (src/store/backup.ts), so a cell's record is kept safe, and moves between
 * SQLite and PostgreSQL: backup from one, restore into an empty other.
 */
import { BackupError, readBackupFile, restoreSnapshot, takeSnapshot, writeBackupFile } from '../store/backup';
import { CliFailure, EXIT_OK, requiredOption, type CommandContext, type CommandSpec } from './context';
import { fileErrorText } from './error-text';
import { printJson, printLine } from './output';

const BACKUP_USAGE = 'backup --out <tệp.jsonl> [--json]';
const RESTORE_USAGE = 'restore --file <tệp.jsonl> [--json]';

function total(tables: Readonly<Record<string, number>>): number {
  return Object.values(tables).reduce((sum, count) => sum + count, 0);
}

// A bad file or a full database is the user's to fix: say it without a stack trace.
async function userFacing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof BackupError) throw new CliFailure(error.message);
    const file = fileErrorText(error);
    if (file !== undefined) throw new CliFailure(file);
    throw error;
  }
}

export const backupCommand: CommandSpec = {
  name: 'backup',
  usage: [BACKUP_USAGE],
  summary:
    'Sao lưu toàn bộ dữ liệu ra một tệp (chạy được khi bot đang chạy; khôi phục được vào SQLite hoặc PostgreSQL)',
  options: { out: { type: 'string' }, json: { type: 'boolean' } },
  async run(ctx: CommandContext): Promise<number> {
    const out = requiredOption(ctx.values, 'out', BACKUP_USAGE);
    const { header, database } = await userFacing(() =>
      ctx.withDatabase(async (db) => {
        const snapshot = await takeSnapshot(db, ctx.deps.clock.now());
        await writeBackupFile(out, snapshot);
        return { header: snapshot.header, database: db.description };
      }),
    );
    if (ctx.json)
      printJson(ctx.io, {
        file: out,
        database,
        version: header.version,
        createdAt: header.createdAt,
        tables: header.tables,
      });
    else
      printLine(
        ctx.io,
        `Đã sao lưu ${total(header.tables)} dòng của ${Object.keys(header.tables).length} bảng từ ${database} vào ${out}.`,
      );
    return EXIT_OK;
  },
};

export const restoreCommand: CommandSpec = {
  name: 'restore',
  usage: [RESTORE_USAGE],
  summary: 'Khôi phục một bản sao lưu vào cơ sở dữ liệu trống (DATABASE_URL: SQLite hoặc PostgreSQL)',
  options: { file: { type: 'string' }, json: { type: 'boolean' } },
  async run(ctx: CommandContext): Promise<number> {
    const file = requiredOption(ctx.values, 'file', RESTORE_USAGE);
    const snapshot = await userFacing(() => readBackupFile(file));
    const { restored, database } = await userFacing(() =>
      ctx.withDatabase(async (db) => ({ restored: await restoreSnapshot(db, snapshot), database: db.description })),
    );
    if (ctx.json)
      printJson(ctx.io, {
        file,
        database,
        from: snapshot.header.provider,
        createdAt: snapshot.header.createdAt,
        tables: restored,
      });
    else
      printLine(
        ctx.io,
        `Đã khôi phục ${total(restored)} dòng (sao lưu lúc ${snapshot.header.createdAt}, từ ${snapshot.header.provider}) vào ${database}.`,
      );
    return EXIT_OK;
  },
};
