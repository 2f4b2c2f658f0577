import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main, type CliDeps } from '../../src/cli';
import { openDatabase } from '../../src/store/database';
import { cliRunner } from '../support/cli-runner';

const FIXTURE = join(__dirname, '..', 'fixtures', 'roster-72.csv');
// Mid-September in Vietnam: the 5th is past, so September's meeting is held and October's is the draft.
const NOW = new Date('2025-09-15T03:00:00Z');

let dir: string;
let deps: CliDeps;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chibo-cli-'));
  deps = {
    config: () => ({ databaseUrl: `file:${join(dir, 'cli.db')}` }),
    openDatabase: (url) => openDatabase(url),
    readFile: (path) => readFile(path),
    clock: { now: () => NOW },
  };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { cli, json } = cliRunner(() => deps);

describe('cli: usage', () => {
  it('prints the help with every command', async () => {
    const result = await cli('--help');
    expect(result.code).toBe(0);
    for (const command of ['import-roster', 'cells', 'members', 'meetings', 'summary', 'demo', 'migrate']) {
      expect(result.stdout).toContain(command);
    }
    expect((await cli('help', 'members')).stdout).toContain('members --cell <id> [--json]');
  });

  it('exits 2 with the usage line on an unknown flag, command, or a missing option', async () => {
    const flag = await cli('cells', '--bogus');
    expect(flag.code).toBe(2);
    expect(flag.stderr).toContain('Tùy chọn không hợp lệ: --bogus');
    expect(flag.stderr).toContain('Cách dùng: npm run cli -- cells [--json]');
    expect(flag.stdout).toBe('');
    expect((await cli('frobnicate')).code).toBe(2);
    expect((await cli()).code).toBe(2);
    const missing = await cli('members');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('--cell');
    expect((await cli('summary', '--meeting', 'x', '--lang', 'fr')).code).toBe(2);
    expect((await cli('import-roster', '--file', FIXTURE)).code).toBe(2);
  });
});

describe('cli: demo, cells, members, meetings, summary', () => {
  it('seeds the demo once: the same cell id twice', async () => {
    const first = await json<{ cellId: string }>('demo');
    const second = await json<{ cellId: string }>('demo');
    expect(first).toEqual({ cellId: 'demo-cell' });
    expect(second).toEqual(first);
    const human = await cli('demo');
    expect(human.stdout.trim()).toBe('demo-cell');
  });

  it('lists the demo cell and its 16 members', async () => {
    const cells = await json<{ id: string; name: string; memberCount: number }[]>('cells');
    expect(cells).toContainEqual(
      expect.objectContaining({ id: 'demo-cell', name: 'Chi bộ Phòng Kỹ thuật (demo)', memberCount: 16 }),
    );
    const members = await json<{ fullName: string; status: string; role: string }[]>('members', '--cell', 'demo-cell');
    expect(members).toHaveLength(16);
    expect(members[0]).toMatchObject({ fullName: 'Nguyễn Văn Hùng', role: 'secretary', status: 'official' });
    expect(members.filter((m) => m.status === 'official')).toHaveLength(11);
    const table = await cli('members', '--cell', 'demo-cell');
    expect(table.stdout).toMatch(/^STT\s+Họ và tên\s+Trạng thái/);
    expect(table.stdout).toContain('Tổng số đảng viên: 13 (chính thức 11, dự bị 2)');
  });

  it('lists the held meeting and the next one in draft', async () => {
    const meetings = await json<{ id: string; period: string; status: string; startsAt: string }[]>(
      'meetings',
      '--cell',
      'demo-cell',
    );
    expect(meetings.map((m) => [m.period, m.status, m.startsAt])).toEqual([
      ['2025-10', 'draft', '2025-10-05T07:00:00.000Z'],
      ['2025-09', 'closed', '2025-09-05T07:00:00.000Z'],
    ]);
    expect((await cli('meetings', '--cell', 'demo-cell')).stdout).toContain('Đã kết thúc');
    expect((await cli('meetings', '--cell', 'nope')).code).toBe(1);
  });

  it('summarises the held meeting as text and JSON', async () => {
    const text = await cli('summary', '--meeting', 'demo-meeting-held');
    expect(text.code).toBe(0);
    expect(text.stdout).toContain('9/2025');
    const summary = await json<{ meeting: { period: string } }>(
      'summary',
      '--meeting',
      'demo-meeting-held',
      '--lang',
      'en',
    );
    expect(summary.meeting.period).toBe('2025-09');
    const missing = await cli('summary', '--meeting', 'nope');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không tìm thấy kỳ sinh hoạt');
  });
});

describe('cli: demo early in the month', () => {
  it("holds last month's meeting and drafts this month's", async () => {
    const early: CliDeps = {
      ...deps,
      config: () => ({ databaseUrl: `file:${join(dir, 'early.db')}` }),
      // 4 September, 23:30 in Vietnam (still the 4th there, already past 16:30 UTC).
      clock: { now: () => new Date('2025-09-04T16:30:00Z') },
    };
    let stdout = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: () => true } };
    expect(await main(['demo'], io, early)).toBe(0);
    stdout = '';
    expect(await main(['meetings', '--cell', 'demo-cell', '--json'], io, early)).toBe(0);
    const meetings = JSON.parse(stdout) as { period: string; status: string }[];
    expect(meetings.map((m) => [m.period, m.status])).toEqual([
      ['2025-09', 'draft'],
      ['2025-08', 'closed'],
    ]);
  });
});

