/**
 * The committee commands of the CLI, in-process on a SQLite file: committees and their members, cells
 * created under a committee or moved there, and `report --committee … --period …` whose --json output is
 * JSON alone on stdout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CliDeps } from '../../src/cli';
import { committeeSigner } from '../../src/reports/committee-signer';
import { docxText } from '../exports/docx-text';
import { cliRunner } from '../support/cli-runner';
import type { CommitteeReport } from '../../src/reports/committee-report-types';
import { openDatabase } from '../../src/store/database';

const NOW = new Date('2026-12-04T03:00:00Z');
let dir: string;
let deps: CliDeps;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chibo-cli-committees-'));
  deps = {
    config: () => ({ databaseUrl: `file:${join(dir, 'cli.db')}` }),
    openDatabase: (url) => openDatabase(url),
    readFile: (path) => readFile(path),
    clock: { now: () => NOW },
  };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { cli, json } = cliRunner(() => deps);

describe('cli: committees and their report', () => {
  it('creates committees, members and cells, moves a cell, and reports over the tree as pure JSON', async () => {
    const root = await json<{ id: string }>(
      'committees',
      'create',
      '--name',
      'Đảng ủy Khối Doanh nghiệp quận Long Biên',
    );
    const sub = await json<{ id: string; parentId: string }>(
      'committees',
      'create',
      '--name',
      'Đảng bộ Công ty Xây dựng số 5',
      '--parent',
      root.id,
    );
    expect(sub.parentId).toBe(root.id);
    const member = await json<{ role: string; accounts: unknown[] }>(
      'committees',
      'add-member',
      '--committee',
      root.id,
      '--name',
      'Trần Văn Bình',
      '--role',
      'Phó bí thư',
      '--teams',
      'aad-1',
      '--zalo',
      'z-1',
    );
    expect(member).toMatchObject({
      role: 'deputy_secretary',
      accounts: [
        { platform: 'teams', platformUserId: 'aad-1' },
        { platform: 'zalo', platformUserId: 'z-1' },
      ],
    });
    const cell = await json<{ id: string; committeeId: string; parentOrganisation: string }>(
      'cells',
      'create',
      '--name',
      'Chi bộ Đội thi công 1',
      '--committee',
      sub.id,
    );
    expect(cell).toMatchObject({ committeeId: sub.id, parentOrganisation: 'Đảng bộ Công ty Xây dựng số 5' });
    const other = await json<{ id: string }>('cells', 'create', '--name', 'Chi bộ Văn phòng', '--committee', sub.id);
    const moved = await json<{ committeeId: string; parentOrganisation: string }>(
      'cells',
      'move',
      '--cell',
      other.id,
      '--committee',
      root.id,
    );
    expect(moved).toMatchObject({
      committeeId: root.id,
      parentOrganisation: 'Đảng ủy Khối Doanh nghiệp quận Long Biên',
    });
    const listed = await json<{ id: string; cells: number; members: unknown[] }[]>('committees');
    expect(listed.map((c) => [c.id, c.cells, c.members.length]).sort()).toEqual(
      [
        [root.id, 1, 1],
        [sub.id, 1, 0],
      ].sort(),
    );

    const out = await cli('report', '--committee', root.id, '--period', '2026-Q4', '--json');
    expect(out.code).toBe(0);
    expect(out.stdout.trimStart().startsWith('{')).toBe(true);
    const report = JSON.parse(out.stdout) as CommitteeReport;
    expect(report.period).toMatchObject({
      kind: 'quarter',
      fromMonth: '2026-10',
      toMonth: '2026-12',
      label: 'quý IV/2026',
    });
    expect(report.cells.map((c) => c.cell.id).sort()).toEqual([cell.id, other.id].sort());
    // October and November are over with no meeting; December is not yet due on the 4th.
    for (const row of report.cells) expect(row.monthsWithoutMeeting).toEqual(['2026-10', '2026-11']);
    const text = await cli('report', '--committee', root.id, '--period', '2026');
    expect(text.stdout).toContain('Đảng ủy Khối Doanh nghiệp quận Long Biên — năm 2026');
    expect(text.stdout).toContain('Không tổ chức sinh hoạt định kỳ');

    // The .docx is signed by the committee's bí thư, else its phó bí thư (here the only leader).
    const file = join(dir, 'bao-cao.docx');
    expect((await cli('report', '--committee', root.id, '--period', '2026-Q4', '--docx', file)).code).toBe(0);
    const signed = await docxText(await readFile(file));
    expect(signed).toContain('PHÓ BÍ THƯ');
    expect(signed).toContain('Trần Văn Bình');
    await json('committees', 'add-member', '--committee', root.id, '--name', 'Nguyễn Thị Lan', '--role', 'Bí thư');
    const db = await openDatabase(`file:${join(dir, 'cli.db')}`);
    try {
      expect(await committeeSigner(db, root.id)).toEqual({ role: 'secretary', name: 'Nguyễn Thị Lan' });
      expect(await committeeSigner(db, sub.id)).toEqual({ role: 'secretary', name: '' });
    } finally {
      await db.close();
    }
  });

  it('refuses a bad period, an unknown committee, a bad role, and --json with a file', async () => {
    expect((await cli('report', '--committee', 'x', '--period', '2026-13')).code).toBe(2);
    const unknown = await cli('report', '--committee', 'no-such', '--period', '2026');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy đảng ủy');
    expect((await cli('committees', 'add-member', '--committee', 'x', '--name', 'A', '--role', 'thủ quỹ')).code).toBe(
      2,
    );
    expect((await cli('report', '--committee', 'x', '--period', '2026', '--json', '--xlsx', 'r.xlsx')).code).toBe(2);
    expect((await cli('report', '--committee', 'x', '--period', '2026', '--docx', 'r.xlsx')).code).toBe(2);
    expect((await cli('cells', 'move', '--cell', 'x')).code).toBe(2);
    expect((await cli('committees', 'set', '--committee', 'x')).code).toBe(2);
  });

  it("sets a committee's locality, which heads its Word report, and renames it with its cells' header line", async () => {
    const committee = await json<{ id: string; locality: string }>(
      'committees',
      'create',
      '--name',
      'Đảng bộ phường Bồ Đề',
      '--locality',
      'Long Biên',
    );
    expect(committee.locality).toBe('Long Biên');
    const cell = await json<{ id: string }>(
      'cells',
      'create',
      '--name',
      'Chi bộ Tổ dân phố 3',
      '--committee',
      committee.id,
    );
    const file = join(dir, 'bo-de.docx');
    expect((await cli('report', '--committee', committee.id, '--period', '2026-11', '--docx', file)).code).toBe(0);
    expect(await docxText(await readFile(file))).toContain('Long Biên, ngày 04 tháng 12 năm 2026');

    const renamed = await json<{ name: string; locality: string }>(
      'committees',
      'set',
      '--committee',
      committee.id,
      '--name',
      'Đảng bộ phường Bồ Đề mới',
      '--locality',
      'Hà Nội',
    );
    expect(renamed).toMatchObject({ name: 'Đảng bộ phường Bồ Đề mới', locality: 'Hà Nội' });
    const shown = await json<{ parentOrganisation: string }>('cells', 'show', '--cell', cell.id, '--json');
    expect(shown.parentOrganisation).toBe('Đảng bộ phường Bồ Đề mới');
    const listing = await cli('committees');
    expect(listing.stdout).toContain('Địa danh');
    expect(listing.stdout).toContain('Hà Nội');
    const unknown = await cli('committees', 'set', '--committee', 'no-such', '--locality', 'X');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Không tìm thấy đảng ủy');
  });
});
