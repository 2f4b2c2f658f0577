/**
 * The documents as they print. The .docx signature blocks carry the
 * properties that keep them on one page (read from word/document.xml); the
 * .xlsx sheets print on A4 landscape, one page wide, header rows repeated,
 * with whole-word names (read back with exceljs). With LibreOffice installed,
 * the files are printed to PDF and each page read back: the signatures never
 * part from their names, whatever the length of the minutes, and no column of
 * the workbook is cut off a page. PNGs of the pages are kept in
 * test-output/print-layout/ to look at.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import {
  ATTENDANCE_HEADERS,
  ATTENDANCE_SHEET,
  buildAttendanceXlsx,
  MOTION_HEADERS,
} from '../../src/exports/attendance-xlsx';
import { loadExportData } from '../../src/exports/export-data';
import { buildMinutesDocx } from '../../src/exports/minutes-docx';
import { buildResolutionDocx } from '../../src/exports/resolution-docx';
import { loadMeetingSummary, type MeetingSummary } from '../../src/features/summaries/load-summary';
import { openDatabase, type Database } from '../../src/store/database';
import { SCREENSHOT_DIR } from '../support/browser';
import { createScratchDatabase, type ScratchDatabase } from '../support/databases';
import { convertToPdf, describeWithLibreOffice, drawPages, pdfPages } from '../support/libreoffice';
import { holdSeedMeeting, type SeedMeeting } from './seed-meeting';

let scratch: ScratchDatabase;
let db: Database;
let seed: SeedMeeting;
let summary: MeetingSummary;

beforeAll(async () => {
  scratch = await createScratchDatabase('sqlite');
  db = await openDatabase(scratch.url);
  seed = await holdSeedMeeting(db);
  summary = await loadMeetingSummary(db, seed.meetingId, 'vi');
});

afterAll(async () => {
  await db.close();
  await scratch.dispose();
});

async function documentXml(buffer: Buffer): Promise<string> {
  const xml = await new JSZip().loadAsync(buffer).then((zip) => zip.file('word/document.xml')?.async('string'));
  if (xml === undefined) throw new Error('no word/document.xml');
  return xml;
}

/** The paragraph properties (w:pPr) of the paragraph whose text is exactly `text`. */
function propertiesOf(xml: string, text: string): string {
  const paragraph = xml
    .split('</w:p>')
    .find((p) => [...p.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('') === text);
  if (paragraph === undefined) throw new Error(`no paragraph "${text}"`);
  return /<w:pPr>(.*?)<\/w:pPr>/s.exec(paragraph)?.[1] ?? '';
}

async function workbook(): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(
    (await buildAttendanceXlsx(await loadExportData(db, seed.cellId, '2023'))) as unknown as ArrayBuffer,
  );
  return book;
}

describe('signature blocks keep together', () => {
  it('the minutes: one row that cannot split, each line kept with the next, after the adoption sentence', async () => {
    const xml = await documentXml(await buildMinutesDocx(summary));
    const table = xml.slice(xml.lastIndexOf('<w:tbl>'));
    expect(table).toContain('THƯ KÝ');
    expect(table).toMatch(/<w:trPr>.*<w:cantSplit\/>.*<\/w:trPr>/s);
    for (const line of ['THƯ KÝ', 'CHỦ TRÌ', '(Ký, ghi rõ họ tên)']) {
      expect(propertiesOf(table, line)).toContain('<w:keepNext/>');
      expect(propertiesOf(table, line)).toContain('<w:keepLines/>');
    }
    for (const name of [summary.meeting.minuteTaker, summary.meeting.chair])
      expect(propertiesOf(table, name ?? '')).toContain('<w:keepLines/>');
    expect(
      propertiesOf(xml, 'Biên bản đã được thông qua trước chi bộ và được các đồng chí dự sinh hoạt nhất trí.'),
    ).toContain('<w:keepNext/>');
  });

  it('the resolution: "T/M CHI BỘ", "BÍ THƯ" and the name in one row that cannot split, after the closing sentence', async () => {
    const xml = await documentXml(await buildResolutionDocx(summary));
    expect(xml.slice(xml.lastIndexOf('<w:tbl>'))).toMatch(/<w:cantSplit\/>.*T\/M CHI BỘ/s);
    for (const line of ['T/M CHI BỘ', 'BÍ THƯ'])
      expect(propertiesOf(xml, line)).toMatch(/<w:keepNext\/>.*<w:keepLines\/>|<w:keepLines\/>.*<w:keepNext\/>/s);
    expect(propertiesOf(xml, summary.meeting.chair ?? '')).toContain('<w:keepLines/>');
    expect(propertiesOf(xml, summary.meeting.chair ?? '')).not.toContain('<w:keepNext/>');
  });
});

