/** Migrations at start: applied once, recorded as Prisma does, refused when the history cannot be trusted. */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { openDatabase, type Database } from '../../src/store/database';
import { migrateDatabase, planMigrations } from '../../src/store/migrate';
import { MigrationError } from '../../src/store/migration-error';
import { checksumOf, readMigrationFolder } from '../../src/store/migration-files';
import { findRepoRoot, migrationsDir } from '../../src/store/migrations-path';
import {
  createScratchDatabase,
  describeEachDatabase,
  describeEachDatabaseKind,
  type ScratchDatabase,
} from '../support/databases';

const root = findRepoRoot();

interface MigrationRow {
  id: string;
  checksum: string;
  finished_at: unknown;
  migration_name: string;
  logs: string | null;
  rolled_back_at: unknown;
  started_at: unknown;
  applied_steps_count: number | bigint;
}

function readRows(db: Database): Promise<MigrationRow[]> {
  return db.prisma.$queryRawUnsafe<MigrationRow[]>('SELECT * FROM "_prisma_migrations" ORDER BY started_at');
}

const madeFolders: string[] = [];
afterAll(() => {
  for (const dir of madeFolders.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A copy of the provider's migrations folder plus extra migrations, for tests that add some. */
function folderWith(provider: ScratchDatabase['name'], extra: Record<string, string>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-migrations-'));
  madeFolders.push(dir);
  fs.cpSync(migrationsDir(provider), dir, { recursive: true });
  for (const [name, sql] of Object.entries(extra)) {
    fs.mkdirSync(path.join(dir, name));
    fs.writeFileSync(path.join(dir, name, 'migration.sql'), sql);
  }
  return dir;
}

async function expectRefusal(promise: Promise<unknown>, code: MigrationError['code']): Promise<void> {
  const error: unknown = await promise.then(
    () => undefined,
    (rejection: unknown) => rejection,
  );
  expect(error).toBeInstanceOf(MigrationError);
  expect((error as MigrationError).code).toBe(code);
}

describeEachDatabaseKind('migrations', (name) => {
  const folder = readMigrationFolder(migrationsDir(name), name);
  let scratch: ScratchDatabase;
  const opened: Database[] = [];
  async function open(options: Parameters<typeof openDatabase>[1] = {}): Promise<Database> {
    const db = await openDatabase(scratch.url, options);
    opened.push(db);
    return db;
  }

  beforeEach(async () => {
    scratch = await createScratchDatabase(name);
  });
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((db) => db.close()));
    await scratch.dispose();
  });

  it('applies every migration to an empty database, then nothing the second time', async () => {
    const first = await migrateDatabase(scratch.url);
    expect(first.applied).toEqual(folder.map((m) => m.name));
    expect(first.alreadyApplied).toBe(0);
    const second = await migrateDatabase(scratch.url);
    expect(second.applied).toEqual([]);
    expect(second.alreadyApplied).toBe(folder.length);
    expect(await readRows(await open({ migrate: false }))).toHaveLength(folder.length);
  });

  it('records _prisma_migrations rows the way Prisma does', async () => {
    const rows = await readRows(await open());
    expect(rows.map((row) => row.migration_name)).toEqual(folder.map((m) => m.name));
    for (const [index, row] of rows.entries()) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.checksum).toBe(checksumOf(folder[index]!.sql));
      expect(row.logs).toBeNull();
      expect(row.rolled_back_at).toBeNull();
      expect(Number(row.applied_steps_count)).toBe(1);
      expect(new Date(row.finished_at as string).getTime()).toBeGreaterThanOrEqual(
        new Date(row.started_at as string).getTime(),
      );
    }
  });

  it('produces exactly schema.prisma, and Prisma reads the history as in sync', async () => {
    await migrateDatabase(scratch.url);
    const { stdout } = await promisify(execFile)(process.execPath, [
      path.join(root, 'scripts', 'check-database.js'),
      scratch.url,
    ]);
    const report = JSON.parse(stdout) as { schemaDiff: { changed: boolean; sql: string }; history: unknown };
    expect(report.schemaDiff).toEqual({ changed: false, sql: expect.any(String) as unknown });
    expect(report.history).toEqual({
      editedMigrationNames: [],
      failedMigrationNames: [],
      hasMigrationsTable: true,
      history: null,
    });
  });

  it('refuses to start when an applied migration was edited', async () => {
    const db = await open();
    await db.prisma.$executeRawUnsafe(`UPDATE "_prisma_migrations" SET checksum = '${'0'.repeat(64)}'`);
    await expectRefusal(openDatabase(scratch.url), 'migration.checksum_mismatch');
  });

  it('refuses to start when the history records a failed migration', async () => {
    const db = await open();
    await db.prisma.$executeRawUnsafe(
      `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, logs, applied_steps_count)
       VALUES ('00000000-0000-4000-8000-000000000000', '${'0'.repeat(64)}', '29990101000000_broken', 'syntax error', 0)`,
    );
    await expectRefusal(openDatabase(scratch.url), 'migration.failed_earlier');
  });

  it('refuses to start on a database migrated by a newer build', async () => {
    await migrateDatabase(scratch.url, {
      migrationsDir: folderWith(name, { '29990101000000_later': 'CREATE TABLE "Later" ("id" TEXT);' }),
    });
    await expectRefusal(openDatabase(scratch.url), 'migration.unknown_applied');
  });

  it('applies a later migration, and rolls back one that fails halfway', async () => {
    await migrateDatabase(scratch.url);
    const dir = folderWith(name, {
      '29990101000000_add_note': 'ALTER TABLE "Cell" ADD COLUMN "note" TEXT;',
      '29990102000000_broken': 'CREATE TABLE "Half" ("id" TEXT);\nSELECT * FROM "NoSuchTable";',
    });
    await expectRefusal(migrateDatabase(scratch.url, { migrationsDir: dir }), 'migration.apply_failed');
    const db = await open({ migrate: false });
    expect((await readRows(db)).map((row) => row.migration_name)).not.toContain('29990102000000_broken');
    await expect(db.prisma.$queryRawUnsafe('SELECT * FROM "Half"')).rejects.toThrow();
  });
});

