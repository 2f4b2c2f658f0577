"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.demoCommand = void 0;
/** `demo`: the demo cell (created once, then reused). */
const seed_1 = require("../features/demo/seed");
const context_1 = require("./context");
const output_1 = require("./output");
exports.demoCommand = {
    name: 'demo',
    usage: ['demo [--json]'],
    summary: `Tạo chi bộ mẫu "${seed_1.DEMO_CELL_NAME}" (chạy lại không tạo thêm) và in mã chi bộ`,
    options: { json: { type: 'boolean' } },
    run: runDemo,
};
async function runDemo(ctx) {
    const { cellId } = await ctx.withDatabase((db) => (0, seed_1.seedDemoCell)(db, ctx.deps.clock));
    if (ctx.json) {
        (0, output_1.printJson)(ctx.io, { cellId });
        return context_1.EXIT_OK;
    }
    (0, output_1.printLine)(ctx.io, cellId);
    // Hints on stderr keep stdout to the id alone, for `CELL=$(npm run -s cli -- demo)`.
    ctx.io.stderr.write(`Chi bộ mẫu: ${seed_1.DEMO_CELL_NAME}. Xem: members --cell ${cellId}; meetings --cell ${cellId}\n`);
    return context_1.EXIT_OK;
}
//# sourceMappingURL=demo.js.map