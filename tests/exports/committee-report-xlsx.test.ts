/** The committee report's workbook read back with exceljs: its sheets, one row per cell, print setup, both languages. */
import ExcelJS from 'exceljs';
import { committeeReportXlsx, HEADER_ROW } from '../../src/exports/committee-report-xlsx';
import { committeeReportFixture } from '../support/committee-report-fixture';

async function readBack(buffer: Buffer): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(buffer as unknown as ArrayBuffer);
  return book;
}

const PER_CELL_VI = [
  'Tổng hợp',
  'Kỳ sinh hoạt',
  'Tỷ lệ dự sinh hoạt',
  'Biểu quyết',
  'Tiêu chí chất lượng',
  'Chuyên đề theo quý',
];

const rowValues = (sheet: ExcelJS.Worksheet, n: number): unknown[] => (sheet.getRow(n).values as unknown[]).slice(1);

describe('committeeReportXlsx', () => {
  const report = committeeReportFixture();

  it('has one sheet per report, named meaningfully in Vietnamese within 31 characters', async () => {
    const book = await readBack(await committeeReportXlsx(report, 'vi'));
    const names = book.worksheets.map((s) => s.name);
    expect(names).toEqual([...PER_CELL_VI, 'Chỉ tiêu', 'Dự bị đến hạn', 'Chưa gửi biên bản']);
    for (const name of names) {
      expect(name.length).toBeLessThanOrEqual(31);
      expect(name).not.toMatch(/[[\]:*?/\\]/);
    }
  });

  it('writes one row per cell, in the report order, under a title and a header row', async () => {
    const book = await readBack(await committeeReportXlsx(report, 'vi'));
    for (const name of PER_CELL_VI) {
      const sheet = book.getWorksheet(name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      expect(String(sheet.getCell(1, 1).value)).toContain(report.committee.name);
      expect(String(sheet.getCell(1, 1).value)).toContain(report.period.label);
      expect(sheet.rowCount - HEADER_ROW).toBe(report.cells.length);
      const names = report.cells.map((_, i) => sheet.getCell(HEADER_ROW + 1 + i, 2).value);
      expect(names).toEqual(report.cells.map((c) => c.cell.name));
    }
  });

  it('keeps rates as numbers formatted as percentages, and figures that match the report', async () => {
    const book = await readBack(await committeeReportXlsx(report, 'vi'));
    const overview = book.getWorksheet('Tổng hợp');
    if (!overview) throw new Error('no overview');
    const headers = rowValues(overview, HEADER_ROW);
    const rateColumn = headers.indexOf('Tỷ lệ dự sinh hoạt') + 1;
    report.cells.forEach((c, i) => {
      const cell = overview.getCell(HEADER_ROW + 1 + i, rateColumn);
      expect(cell.value).toBeCloseTo(c.attendance.rate ?? Number.NaN, 10);
      expect(cell.numFmt).toBe('0.0%');
    });
    const first = report.cells[0];
    if (!first) throw new Error('no cells');
    expect(String(overview.getCell(HEADER_ROW + 1, headers.indexOf('Cần lưu ý') + 1).value)).not.toBe('');
    const meetings = book.getWorksheet('Kỳ sinh hoạt');
    const missingMonth = first.monthsWithoutMeeting[0];
    if (missingMonth !== undefined && meetings) {
      const column =
        rowValues(meetings, HEADER_ROW).indexOf(`Tháng ${Number(missingMonth.slice(5))}/${missingMonth.slice(0, 4)}`) +
        1;
      expect(meetings.getCell(HEADER_ROW + 1, column).value).toBe('Không sinh hoạt');
    }
  });

  it('makes rows with wrapped text tall enough to show every line', async () => {
    const book = await readBack(await committeeReportXlsx(report, 'vi'));
    const meetings = book.getWorksheet('Kỳ sinh hoạt');
    if (!meetings) throw new Error('no sheet');
    const twoMeetings = report.cells.findIndex((c) => new Set(c.meetings.map((m) => m.month)).size < c.meetings.length);
    expect(meetings.getRow(HEADER_ROW + 1 + twoMeetings).height).toBeGreaterThanOrEqual(2 * 15);
  });

  it('prints every sheet on A4 landscape, one page wide, repeating the header row', async () => {
    const book = await readBack(await committeeReportXlsx(report, 'vi'));
    for (const sheet of book.worksheets) {
      expect(sheet.pageSetup.paperSize).toBe(9);
      expect(sheet.pageSetup.orientation).toBe('landscape');
      expect(sheet.pageSetup.fitToPage).toBe(true);
      expect(sheet.pageSetup.fitToWidth).toBe(1);
      expect(sheet.pageSetup.fitToHeight).toBe(0);
      expect(sheet.pageSetup.printTitlesRow).toBe(`${HEADER_ROW}:${HEADER_ROW}`);
    }
  });

  it('lists the summed targets, the probations due and the cells that have not sent minutes', async () => {
    const book = await readBack(await committeeReportXlsx(report, 'vi'));
    const targets = book.getWorksheet('Chỉ tiêu');
    expect(targets?.rowCount).toBe(HEADER_ROW + report.targets.length);
    expect(targets?.getCell(HEADER_ROW + 1, 2).value).toBe(report.targets[0]?.metric);
    const due = report.cells.flatMap((c) => c.probationDue);
    const probation = book.getWorksheet('Dự bị đến hạn');
    expect(probation?.rowCount).toBe(HEADER_ROW + due.length);
    expect(probation?.getCell(HEADER_ROW + 1, 3).value).toBe(due[0]?.fullName);
    const late = report.cells.filter((c) => c.meetings.some((m) => !m.minutesSent));
    const minutes = book.getWorksheet('Chưa gửi biên bản');
    expect(minutes?.rowCount).toBe(HEADER_ROW + late.length);
  });

  it('says "none" on a list with nothing in it, and speaks English when asked', async () => {
    const quiet = committeeReportFixture({ targets: [] });
    const book = await readBack(await committeeReportXlsx(quiet, 'en'));
    expect(book.worksheets.map((s) => s.name)).toEqual([
      'Overview',
      'Meetings held',
      'Attendance',
      'Motions',
      'Quality criteria',
      'Thematic by quarter',
      'Targets',
      'Probation due',
      'Minutes not sent',
    ]);
    expect(book.getWorksheet('Targets')?.getCell(HEADER_ROW + 1, 2).value).toBe('None');
    expect(rowValues(book.getWorksheet('Overview') as ExcelJS.Worksheet, HEADER_ROW)).toContain('Attendance rate');
  });
});