describe('the workbook prints', () => {
  it('every sheet on A4 landscape, one page wide, its header row on every page', async () => {
    const book = await workbook();
    expect(book.worksheets.length).toBeGreaterThan(1);
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
      });
      const [first] = /^\d+/.exec(sheet.pageSetup.printTitlesRow ?? '') ?? [];
      const header = sheet.getRow(Number(first)).values as unknown[];
      expect(header.slice(1)).toEqual(sheet.name === ATTENDANCE_SHEET ? [...ATTENDANCE_HEADERS] : [...MOTION_HEADERS]);
      expect(sheet.pageSetup.printTitlesRow).toBe(`${first}:${first}`);
    }
  });

  it('names its sheets within 31 characters, in whole words, each once', async () => {
    const book = await workbook();
    const names = book.worksheets.map((sheet) => sheet.name);
    expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    const [motion] = summary.motions;
    expect(names[1]).toBe('BQ1 2023-12 Nghị quyết Chi bộ');
    expect(`BQ1 2023-12 ${motion?.title.replace(/\//g, ' ')}`.startsWith(`${names[1]} `)).toBe(true);
    for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
  });
});

describeWithLibreOffice('printed through LibreOffice', () => {
  const outDir = path.join(SCREENSHOT_DIR, 'print-layout');
  let work: string;
  beforeAll(() => {
    work = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-print-'));
    fs.mkdirSync(outDir, { recursive: true });
  });
  afterAll(async () => {
    await fs.promises.rm(work, { recursive: true, force: true });
  });

  // Minutes of growing length: the seed meeting with no targets and 0…12 one-line speeches, so the
  // signatures move down a line a step, through the end of a page (the block is about ten lines high).
  const SPEECHES = Array.from({ length: 13 }, (_, n) => n);

  it('keeps the signatures of the minutes and the resolution on the page of their names', async () => {
    const files: string[] = [];
    for (const n of SPEECHES) {
      const speakers = Array.from({ length: n }, (_, i) => ({
        name: `Đảng viên ${i + 1}`,
        gist: 'Thống nhất với báo cáo.',
      }));
      const file = path.join(work, `bien-ban-${n}.docx`);
      fs.writeFileSync(file, await buildMinutesDocx({ ...summary, speakers, targetLines: [] }));
      files.push(file);
    }
    const resolution = path.join(work, 'nghi-quyet.docx');
    fs.writeFileSync(resolution, await buildResolutionDocx(summary));
    const pdfs = await convertToPdf([...files, resolution], work);
    const minuteTaker = summary.meeting.minuteTaker ?? '';
    const chair = summary.meeting.chair ?? '';
    const blockStartsPage: boolean[] = [];
    for (const pdf of pdfs.slice(0, -1)) {
      const last = (await pdfPages(pdf)).at(-1) ?? '';
      for (const words of [
        'Biên bản đã được thông qua',
        'THƯ KÝ',
        'CHỦ TRÌ',
        '(Ký, ghi rõ họ tên)',
        minuteTaker,
        chair,
      ])
        expect({ pdf, has: last.includes(words) }).toEqual({ pdf, has: true });
      blockStartsPage.push(last.trimStart().startsWith('Biên bản đã được thông qua'));
    }
    // The lengths put the page break inside the block for some (it moved whole to the next page), not for others.
    expect(blockStartsPage).toContain(true);
    expect(blockStartsPage).toContain(false);
    const last = (await pdfPages(pdfs.at(-1) ?? '')).at(-1) ?? '';
    for (const words of ['T/M CHI BỘ', 'BÍ THƯ', chair]) expect(last).toContain(words);
    await drawPages(pdfs[0] ?? '', path.join(outDir, 'bien-ban'));
    await drawPages(pdfs.at(-1) ?? '', path.join(outDir, 'nghi-quyet'));
  }, 180_000);

  it('prints the workbook one page wide: every page has the whole header row', async () => {
    const file = path.join(work, 'diem-danh-2023.xlsx');
    fs.writeFileSync(file, await buildAttendanceXlsx(await loadExportData(db, seed.cellId, '2023')));
    const [pdf] = await convertToPdf([file], work);
    const pages = await pdfPages(pdf ?? '');
    const attendance = pages.filter((page) => page.includes('Tình hình tham dự'));
    const motions = pages.filter((page) => page.includes('Biểu quyết') && !page.includes('Tình hình tham dự'));
    expect(attendance.length).toBeGreaterThan(1);
    expect(motions.length).toBeGreaterThan(0);
    expect(attendance.length + motions.length).toBe(pages.length);
    for (const page of attendance) for (const header of ATTENDANCE_HEADERS) expect(page).toContain(header);
    for (const page of motions) for (const header of MOTION_HEADERS) expect(page).toContain(header);
    // The last member of the roll call is on a page: no row is lost to the page setup.
    expect(pages.join('\n')).toContain(String(144));
    await drawPages(pdf ?? '', path.join(outDir, 'diem-danh'));
  }, 180_000);
});
