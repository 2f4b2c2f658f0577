/** `cells`: every cell with its member count. */
import { EXIT_OK, type CommandContext, type CommandSpec } from './context';
import { printJson, printLine, renderTable } from './output';

export const cellsCommand: CommandSpec = {
  name: 'cells',
  usage: ['cells [--json]'],
  summary: 'Liệt kê các chi bộ',
  options: { json: { type: 'boolean' } },
  run: listCells,
};

async function listCells(ctx: CommandContext): Promise<number> {
  const cells = await ctx.withDatabase((db) =>
    db.prisma.cell.findMany({
      orderBy: [{ name: 'asc' }, { id: 'asc' }],
      include: { _count: { select: { members: true } } },
    }),
  );
  const rows = cells.map((c) => ({
    id: c.id,
    name: c.name,
    parentOrganisation: c.parentOrganisation,
    committeeId: c.committeeId,
    timezone: c.timezone,
    memberCount: c._count.members,
  }));
  if (ctx.json) {
    printJson(ctx.io, rows);
    return EXIT_OK;
  }
  if (rows.length === 0) {
    printLine(
      ctx.io,
      'Chưa có chi bộ nào. Tạo chi bộ mẫu bằng lệnh "demo" hoặc nhập danh sách bằng "import-roster --create-cell".',
    );
    return EXIT_OK;
  }
  printLine(
    ctx.io,
    renderTable(
      ['Mã', 'Tên chi bộ', 'Trực thuộc', 'Số đảng viên'],
      rows.map((r) => [r.id, r.name, r.parentOrganisation, String(r.memberCount)]),
    ),
  );
  return EXIT_OK;
}
