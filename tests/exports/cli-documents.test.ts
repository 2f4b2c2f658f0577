/** `minutes`, `resolution`, `export` and `summary --cell --year` run in-process against the demo cell. */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { CliDeps } from '../../src/cli';
import { cliRunner } from '../support/cli-runner';
import { openDatabase } from '../../src/store/database';
import { docxText } from './docx-text';

const NOW = new Date('2025-09-15T03:00:00Z');
let dir: string;
let deps: CliDeps;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chibo-cli-docs-'));
  deps = {
    config: () => ({ databaseUrl: `file:${join(dir, 'cli.db')}` }),
    openDatabase: (url) => openDatabase(url),
    readFile: (path) => readFile(path),
    clock: { now: () => NOW },
  };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const { cli } = cliRunner(() => deps);

describe('cli: documents of the demo cell', () => {
  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
  });

  it('writes the minutes and the resolution as .docx', async () => {
    const minutes = join(dir, 'bien-ban.docx');
    expect(await cli('minutes', '--meeting', 'demo-meeting-held', '--out', minutes)).toMatchObject({ code: 0 });
    const text = await docxText(readFileSync(minutes));
    expect(text).toContain('BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ tháng 9 năm 2025');
    // The demo cell's locality heads the place line of both documents.
    expect(text).toMatch(/^Hà Nội, ngày \d{2} tháng 9 năm 2025$/m);
    expect(text).toContain(
      'Kết quả biểu quyết: 9/11 đồng chí đảng viên chính thức tán thành (đạt 81,82%). Nghị quyết được thông qua.',
    );
    const resolution = join(dir, 'nghi-quyet.docx');
    expect(await cli('resolution', '--meeting', 'demo-meeting-held', '--out', resolution)).toMatchObject({ code: 0 });
    const resolutionText = await docxText(readFileSync(resolution));
    expect(resolutionText).toContain('với 9/11 đồng chí tán thành, đạt tỷ lệ 81,82%.');
    expect(resolutionText).toMatch(/^Hà Nội, ngày \d{2} tháng 9 năm 2025$/m);
  });

  it('exports a month as .xlsx and refuses a bad period', async () => {
    const out = join(dir, 'diem-danh.xlsx');
    expect(await cli('export', '--cell', 'demo-cell', '--period', '2025-09', '--out', out)).toMatchObject({ code: 0 });
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(out);
    expect(book.getWorksheet('Điểm danh')?.rowCount).toBe(2 + 16);
    expect((await cli('export', '--cell', 'demo-cell', '--period', '09/2025', '--out', out)).code).toBe(2);
  });

  it('prints the year roll-up', async () => {
    const result = await cli('summary', '--cell', 'demo-cell', '--year', '2025');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('TỔNG HỢP SINH HOẠT CHI BỘ');
    expect(result.stdout).toContain('Giới thiệu quần chúng ưu tú: 4/10 người (năm 2025)');
  });
});
