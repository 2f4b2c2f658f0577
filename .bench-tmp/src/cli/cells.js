"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cellsCommand = void 0;
/** `cells`: every cell with its member count. */
const context_1 = require("./context");
const output_1 = require("./output");
exports.cellsCommand = {
    name: 'cells',
    usage: ['cells [--json]'],
    summary: 'Liệt kê các chi bộ',
    options: { json: { type: 'boolean' } },
    run: listCells,
};
async function listCells(ctx) {
    const cells = await ctx.withDatabase((db) => db.prisma.cell.findMany({ orderBy: [{ name: 'asc' }, { id: 'asc' }], include: { _count: { select: { members: true } } } }));
    const rows = cells.map((c) => ({
        id: c.id,
        name: c.name,
        parentOrganisation: c.parentOrganisation,
        timezone: c.timezone,
        memberCount: c._count.members,
    }));
    if (ctx.json) {
        (0, output_1.printJson)(ctx.io, rows);
        return context_1.EXIT_OK;
    }
    if (rows.length === 0) {
        (0, output_1.printLine)(ctx.io, 'Chưa có chi bộ nào. Tạo chi bộ mẫu bằng lệnh "demo" hoặc nhập danh sách bằng "import-roster --create-cell".');
        return context_1.EXIT_OK;
    }
    (0, output_1.printLine)(ctx.io, (0, output_1.renderTable)(['Mã', 'Tên chi bộ', 'Trực thuộc', 'Số đảng viên'], rows.map((r) => [r.id, r.name, r.parentOrganisation, String(r.memberCount)])));
    return context_1.EXIT_OK;
}
//# sourceMappingURL=cells.js.map