describeEachDatabaseKind(
  'migrations (SQLite table rebuilds)',
  (name) => {
    it('does not cascade deletes when a migration rebuilds a parent table', async () => {
      const scratch = await createScratchDatabase(name);
      try {
        const db = await openDatabase(scratch.url);
        const cell = await db.prisma.cell.create({ data: { name: 'Chi bộ 1' } });
        await db.prisma.member.create({ data: { cellId: cell.id, fullName: 'Nguyễn Văn A', status: 'official' } });
        await db.close();
        // The shape of Prisma's SQLite "RedefineTables" migrations.
        const rebuild = [
          'PRAGMA defer_foreign_keys=ON;',
          'PRAGMA foreign_keys=OFF;',
          'CREATE TABLE "new_Cell" ("id" TEXT NOT NULL PRIMARY KEY, "name" TEXT NOT NULL);',
          'INSERT INTO "new_Cell" ("id", "name") SELECT "id", "name" FROM "Cell";',
          'DROP TABLE "Cell";',
          'ALTER TABLE "new_Cell" RENAME TO "Cell";',
          'PRAGMA foreign_keys=ON;',
          'PRAGMA defer_foreign_keys=OFF;',
        ].join('\n');
        await migrateDatabase(scratch.url, {
          migrationsDir: folderWith(name, { '29990101000000_rebuild_cell': rebuild }),
        });
        const after = await openDatabase(scratch.url, { migrate: false });
        expect(await after.prisma.member.count()).toBe(1);
        await after.close();
      } finally {
        await scratch.dispose();
      }
    });
  },
  ['sqlite'],
);