describe('cli: import-roster', () => {
  it('creates a cell from the 72-member fixture, then re-imports idempotently', async () => {
    const created = await cli(
      'import-roster',
      '--create-cell',
      'Chi bộ Công đoàn',
      '--parent',
      'Đảng bộ Khối Doanh nghiệp',
      '--file',
      FIXTURE,
    );
    expect(created.code).toBe(0);
    const cellId = /mã: (\S+)/.exec(created.stdout)?.[1] ?? '';
    expect(cellId).not.toBe('');
    expect(created.stdout).toContain('thêm mới 72, cập nhật 0, không đổi 0');
    const members = await json<{ status: string }[]>('members', '--cell', cellId);
    expect(members).toHaveLength(72);
    expect(members.filter((m) => m.status === 'official')).toHaveLength(49);
    const again = await json<{ cellId: string; cellCreated: boolean; created: number; unchanged: number }>(
      'import-roster',
      '--create-cell',
      'Chi bộ Công đoàn',
      '--parent',
      'Đảng bộ Khối Doanh nghiệp',
      '--file',
      FIXTURE,
    );
    expect(again).toMatchObject({ cellId, cellCreated: false, created: 0, unchanged: 72 });
    const dry = await json<{ dryRun: boolean; unchanged: number }>(
      'import-roster',
      '--cell',
      cellId,
      '--file',
      FIXTURE,
      '--dry-run',
    );
    expect(dry).toMatchObject({ dryRun: true, unchanged: 72 });
  });

  it('refuses a bad file with its line numbers and writes nothing', async () => {
    const bad = join(dir, 'bad.csv');
    const good = readFileSync(FIXTURE, 'utf8').split('\r\n').slice(0, 4);
    writeFileSync(
      bad,
      [
        ...good,
        '4,Trần Văn Lỗi,xyz,Tổ 1,,,,,',
        '5,,Dự bị,Tổ 2,,,,,',
        '6,Lê Thị Email,Chính thức,Tổ 3,,,sai-email,,',
      ].join('\n'),
    );
    const result = await cli('import-roster', '--create-cell', 'Chi bộ Lỗi', '--file', bad);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Dòng 5: trạng thái không hợp lệ "xyz"');
    expect(result.stderr).toContain('Dòng 6: thiếu họ và tên');
    expect(result.stderr).toContain('Dòng 7: email không hợp lệ "sai-email"');
    expect(result.stderr).not.toContain('    at ');
    const cells = await json<{ name: string }[]>('cells');
    expect(cells.map((c) => c.name)).not.toContain('Chi bộ Lỗi');
  });

  it('fails with exit 1 on a missing file, an unknown cell or an unsupported format', async () => {
    const missing = await cli('import-roster', '--cell', 'demo-cell', '--file', join(dir, 'none.csv'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('Không đọc được tệp');
    const unknownCell = await cli('import-roster', '--cell', 'nope', '--file', FIXTURE);
    expect(unknownCell.code).toBe(1);
    expect(unknownCell.stderr).toContain('Không tìm thấy chi bộ có mã "nope"');
    expect((await cli('import-roster', '--cell', 'demo-cell', '--file', 'roster.xls')).code).toBe(1);
  });
});

describe('cli: migrate', () => {
  it('reports the migrations state', async () => {
    const report = await json<{ applied: string[]; alreadyApplied: number }>('migrate');
    expect(report.applied).toEqual([]);
    expect(report.alreadyApplied).toBeGreaterThan(0);
  });
});

describe('cli: errors in Vietnamese', () => {
  const english = /\((unknown|missing|unexpected|got|no command|exactly)\b|ENOENT|no such file/u;

  it('says a bad option, a missing option and a missing value without English', async () => {
    const flag = await cli('cells', '--bogus');
    expect(flag.stderr).toContain('Tùy chọn không hợp lệ: --bogus');
    const missing = await cli('minutes', '--out', join(dir, 'x.docx'));
    expect(missing.stderr).toContain('Thiếu tùy chọn --meeting');
    const noValue = await cli('members', '--cell');
    expect(noValue.stderr).toContain('Tùy chọn --cell cần một giá trị');
    const valued = await cli('cells', '--json=yes');
    expect(valued.stderr).toContain('Tùy chọn --json không nhận giá trị');
    const badLang = await cli('summary', '--meeting', 'x', '--lang', 'fr');
    expect(badLang.stderr).toContain('(đã nhập "fr")');
    for (const result of [flag, missing, noValue, valued, badLang, await cli('frobnicate'), await cli()]) {
      expect(result.code).toBe(2);
      expect(result.stderr).not.toMatch(english);
    }
  });

  it('names a file the system cannot open in Vietnamese, with its path', async () => {
    const none = join(dir, 'none.csv');
    const unread = await cli('import-roster', '--cell', 'demo-cell', '--file', none);
    expect(unread.code).toBe(1);
    expect(unread.stderr).toContain(`Không đọc được tệp "${none}": không tìm thấy tệp hoặc thư mục`);
    expect(unread.stderr).not.toMatch(english);
    expect((await cli('demo')).code).toBe(0);
    const out = join(dir, 'no-such-folder', 'bien-ban.docx');
    const unwritten = await cli('minutes', '--meeting', 'demo-meeting-held', '--out', out);
    expect(unwritten.code).toBe(1);
    expect(unwritten.stderr).toContain(`Không đọc/ghi được tệp "${out}": không tìm thấy tệp hoặc thư mục`);
    expect(unwritten.stderr).not.toMatch(english);
  });
});
