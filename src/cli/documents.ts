/**
 * `minutes`, `resolution` and `export`: the secretary's documents written to a
 * file — the minutes and the draft resolution of a meeting (.docx), the
 * attendance and votes of a month or a year (.xlsx).
 */
import { writeFile } from 'node:fs/promises';
import { loadExportData } from '../exports/export-data';
import { loadMeetingSummary } from '../features/summaries/load-summary';
import { EXIT_OK, requiredOption, UsageError, type CommandContext, type CommandSpec } from './context';
import { printError } from './output';

const MINUTES_USAGE = 'minutes --meeting <id> --out <tệp.docx>';
const RESOLUTION_USAGE = 'resolution --meeting <id> --out <tệp.docx>';
const EXPORT_USAGE = 'export --cell <id> --period <2025-09|2025> --out <tệp.xlsx>';

function outPath(ctx: CommandContext, usage: string, extension: string): string {
  const out = requiredOption(ctx.values, 'out', usage);
  if (!out.toLowerCase().endsWith(extension))
    throw new UsageError(`--out phải là tệp ${extension} (đã nhập "${out}")`, usage);
  return out;
}

async function written(ctx: CommandContext, path: string, body: Buffer): Promise<number> {
  await writeFile(path, body);
  printError(ctx.io, `Đã ghi ${path} (${body.length} bytes).`);
  return EXIT_OK;
}

function meetingDocument(name: 'minutes' | 'resolution', usage: string, summary: string): CommandSpec {
  return {
    name,
    usage: [usage],
    summary,
    options: { meeting: { type: 'string' }, out: { type: 'string' } },
    async run(ctx) {
      const meetingId = requiredOption(ctx.values, 'meeting', usage);
      const out = outPath(ctx, usage, '.docx');
      // docx and exceljs load only for the command that writes them: the other commands start faster.
      const { buildMinutesDocx } = await import('../exports/minutes-docx');
      const { buildResolutionDocx } = await import('../exports/resolution-docx');
      const body = await ctx.withDatabase(async (db) => {
        const data = await loadMeetingSummary(db, meetingId, 'vi');
        return name === 'minutes' ? buildMinutesDocx(data) : buildResolutionDocx(data);
      });
      return written(ctx, out, body);
    },
  };
}

export const minutesCommand = meetingDocument(
  'minutes',
  MINUTES_USAGE,
  'Xuất biên bản sinh hoạt chi bộ của một kỳ ra tệp Word (.docx)',
);
export const resolutionCommand = meetingDocument(
  'resolution',
  RESOLUTION_USAGE,
  'Xuất dự thảo nghị quyết tháng của một kỳ ra tệp Word (.docx)',
);

export const exportCommand: CommandSpec = {
  name: 'export',
  usage: [EXPORT_USAGE],
  summary: 'Xuất điểm danh và biểu quyết của một tháng hoặc một năm ra tệp Excel (.xlsx)',
  options: { cell: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } },
  async run(ctx) {
    const cellId = requiredOption(ctx.values, 'cell', EXPORT_USAGE);
    const period = requiredOption(ctx.values, 'period', EXPORT_USAGE);
    if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period))
      throw new UsageError(`--period phải có dạng 2025-09 hoặc 2025 (đã nhập "${period}")`, EXPORT_USAGE);
    const out = outPath(ctx, EXPORT_USAGE, '.xlsx');
    const { buildAttendanceXlsx } = await import('../exports/attendance-xlsx');
    const body = await ctx.withDatabase(async (db) => buildAttendanceXlsx(await loadExportData(db, cellId, period)));
    return written(ctx, out, body);
  },
};