describeEachDatabaseKind(
  'migrations (concurrent start)',
  (name) => {
    it('applies each migration once when several instances start together', async () => {
      const scratch = await createScratchDatabase(name);
      try {
        const reports = await Promise.all([1, 2, 3, 4].map(() => migrateDatabase(scratch.url)));
        const applied = reports.flatMap((report) => report.applied);
        const folder = readMigrationFolder(migrationsDir(name), name);
        expect(applied.sort()).toEqual(folder.map((m) => m.name).sort());
        const db = await openDatabase(scratch.url, { migrate: false });
        expect(await readRows(db)).toHaveLength(folder.length);
        await db.close();
      } finally {
        await scratch.dispose();
      }
    });
  },
  ['postgresql'],
);

describeEachDatabase('store basics', (getDb) => {
  it('creates and reads a cell with a member', async () => {
    const { prisma } = getDb();
    const cell = await prisma.cell.create({ data: { name: 'Chi bộ Khu phố 3' } });
    await prisma.member.create({ data: { cellId: cell.id, fullName: 'Trần Thị Bình', status: 'official' } });
    const read = await prisma.cell.findUniqueOrThrow({ where: { id: cell.id }, include: { members: true } });
    expect(read.timezone).toBe('Asia/Ho_Chi_Minh');
    expect(read.members.map((m) => m.fullName)).toEqual(['Trần Thị Bình']);
  });

  it('keeps one ballot per member per motion', async () => {
    const { prisma } = getDb();
    const cell = await prisma.cell.create({ data: { name: 'Chi bộ 2' } });
    const member = await prisma.member.create({ data: { cellId: cell.id, fullName: 'Lê Văn C', status: 'official' } });
    const meeting = await prisma.meeting.create({
      data: { cellId: cell.id, period: '2025-09', startsAt: new Date('2025-09-05T07:00:00Z') },
    });
    const motion = await prisma.motion.create({ data: { meetingId: meeting.id, title: 'Nghị quyết tháng 9' } });
    const ballot = {
      motionId: motion.id,
      memberId: member.id,
      choice: 'approve',
      castAt: new Date(),
      updatedAt: new Date(),
    };
    await prisma.ballot.create({ data: ballot });
    await expect(prisma.ballot.create({ data: { ...ballot, choice: 'reject' } })).rejects.toMatchObject({
      code: 'P2002',
    });
    expect(await prisma.ballot.count({ where: { motionId: motion.id } })).toBe(1);
  });

  it('deletes a cell with its members (foreign keys are on)', async () => {
    const { prisma } = getDb();
    const cell = await prisma.cell.create({ data: { name: 'Chi bộ 3' } });
    await prisma.member.create({ data: { cellId: cell.id, fullName: 'Phạm D', status: 'official' } });
    await prisma.cell.delete({ where: { id: cell.id } });
    expect(await prisma.member.count({ where: { cellId: cell.id } })).toBe(0);
  });
});

describe('planMigrations', () => {
  const file = (name: string, sql: string) => ({ name, sql, checksum: checksumOf(sql) });
  const record = (name: string, checksum: string, overrides: { finished?: boolean; rolledBack?: boolean } = {}) => ({
    migrationName: name,
    checksum,
    finished: overrides.finished ?? true,
    rolledBack: overrides.rolledBack ?? false,
    logs: null,
  });

  it('still matches a migration checked out with CRLF line endings', () => {
    const lf = 'CREATE TABLE "A" ("id" TEXT);\nCREATE TABLE "B" ("id" TEXT);\n';
    const crlf = file('1_a', lf.replace(/\n/g, '\r\n'));
    expect(planMigrations([crlf], [record('1_a', checksumOf(lf))])).toEqual([]);
  });

  it('ignores rows marked rolled back, and applies the migration again', () => {
    const a = file('1_a', 'SELECT 1;');
    expect(planMigrations([a], [record('1_a', a.checksum, { finished: false, rolledBack: true })])).toEqual([a]);
  });

  it('returns the pending migrations in folder order', () => {
    const [a, b, c] = [file('1_a', 'SELECT 1;'), file('2_b', 'SELECT 2;'), file('3_c', 'SELECT 3;')];
    expect(planMigrations([a, b, c], [record('2_b', b.checksum)]).map((m) => m.name)).toEqual(['1_a', '3_c']);
  });
});
