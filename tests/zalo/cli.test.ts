/** The secretary's Zalo commands, run in-process: codes for unlinked members, connecting the OA and a group. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from '../../src/cli/run';
import type { CliDeps } from '../../src/cli/context';
import { openDatabase, type Database } from '../../src/store/database';
import { createCell, createRoster } from '../support/factories';
import { ManualClock } from '../support/turns';

describe('zalo-codes and zalo-connect', () => {
  let dir: string;
  let db: Database;
  let deps: CliDeps;
  const out: string[] = [];
  const io = { stdout: { write: (t: string) => out.push(t) }, stderr: { write: (t: string) => out.push(t) } };

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chibo-zalo-cli-'));
    const url = `file:${join(dir, 'chibo.db')}`;
    db = await openDatabase(url);
    deps = {
      config: () => ({ databaseUrl: url }),
      openDatabase: (u) => openDatabase(u),
      readFile: async () => Buffer.from(''),
      clock: new ManualClock(new Date('2025-09-01T02:00:00Z')),
    };
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('prints one code per unlinked member, keeps valid codes, and skips linked members', async () => {
    const cell = await createCell(db);
    const { secretary, byStatus } = await createRoster(db, cell.id, { official: 2, probationary: 1 });
    await db.prisma.channelAccount.create({ data: { platform: 'zalo', platformUserId: '42', memberId: secretary.id } });
    out.length = 0;
    expect(await runCli(['zalo-codes', '--cell', cell.id, '--json'], io, deps)).toBe(0);
    const first = JSON.parse(out.join('')) as { memberId: string; linked: boolean; code: string | null }[];
    expect(first.find((r) => r.memberId === secretary.id)).toMatchObject({ linked: true, code: null });
    const codes = first.filter((r) => !r.linked).map((r) => r.code);
    expect(codes).toHaveLength(2);
    for (const code of codes) expect(code).toMatch(/^[A-HJ-NP-Z2-9]{4}-[A-HJ-NP-Z2-9]{4}$/);
    out.length = 0;
    await runCli(['zalo-codes', '--cell', cell.id, '--json'], io, deps);
    expect((JSON.parse(out.join('')) as { code: string | null }[]).filter((r) => r.code).map((r) => r.code)).toEqual(
      codes,
    );
    expect(byStatus.probationary).toHaveLength(1);
  });

  it('stores the first refresh token and binds a group to the cell', async () => {
    const cell = await createCell(db);
    expect(
      await runCli(
        ['zalo-connect', '--cell', cell.id, '--oa-id', '555', '--refresh-token', 'RT-first', '--group', '777'],
        io,
        deps,
      ),
    ).toBe(0);
    expect(await db.prisma.zaloToken.findUnique({ where: { id: 'oa' } })).toMatchObject({
      oaId: '555',
      refreshToken: 'RT-first',
      accessToken: null,
    });
    expect(
      await db.prisma.conversation.findFirst({ where: { platform: 'zalo', conversationId: '777' } }),
    ).toMatchObject({ cellId: cell.id });
    expect(await runCli(['zalo-connect', '--cell', 'nope', '--oa-id', '1', '--refresh-token', 'x'], io, deps)).toBe(1);
  });
});
