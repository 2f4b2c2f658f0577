/** `import-roster`: a CSV/XLSX roster into a cell, all or nothing. */
// The feature's modules one by one, not its index: the parser (and exceljs, the
// CLI's heaviest load) is imported only when a roster is read, so other commands start fast.
import {
  CellNotFoundError,
  importRoster,
  type ImportTarget,
  type RosterImportOutcome,
} from '../features/roster-import/import-roster';
import { formatIssue, formatWarning } from '../features/roster-import/issues';
import type { RosterParseResult } from '../features/roster-import/validate-rows';
import {
  CliFailure,
  EXIT_FAILURE,
  EXIT_OK,
  requiredOption,
  stringOption,
  UsageError,
  type CommandContext,
  type CommandSpec,
} from './context';
import { fileErrorReason } from './error-text';
import { printError, printJson, printLine } from './output';

const USAGE = [
  'import-roster --cell <id> --file <tệp.csv|xlsx> [--dry-run] [--json]',
  'import-roster --create-cell "<tên chi bộ>" [--parent "<Đảng bộ …>"] --file <tệp.csv|xlsx> [--dry-run] [--json]',
];

export const importRosterCommand: CommandSpec = {
  name: 'import-roster',
  usage: USAGE,
  summary:
    'Nhập danh sách đảng viên từ tệp CSV/XLSX (lỗi ở bất kỳ dòng nào thì không ghi gì); nhập lại cùng tệp không tạo bản trùng',
  options: {
    cell: { type: 'string' },
    file: { type: 'string' },
    'dry-run': { type: 'boolean' },
    'create-cell': { type: 'string' },
    parent: { type: 'string' },
    json: { type: 'boolean' },
  },
  run: runImport,
};

function targetOf(ctx: CommandContext): ImportTarget {
  const usage = USAGE.join('\n       ');
  const cellId = stringOption(ctx.values, 'cell')?.trim();
  const name = stringOption(ctx.values, 'create-cell')?.trim();
  const parent = stringOption(ctx.values, 'parent')?.trim();
  if (cellId && name !== undefined) throw new UsageError('Chỉ dùng một trong --cell và --create-cell', usage);
  if (cellId) {
    if (parent !== undefined) throw new UsageError('--parent chỉ dùng kèm --create-cell', usage);
    return { cellId };
  }
  if (!name) throw new UsageError('Cần --cell <id> hoặc --create-cell "<tên chi bộ>"', usage);
  return { createCell: { name, ...(parent ? { parentOrganisation: parent } : {}) } };
}

async function readRoster(ctx: CommandContext, path: string): Promise<RosterParseResult> {
  const { parseRosterFile, rosterFormatOf } = await import('../features/roster-import/parse-roster');
  const format = rosterFormatOf(path);
  if (!format)
    throw new CliFailure(`Tệp "${path}" không phải .csv hoặc .xlsx (với .xls: mở bằng Excel và lưu lại dạng .xlsx)`);
  let content: Buffer;
  try {
    content = await ctx.deps.readFile(path);
  } catch (error) {
    // Name the file and the reason, in Vietnamese, rather than a stack: the usual cause is a typo.
    const reason = fileErrorReason(error);
    if (reason === undefined) throw error;
    throw new CliFailure(`Không đọc được tệp "${path}": ${reason}`);
  }
  return parseRosterFile(content, format);
}

async function runImport(ctx: CommandContext): Promise<number> {
  const target = targetOf(ctx);
  const path = requiredOption(ctx.values, 'file', USAGE.join('\n       '));
  const parsed = await readRoster(ctx, path);
  const dryRun = ctx.values['dry-run'] === true;
  const outcome = await ctx
    .withDatabase((db) => importRoster(db, target, parsed, { dryRun }))
    .catch((error: unknown) => {
      if (error instanceof CellNotFoundError) throw new CliFailure(`${error.message} (xem lệnh "cells")`);
      throw error;
    });
  for (const warning of outcome.warnings)
    printError(ctx.io, `Cảnh báo: ${formatWarning(warning, outcome.source, 'vi')}`);
  if (!outcome.ok) {
    printError(ctx.io, `Tệp "${path}" có ${outcome.issues.length} lỗi; chưa ghi dữ liệu nào:`);
    for (const issue of outcome.issues) printError(ctx.io, `  ${formatIssue(issue, outcome.source, 'vi')}`);
    if (ctx.json) printJson(ctx.io, jsonOf(outcome));
    return EXIT_FAILURE;
  }
  if (ctx.json) printJson(ctx.io, jsonOf(outcome));
  else printSuccess(ctx, outcome, 'createCell' in target);
  return EXIT_OK;
}

function printSuccess(
  ctx: CommandContext,
  outcome: Extract<RosterImportOutcome, { ok: true }>,
  askedToCreate: boolean,
): void {
  const counts = `thêm mới ${outcome.created}, cập nhật ${outcome.updated}, không đổi ${outcome.unchanged}`;
  const kept =
    outcome.notInFile > 0
      ? `; ${outcome.notInFile} đồng chí có trong chi bộ nhưng không có trong tệp (giữ nguyên)`
      : '';
  if (outcome.dryRun) {
    printLine(ctx.io, `Chạy thử, chưa ghi gì: tệp hợp lệ; sẽ ${counts}${kept}.`);
    if (outcome.cellCreated) printLine(ctx.io, 'Chi bộ sẽ được tạo mới khi nhập thật.');
    return;
  }
  if (outcome.cellCreated) printLine(ctx.io, `Đã tạo chi bộ mới, mã: ${outcome.cellId ?? ''}`);
  else if (askedToCreate)
    printLine(ctx.io, `Đã có chi bộ cùng tên và đơn vị trực thuộc, dùng lại; mã: ${outcome.cellId ?? ''}`);
  printLine(ctx.io, `Đã nhập danh sách vào chi bộ ${outcome.cellId ?? ''}: ${counts}${kept}.`);
}

function jsonOf(outcome: RosterImportOutcome) {
  const warnings = outcome.warnings.map((w) => ({ ...w, message: formatWarning(w, outcome.source, 'vi') }));
  if (!outcome.ok) {
    return {
      ok: false,
      issues: outcome.issues.map((i) => ({ ...i, message: formatIssue(i, outcome.source, 'vi') })),
      warnings,
    };
  }
  const { ok, cellId, cellCreated, dryRun, created, updated, unchanged, notInFile } = outcome;
  return { ok, cellId, cellCreated, dryRun, created, updated, unchanged, notInFile, warnings };
}
