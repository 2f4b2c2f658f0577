/**
 * Migration meeting_join_url on both databases: a meeting whose venues carried
 * a join link (the former per-venue field) gets it as its own joinUrl, and the
 * venue list keeps only names, in order; other meetings are left as they were.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openDatabase } from '../../src/store/database';
import { migrateDatabase } from '../../src/store/migrate';
import { migrationsDir } from '../../src/store/migrations-path';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';

const MIGRATION = /_meeting_join_url$/;

describeEachDatabaseKind('migration meeting_join_url', (name) => {
  let scratch: ScratchDatabase;
  let before: string;

  beforeAll(async () => {
    scratch = await createScratchDatabase(name);
    before = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-migrations-before-'));
    fs.cpSync(migrationsDir(name), before, { recursive: true });
    const ours = fs.readdirSync(before).filter((folder) => MIGRATION.test(folder));
    expect(ours).toHaveLength(1);
    for (const folder of fs.readdirSync(before))
      if (folder >= ours[0]! && !folder.endsWith('.toml')) fs.rmSync(path.join(before, folder), { recursive: true });
  });
  afterAll(async () => {
    fs.rmSync(before, { recursive: true, force: true });
    await scratch.dispose();
  });

  it('moves a venue link to the meeting and drops it from the venues', async () => {
    await migrateDatabase(scratch.url, { migrationsDir: before });
    const db = await openDatabase(scratch.url, { migrate: false });
    try {
      // Raw SQL: the client knows columns that later migrations add.
      const cell = { id: 'cell-1' };
      await db.prisma
        .$executeRaw`INSERT INTO "Cell" ("id", "name", "parentOrganisation", "updatedAt") VALUES (${cell.id}, ${'Chi bộ Thử nghiệm'}, ${'Đảng bộ Khối'}, ${new Date('2025-09-01T00:00:00Z')})`;
      const venues = {
        linked: [
          { name: 'Hội trường', main: true },
          { name: 'Phân xưởng', main: false, joinUrl: 'https://zoom.us/j/1' },
          { name: 'Kho', main: false, joinUrl: 'https://zoom.us/j/2' },
        ],
        plain: [{ name: 'Hội trường', main: true }],
      };
      for (const [id, list] of Object.entries(venues)) {
        const [startsAt, updatedAt] = [new Date('2025-09-05T07:00:00Z'), new Date('2025-09-01T00:00:00Z')];
        await db.prisma
          .$executeRaw`INSERT INTO "Meeting" ("id", "cellId", "period", "startsAt", "venues", "updatedAt") VALUES (${id}, ${cell.id}, ${'2025-09'}, ${startsAt}, ${JSON.stringify(list)}, ${updatedAt})`;
      }
    } finally {
      await db.close();
    }
    await migrateDatabase(scratch.url);
    const after = await openDatabase(scratch.url, { migrate: false });
    try {
      const rows = await after.prisma.meeting.findMany({
        select: { id: true, venues: true, joinUrl: true },
        orderBy: { id: 'asc' },
      });
      expect(rows.map((r) => ({ ...r, venues: JSON.parse(r.venues) as unknown }))).toEqual([
        {
          id: 'linked',
          joinUrl: 'https://zoom.us/j/1',
          venues: [
            { name: 'Hội trường', main: true },
            { name: 'Phân xưởng', main: false },
            { name: 'Kho', main: false },
          ],
        },
        { id: 'plain', joinUrl: null, venues: [{ name: 'Hội trường', main: true }] },
      ]);
    } finally {
      await after.close();
    }
  });
});
