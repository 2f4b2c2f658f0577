/**
 * `report --committee <id> --period 2026-11|2026-Q4|2026`: the committee's report over its cells (issue 15),
 * as a table, as JSON, or written to .xlsx / .docx by the renderers of src/exports. An operator's tool on the
 * server: no access check (the chat and the dashboard ask canReadCommitteeReport).
 */
import { writeFile } from 'node:fs/promises';
import { formatPercent } from '../core/format';
import type { Locale } from '../core/types';
import { computeCommitteeReport } from '../reports/committee-report';
import type { CommitteeReport } from '../reports/committee-report-types';
import { attentionLabel } from '../reports/committee-report-wording';
import { committeeSigner } from '../reports/committee-signer';
import { renderReportFile, type ReportFileFormat } from '../exports/committee-report-files';
import { EXIT_OK, requiredOption, stringOption, UsageError, type CommandContext, type CommandSpec } from './context';
import { printError, printJson, printLine, renderTable } from './output';
import { isLocale } from '../core/wording/say';

const USAGE =
  'report --committee <id> --period <2026-11|2026-Q4|2026> [--json | --xlsx <file.xlsx> | --docx <file.docx>] [--lang vi|en]';

function localeOf(ctx: CommandContext): Locale {
  const lang = stringOption(ctx.values, 'lang') ?? 'vi';
  if (!isLocale(lang)) throw new UsageError(`--lang phải là vi hoặc en (đã nhập "${lang}")`, USAGE);
  return lang;
}

/** The file asked for, if any: at most one of --xlsx and --docx, with the right extension, and not with --json. */
function fileOf(ctx: CommandContext): { format: ReportFileFormat; path: string } | null {
  const asked = (['xlsx', 'docx'] as const).flatMap((format) => {
    const path = stringOption(ctx.values, format);
    return path === undefined ? [] : [{ format, path }];
  });
  if (asked.length + (ctx.json ? 1 : 0) > 1) throw new UsageError('Chỉ chọn một trong --json, --xlsx, --docx', USAGE);
  const file = asked[0];
  if (file && !file.path.toLowerCase().endsWith(`.${file.format}`))
    throw new UsageError(`--${file.format} phải là tệp .${file.format} (đã nhập "${file.path}")`, USAGE);
  return file ?? null;
}

function reportText(report: CommitteeReport, locale: Locale): string {
  const t = report.totals;
  const rate = (r: number | null): string => (r === null ? '–' : formatPercent(r, locale));
  const head = [
    `${report.committee.name} — ${report.period.label}`,
    `Chi bộ: ${t.cells}; họp đủ: ${t.cellsHeldAll}; cần lưu ý: ${t.cellsNeedingAttention}; kỳ sinh hoạt: ${t.meetings}; tỷ lệ dự: ${rate(t.attendance.rate)}; vắng có lý do: ${t.attendance.excused}, không lý do: ${t.attendance.unexcused}; biểu quyết thông qua: ${t.motions.passed}/${t.motions.total}.`,
  ];
  const rows = report.cells.map((c) => [
    c.cell.name,
    String(c.meetings.length),
    rate(c.attendance.rate),
    String(c.attendance.unexcused),
    c.attention.map((code) => attentionLabel(code, locale)).join('; '),
  ]);
  return [...head, '', renderTable(['Chi bộ', 'Số kỳ', 'Tỷ lệ dự', 'Vắng KLD', 'Cần lưu ý'], rows)].join('\n');
}

export const reportCommand: CommandSpec = {
  name: 'report',
  usage: [USAGE],
  summary: 'Báo cáo tình hình sinh hoạt các chi bộ trực thuộc một đảng ủy (tháng, quý hoặc năm)',
  options: {
    committee: { type: 'string' },
    period: { type: 'string' },
    json: { type: 'boolean' },
    xlsx: { type: 'string' },
    docx: { type: 'string' },
    lang: { type: 'string' },
  },
  async run(ctx) {
    const committeeId = requiredOption(ctx.values, 'committee', USAGE);
    const period = requiredOption(ctx.values, 'period', USAGE);
    if (!/^\d{4}(-(0[1-9]|1[0-2]|Q[1-4]))?$/i.test(period))
      throw new UsageError(`--period phải có dạng 2026-11, 2026-Q4 hoặc 2026 (đã nhập "${period}")`, USAGE);
    const locale = localeOf(ctx);
    const file = fileOf(ctx);
    const { report, signer } = await ctx.withDatabase(async (db) => ({
      report: await computeCommitteeReport(db, committeeId, period, locale, ctx.deps.clock.now()),
      signer: await committeeSigner(db, committeeId),
    }));
    if (file) {
      const body = await renderReportFile(file.format, report, locale, signer);
      await writeFile(file.path, body);
      printError(ctx.io, `Đã ghi ${file.path} (${body.length} bytes).`);
    } else if (ctx.json) {
      printJson(ctx.io, report);
    } else {
      printLine(ctx.io, reportText(report, locale));
    }
    return EXIT_OK;
  },
};
