"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrateCommand = void 0;
/** `migrate`: opening the database applies pending migrations; this reports them. */
const context_1 = require("./context");
const output_1 = require("./output");
exports.migrateCommand = {
    name: 'migrate',
    usage: ['migrate [--json]'],
    summary: 'Cập nhật cấu trúc cơ sở dữ liệu (áp dụng các migration còn thiếu)',
    options: { json: { type: 'boolean' } },
    run: runMigrate,
};
async function runMigrate(ctx) {
    const { report, description } = await ctx.withDatabase(async (db) => ({ report: db.migrations, description: db.description }));
    const applied = report?.applied ?? [];
    if (ctx.json) {
        (0, output_1.printJson)(ctx.io, {
            database: description,
            provider: report?.provider ?? null,
            applied,
            alreadyApplied: report?.alreadyApplied ?? 0,
            durationMs: report?.durationMs ?? 0,
        });
        return context_1.EXIT_OK;
    }
    (0, output_1.printLine)(ctx.io, `Cơ sở dữ liệu: ${description}`);
    if (applied.length === 0) {
        (0, output_1.printLine)(ctx.io, `Không có migration mới (đã áp dụng trước đó: ${report?.alreadyApplied ?? 0}).`);
    }
    else {
        (0, output_1.printLine)(ctx.io, `Đã áp dụng ${applied.length} migration:`);
        for (const name of applied)
            (0, output_1.printLine)(ctx.io, `  ${name}`);
    }
    return context_1.EXIT_OK;
}
//# sourceMappingURL=migrate.js.map