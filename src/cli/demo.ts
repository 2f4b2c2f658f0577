/** `demo`: the demo cell (created once, then reused). */
import { DEMO_CELL_NAME, seedDemoCell } from '../features/demo/seed';
import { EXIT_OK, type CommandContext, type CommandSpec } from './context';
import { printJson, printLine } from './output';

export const demoCommand: CommandSpec = {
  name: 'demo',
  usage: ['demo [--json]'],
  summary: `Tạo chi bộ mẫu "${DEMO_CELL_NAME}" (chạy lại không tạo thêm) và in mã chi bộ`,
  options: { json: { type: 'boolean' } },
  run: runDemo,
};

async function runDemo(ctx: CommandContext): Promise<number> {
  const { cellId } = await ctx.withDatabase((db) => seedDemoCell(db, ctx.deps.clock));
  if (ctx.json) {
    printJson(ctx.io, { cellId });
    return EXIT_OK;
  }
  printLine(ctx.io, cellId);
  // Hints on stderr keep stdout to the id alone, for `CELL=$(npm run -s cli -- demo)`.
  ctx.io.stderr.write(`Chi bộ mẫu: ${DEMO_CELL_NAME}. Xem: members --cell ${cellId}; meetings --cell ${cellId}\n`);
  return EXIT_OK;
}
