/**
 * Backup and restore: a seeded month (the demo cell, plus a row in every table
 * the demo does not fill) goes SQLite → PostgreSQL → SQLite through the CLI's
 * backup and restore, and every table reads back the same.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliDeps } from '../../src/cli';
import { seedDemoCell } from '../../src/features/demo/seed';
import { Prisma } from '../../src/store/generated/sqlite/client';
import { BACKUP_TABLES, type Row } from '../../src/store/backup-tables';
import { takeSnapshot, type Snapshot } from '../../src/store/backup';
import { openDatabase, type Database } from '../../src/store/database';
import { cliRunner, type CliRun } from '../support/cli-runner';
import { createScratchDatabase, describeEachDatabaseKind, type ScratchDatabase } from '../support/databases';

const NOW = new Date('2026-12-03T08:00:00Z');
jest.setTimeout(60_000);

function cli(url: string, ...argv: string[]): Promise<CliRun> {
  const deps: CliDeps = {
    config: () => ({ databaseUrl: url }),
    openDatabase: (u) => openDatabase(u),
    readFile: (p) => readFile(p),
    clock: { now: () => NOW },
  };
  return cliRunner(() => deps).cli(...argv);
}

/** The demo month, and one row in each table it leaves empty, so the round trip covers every table. */
async function seedMonth(db: Database): Promise<void> {
  await seedDemoCell(db, { now: () => NOW });
  const p = db.prisma;
  await p.channelAccount.create({
    data: { platform: 'msteams', platformUserId: 'aad-1', memberId: 'demo-m01', displayName: 'Hùng' },
  });
  await p.conversation.create({
    data: {
      platform: 'msteams',
      conversationId: '19:abc@thread.tacv2',
      cellId: 'demo-cell',
      reference: '{"serviceUrl":"https://smba"}',
    },
  });
  await p.outboxMessage.create({
    data: {
      dedupeKey: 'notice|demo-cell|x',
      platform: 'msteams',
      recipient: '19:abc',
      payload: '{"text":"Thông báo"}',
      status: 'sent',
      sentAt: NOW,
      leaseUntil: null,
    },
  });
  await p.auditEvent.create({
    data: {
      cellId: 'demo-cell',
      actorMemberId: 'demo-m01',
      type: 'vote.closed',
      subjectId: 'demo-motion-held',
      data: '{"by":"m01"}',
      createdAt: NOW,
    },
  });
  await p.lease.create({ data: { name: 'scheduler', holder: 'web-1', expiresAt: NOW } });
  await p.cardMessage.create({
    data: {
      platform: 'msteams',
      conversationId: '19:abc',
      cardKey: 'vote:demo-motion-held',
      platformMessageId: '1701',
    },
  });
  await p.zaloToken.create({
    data: {
      id: 'oa-1',
      oaId: '4318',
      cellId: 'demo-cell',
      refreshToken: 'r-token',
      accessToken: 'a-token',
      accessExpiresAt: NOW,
      version: 3,
    },
  });
  await p.zaloWebhookEvent.create({
    data: {
      dedupeKey: 'msg-1',
      eventName: 'user_send_text',
      body: '{"message":{"text":"có mặt"}}',
      status: 'done',
      nextAttemptAt: NOW,
      receivedAt: NOW,
      processedAt: NOW,
    },
  });
  await p.zaloThread.create({
    data: { threadId: 'zalo-user-1', lastInteractionAt: NOW, pendingKind: 'link', failedCodes: 1 },
  });
  // A sub-committee whose id sorts before its parent's: the restore must still accept it.
  await p.committee.create({ data: { id: 'cmt-z-root', name: 'Đảng ủy Khối Doanh nghiệp' } });
  await p.committee.create({ data: { id: 'cmt-a-sub', name: 'Đảng bộ Công ty', parentId: 'cmt-z-root' } });
  await p.committeeMember.create({
    data: { id: 'cmt-m1', committeeId: 'cmt-z-root', fullName: 'Trần Văn Bình', role: 'secretary' },
  });
  await p.committeeAccount.create({
    data: { platform: 'teams', platformUserId: 'aad-cmt-1', committeeMemberId: 'cmt-m1' },
  });
  await p.cell.update({ where: { id: 'demo-cell' }, data: { committeeId: 'cmt-a-sub' } });
}

/** Every table's rows, ordered by key, as plain JSON (dates as ISO strings) for comparison. */
function tablesOf(snapshot: Snapshot): Record<string, Row[]> {
  return Object.fromEntries(
    BACKUP_TABLES.map(({ model, key }) => {
      const rows = [...(snapshot.rows.get(model) ?? [])].sort((a, b) => String(a[key]).localeCompare(String(b[key])));
      return [model, JSON.parse(JSON.stringify(rows)) as Row[]];
    }),
  );
}

