/**
 * Every output of a generated month, rendered the way users get it, and the
 * figures read back out of each: the summary's view and text, the minutes
 * and the resolution (.docx text), the spreadsheet (cells read with exceljs),
 * the dashboard's JSON and the CLI's JSON.
 */
import ExcelJS from 'exceljs';
import { main, type CliDeps } from '../../src/cli';
import { buildAttendanceXlsx } from '../../src/exports/attendance-xlsx';
import { loadExportData } from '../../src/exports/export-data';
import { buildMinutesDocx } from '../../src/exports/minutes-docx';
import { buildResolutionDocx } from '../../src/exports/resolution-docx';
import { loadMeetingSummary, type MeetingSummary } from '../../src/features/summaries/load-summary';
import { summaryText, summaryView } from '../../src/features/summaries/summary-view';
import type { SummaryView } from '../../src/cards/view-models';
import type { Database } from '../../src/store/database';
import { openDatabase } from '../../src/store/database';
import { loadDashboard, type Dashboard } from '../../src/web/dashboard/dashboard-data';
import { createDocumentLinks } from '../../src/web/dashboard/links';
import { docxText } from '../exports/docx-text';
import { silentLogger } from '../support/turns';

export interface MeetingOutputs {
  readonly summary: MeetingSummary;
  readonly view: SummaryView;
  readonly text: string;
  readonly minutes: string;
  readonly resolution: string;
  /** The CLI's `summary --meeting <id> --json`, parsed. */
  readonly cliJson: MeetingSummary;
}

export async function runCli(url: string, now: Date, ...argv: string[]): Promise<string> {
  let stdout = '';
  let stderr = '';
  const deps: CliDeps = {
    config: () => ({ databaseUrl: url }),
    openDatabase: (u) => openDatabase(u, { migrate: false }),
    readFile: () => Promise.reject(new Error('no files')),
    clock: { now: () => now },
  };
  const code = await main(
    argv,
    { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } },
    deps,
  );
  if (code !== 0) throw new Error(`cli ${argv.join(' ')} → ${code}: ${stderr}`);
  return stdout;
}

export async function meetingOutputs(db: Database, url: string, now: Date, meetingId: string): Promise<MeetingOutputs> {
  const summary = await loadMeetingSummary(db, meetingId, 'vi');
  return {
    summary,
    view: summaryView(summary, 'vi'),
    text: summaryText(summary, 'vi'),
    minutes: await docxText(await buildMinutesDocx(summary)),
    resolution: await docxText(await buildResolutionDocx(summary)),
    cliJson: JSON.parse(await runCli(url, now, 'summary', '--meeting', meetingId, '--json')) as MeetingSummary,
  };
}

/** A sheet as rows of cell texts (row 1 first). */
export type SheetRows = string[][];

/** The year's workbook, sheet name → rows of texts. */
export async function workbookRows(db: Database, cellId: string, period: string): Promise<Map<string, SheetRows>> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load((await buildAttendanceXlsx(await loadExportData(db, cellId, period))) as unknown as ArrayBuffer);
  const sheets = new Map<string, SheetRows>();
  book.eachSheet((sheet) => {
    const rows: SheetRows = [];
    sheet.eachRow({ includeEmpty: true }, (row) => {
      const values = Array.isArray(row.values) ? row.values.slice(1) : [];
      rows.push(values.map((v) => (v === null || v === undefined ? '' : String(v))));
    });
    sheets.set(sheet.name, rows);
  });
  return sheets;
}

export async function dashboardJson(db: Database, now: Date, secretaryId: string): Promise<Dashboard> {
  const clock = { now: () => now };
  const links = createDocumentLinks({
    secret: 'property-test-secret-0123456789abcdef',
    baseUrl: () => 'http://127.0.0.1:1',
    clock,
  });
  const secretary = await db.prisma.member.findUniqueOrThrow({ where: { id: secretaryId } });
  // Through JSON, as the page gets it.
  return JSON.parse(
    JSON.stringify(await loadDashboard({ db, clock, logger: silentLogger, links }, secretary)),
  ) as Dashboard;
}

/** The line right after each line equal to `label` (a table's label cell and its number cell). */
export function cellsAfter(text: string, label: string): string[] {
  const lines = text.split('\n');
  return lines.flatMap((line, i) => (line === label ? [lines[i + 1] ?? ''] : []));
}

/** Every number in "a 3, b 4; c 5"-like text after a separator, summed. */
export function sumOfParts(parts: string): number {
  return [...parts.matchAll(/(?:^|[ :])(\d+)(?=[,;)]|$)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

/** All text of an Adaptive Card (TextBlock texts and RichTextBlock runs). */
export function cardText(card: unknown): string {
  const texts: string[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const record = node as Record<string, unknown>;
      if (typeof record['text'] === 'string') texts.push(record['text']);
      Object.values(record).forEach(walk);
    }
  };
  walk(card);
  return texts.join('\n');
}
