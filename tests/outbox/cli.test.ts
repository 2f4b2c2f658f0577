/** `npm run cli -- outbox list|retry`, run in-process against a scratch SQLite file, as tests/feature/cli.test.ts does. */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliDeps } from '../../src/cli';
import { enqueue, outboxKey } from '../../src/outbox/enqueue';
import { openDatabase, type Database } from '../../src/store/database';
import { cliRunner } from '../support/cli-runner';

const NOW = new Date('2025-09-15T03:00:00Z');

let dir: string;
let deps: CliDeps;
let db: Database;
const ids: Record<string, string> = {};

const { cli, json } = cliRunner(() => deps);

/** Two cells: Hưng Long with a Teams chat and a member linked to a personal chat, Tân Phú with a Zalo group. */
async function seed(): Promise<void> {
  const hungLong = await db.prisma.cell.create({
    data: { id: 'cell-hl', name: 'Chi bộ Hưng Long', parentOrganisation: 'Đảng bộ xã' },
  });
  const tanPhu = await db.prisma.cell.create({
    data: { id: 'cell-tp', name: 'Chi bộ Tân Phú', parentOrganisation: 'Đảng bộ xã' },
  });
  await db.prisma.conversation.create({
    data: { platform: 'teams', conversationId: '19:hl@thread.v2', cellId: hungLong.id },
  });
  await db.prisma.conversation.create({ data: { platform: 'zalo', conversationId: 'g-77', cellId: tanPhu.id } });
  const member = await db.prisma.member.create({
    data: { cellId: hungLong.id, fullName: 'Nguyễn Thị Thu Hà', status: 'official', role: 'secretary' },
  });
  await db.prisma.channelAccount.create({
    data: { platform: 'teams', platformUserId: '00000000-0000-0000-0000-0000000000aa', memberId: member.id },
  });
  const put = async (
    name: string,
    platform: string,
    recipient: string,
    text: string,
    status: 'dead' | 'pending' | 'sent',
  ): Promise<void> => {
    const { id } = await enqueue(db, {
      dedupeKey: outboxKey('test', recipient, name),
      platform,
      recipient,
      payload: { kind: 'text', text },
      now: NOW,
    });
    await db.prisma.outboxMessage.update({
      where: { id },
      data: {
        status,
        ...(status === 'dead'
          ? {
              lastError: '503 connector down (still failing 6 h after the first failure)',
              failures: 40,
              attempts: 41,
              firstFailedAt: NOW,
            }
          : {}),
      },
    });
    ids[name] = id;
  };
  await put('thread', 'teams', '19:hl@thread.v2;messageid=1700', 'Thông báo sinh hoạt chi bộ tháng 9', 'dead');
  await put(
    'personal',
    'teams',
    '00000000-0000-0000-0000-0000000000aa',
    'Nhắc lịch: đồng chí chưa xác nhận tham dự',
    'dead',
  );
  await put('waiting', 'teams', '19:hl@thread.v2', 'Kết quả biểu quyết', 'pending');
  await put('group', 'zalo', 'group:g-77', 'Thông báo của chi bộ Tân Phú', 'dead');
  await put('done', 'teams', '19:hl@thread.v2', 'Đã gửi', 'sent');
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chibo-outbox-cli-'));
  const url = `file:${join(dir, 'cli.db')}`;
  deps = {
    config: () => ({ databaseUrl: url }),
    openDatabase: (u) => openDatabase(u),
    readFile: (path) => readFile(path),
    clock: { now: () => NOW },
  };
  db = await openDatabase(url);
  await seed();
});

afterAll(async () => {
  await db.close();
  rmSync(dir, { recursive: true, force: true });
});

interface Row {
  id: string;
  status: string;
  cellId: string | null;
  preview: string;
  lastError: string | null;
}

describe('cli: outbox list', () => {
  it('lists what is not delivered, with each row’s cell, and filters by cell and status', async () => {
    const all = await json<Row[]>('outbox', 'list');
    expect(all.map((r) => r.id).sort()).toEqual([ids['thread'], ids['personal'], ids['waiting'], ids['group']].sort());
    expect(all.find((r) => r.id === ids['personal'])).toMatchObject({
      cellId: 'cell-hl',
      status: 'dead',
      preview: 'Nhắc lịch: đồng chí chưa xác nhận tham dự',
    });
    expect(all.find((r) => r.id === ids['group'])).toMatchObject({ cellId: 'cell-tp' });
    const dead = await json<Row[]>('outbox', 'list', '--cell', 'cell-hl', '--status', 'dead');
    expect(dead.map((r) => r.id).sort()).toEqual([ids['thread'], ids['personal']].sort());
    expect(dead[0]?.lastError).toContain('still failing 6 h');
  });

  it('prints a table for people and refuses an unknown status with the usage line', async () => {
    const table = await cli('outbox', 'list', '--status', 'dead');
    expect(table.code).toBe(0);
    expect(table.stdout).toContain('không gửi được (dead)');
    expect(table.stdout).toContain('Thông báo sinh hoạt chi bộ tháng 9');
    const bad = await cli('outbox', 'list', '--status', 'lost');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('Cách dùng: outbox list');
  });
});

describe('cli: outbox retry', () => {
  it('sends one dead row again with a fresh horizon, and refuses a row that is not dead', async () => {
    expect(await json<{ requeued: string[] }>('outbox', 'retry', '--id', ids['thread'] ?? '')).toEqual({
      requeued: [ids['thread']],
    });
    expect(await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ids['thread'] ?? '' } })).toMatchObject({
      status: 'pending',
      failures: 0,
      firstFailedAt: null,
      nextAttemptAt: NOW,
    });
    const again = await cli('outbox', 'retry', '--id', ids['thread'] ?? '');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('chờ gửi (pending)');
    expect((await cli('outbox', 'retry', '--id', 'nope')).code).toBe(1);
  });

  it('sends every dead row of one cell again, and needs exactly one of --id and --all-dead', async () => {
    expect(await json<{ requeued: string[] }>('outbox', 'retry', '--all-dead', '--cell', 'cell-tp')).toEqual({
      requeued: [ids['group']],
    });
    expect((await db.prisma.outboxMessage.findUniqueOrThrow({ where: { id: ids['personal'] ?? '' } })).status).toBe(
      'dead',
    );
    expect((await cli('outbox', 'retry')).code).toBe(2);
    expect((await cli('outbox', 'retry', '--id', 'x', '--all-dead')).code).toBe(2);
    const rest = await cli('outbox', 'retry', '--all-dead');
    expect(rest).toMatchObject({ code: 0 });
    expect(rest.stdout).toContain('Đã xếp lại 1 tin nhắn');
    expect(await db.prisma.outboxMessage.count({ where: { status: 'dead' } })).toBe(0);
  });
});
