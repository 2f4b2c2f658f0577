/** `migrate`: opening the database applies pending migrations; this reports them. */
import { EXIT_OK, type CommandContext, type CommandSpec } from './context';
import { printJson, printLine } from './output';

export const migrateCommand: CommandSpec = {
  name: 'migrate',
  usage: ['migrate [--json]'],
  summary: 'Cập nhật cấu trúc cơ sở dữ liệu (áp dụng các migration còn thiếu)',
  options: { json: { type: 'boolean' } },
  run: runMigrate,
};

async function runMigrate(ctx: CommandContext): Promise<number> {
  const { report, description } = await ctx.withDatabase(async (db) => ({
    report: db.migrations,
    description: db.description,
  }));
  const applied = report?.applied ?? [];
  if (ctx.json) {
    printJson(ctx.io, {
      database: description,
      provider: report?.provider ?? null,
      applied,
      alreadyApplied: report?.alreadyApplied ?? 0,
      durationMs: report?.durationMs ?? 0,
    });
    return EXIT_OK;
  }
  printLine(ctx.io, `Cơ sở dữ liệu: ${description}`);
  if (applied.length === 0) {
    printLine(ctx.io, `Không có migration mới (đã áp dụng trước đó: ${report?.alreadyApplied ?? 0}).`);
  } else {
    printLine(ctx.io, `Đã áp dụng ${applied.length} migration:`);
    for (const name of applied) printLine(ctx.io, `  ${name}`);
  }
  return EXIT_OK;
}