async function tablesAt(url: string): Promise<Record<string, Row[]>> {
  const db = await openDatabase(url);
  try {
    return tablesOf(await takeSnapshot(db, NOW));
  } finally {
    await db.close();
  }
}

describe('backup tables', () => {
  it('lists every model of the schema, each once', () => {
    expect(BACKUP_TABLES.map((t) => t.model).sort()).toEqual(Object.values(Prisma.ModelName).sort());
  });
});

describeEachDatabaseKind(
  'backup and restore',
  () => {
    let dir: string;
    const scratches: ScratchDatabase[] = [];
    let sqlite: ScratchDatabase;
    let postgres: ScratchDatabase;
    let original: Record<string, Row[]>;

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'chibo-backup-'));
      sqlite = await createScratchDatabase('sqlite');
      postgres = await createScratchDatabase('postgresql');
      scratches.push(sqlite, postgres);
      const db = await openDatabase(sqlite.url);
      await seedMonth(db);
      await db.close();
      original = await tablesAt(sqlite.url);
    });
    afterAll(async () => {
      await Promise.all(scratches.map((s) => s.dispose()));
      rmSync(dir, { recursive: true, force: true });
    });

    it('the seeded month fills every table', () => {
      for (const { model } of BACKUP_TABLES) expect([model, original[model]?.length ?? 0]).not.toEqual([model, 0]);
    });

    it('moves SQLite → PostgreSQL → SQLite losing nothing', async () => {
      const first = join(dir, 'from-sqlite.jsonl');
      expect(await cli(sqlite.url, 'backup', '--out', first)).toMatchObject({ code: 0 });
      const restored = await cli(postgres.url, 'restore', '--file', first, '--json');
      expect(restored).toMatchObject({ code: 0 });
      expect((JSON.parse(restored.stdout) as { tables: Record<string, number> }).tables.Ballot).toBe(
        original.Ballot?.length,
      );
      expect(await tablesAt(postgres.url)).toEqual(original);

      const second = join(dir, 'from-postgres.jsonl');
      expect(await cli(postgres.url, 'backup', '--out', second)).toMatchObject({ code: 0 });
      const back = await createScratchDatabase('sqlite');
      scratches.push(back);
      expect(await cli(back.url, 'restore', '--file', second)).toMatchObject({ code: 0 });
      expect(await tablesAt(back.url)).toEqual(original);
    });

    it('refuses a database that already holds data, and names what it holds', async () => {
      const file = join(dir, 'again.jsonl');
      expect(await cli(sqlite.url, 'backup', '--out', file)).toMatchObject({ code: 0 });
      const refused = await cli(postgres.url, 'restore', '--file', file);
      expect(refused.code).toBe(1);
      expect(refused.stderr).toContain('đã có dữ liệu');
      expect(refused.stderr).toContain('Cell 1');
      expect(await tablesAt(postgres.url)).toEqual(original);
    });

    it('refuses a file cut short, or one that is not a backup, before touching the database', async () => {
      const file = join(dir, 'cut.jsonl');
      expect(await cli(sqlite.url, 'backup', '--out', file)).toMatchObject({ code: 0 });
      const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
      writeFileSync(file, `${lines.slice(0, -5).join('\n')}\n`);
      const empty = await createScratchDatabase('sqlite');
      scratches.push(empty);
      const cut = await cli(empty.url, 'restore', '--file', file);
      expect(cut).toMatchObject({ code: 1 });
      expect(cut.stderr).toContain('cắt cụt');
      writeFileSync(file, '{"hello":1}\n');
      expect((await cli(empty.url, 'restore', '--file', file)).stderr).toContain(
        'Tệp không phải bản sao lưu chibo-bot',
      );
      expect(await tablesAt(empty.url)).toEqual(Object.fromEntries(BACKUP_TABLES.map((t) => [t.model, []])));
    });

    it('writes a versioned file that says where it came from', async () => {
      const file = join(dir, 'header.jsonl');
      expect(await cli(sqlite.url, 'backup', '--out', file, '--json')).toMatchObject({ code: 0 });
      const header = JSON.parse(readFileSync(file, 'utf8').split('\n')[0] ?? '') as Record<string, unknown>;
      expect(header).toMatchObject({
        format: 'chibo-backup',
        version: 1,
        provider: 'sqlite',
        createdAt: NOW.toISOString(),
      });
      expect(header.migrations).toEqual(expect.arrayContaining(['20261122031021_init']));
    });
  },
  ['postgresql'],
);
