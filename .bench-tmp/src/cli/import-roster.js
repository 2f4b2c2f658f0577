"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.importRosterCommand = void 0;
/** `import-roster`: a CSV/XLSX roster into a cell, all or nothing. */
const roster_import_1 = require("../features/roster-import");
const context_1 = require("./context");
const output_1 = require("./output");
const USAGE = [
    'import-roster --cell <id> --file <tệp.csv|xlsx> [--dry-run] [--json]',
    'import-roster --create-cell "<tên chi bộ>" [--parent "<Đảng bộ …>"] --file <tệp.csv|xlsx> [--dry-run] [--json]',
];
exports.importRosterCommand = {
    name: 'import-roster',
    usage: USAGE,
    summary: 'Nhập danh sách đảng viên từ tệp CSV/XLSX (lỗi ở bất kỳ dòng nào thì không ghi gì); nhập lại cùng tệp không tạo bản trùng',
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
function targetOf(ctx) {
    const usage = USAGE.join('\n       ');
    const cellId = (0, context_1.stringOption)(ctx.values, 'cell')?.trim();
    const name = (0, context_1.stringOption)(ctx.values, 'create-cell')?.trim();
    const parent = (0, context_1.stringOption)(ctx.values, 'parent')?.trim();
    if (cellId && name !== undefined)
        throw new context_1.UsageError('Chỉ dùng một trong --cell và --create-cell', usage);
    if (cellId) {
        if (parent !== undefined)
            throw new context_1.UsageError('--parent chỉ dùng kèm --create-cell', usage);
        return { cellId };
    }
    if (!name)
        throw new context_1.UsageError('Cần --cell <id> hoặc --create-cell "<tên chi bộ>"', usage);
    return { createCell: { name, ...(parent ? { parentOrganisation: parent } : {}) } };
}
async function readRoster(ctx, path) {
    const format = (0, roster_import_1.rosterFormatOf)(path);
    if (!format)
        throw new context_1.CliFailure(`Tệp "${path}" không phải .csv hoặc .xlsx (với .xls: mở bằng Excel và lưu lại dạng .xlsx)`);
    let content;
    try {
        content = await ctx.deps.readFile(path);
    }
    catch (error) {
        // Name the file and the reason (ENOENT, EACCES…) rather than a stack: the usual cause is a typo.
        const reason = error instanceof Error ? error.message : String(error);
        throw new context_1.CliFailure(`Không đọc được tệp "${path}": ${reason}`);
    }
    return (0, roster_import_1.parseRosterFile)(content, format);
}
async function runImport(ctx) {
    const target = targetOf(ctx);
    const path = (0, context_1.requiredOption)(ctx.values, 'file', USAGE.join('\n       '));
    const parsed = await readRoster(ctx, path);
    const dryRun = ctx.values['dry-run'] === true;
    const outcome = await ctx.withDatabase((db) => (0, roster_import_1.importRoster)(db, target, parsed, { dryRun }));
    for (const warning of outcome.warnings)
        (0, output_1.printError)(ctx.io, `Cảnh báo: ${(0, roster_import_1.formatWarning)(warning, outcome.source, 'vi')}`);
    if (!outcome.ok) {
        (0, output_1.printError)(ctx.io, `Tệp "${path}" có ${outcome.issues.length} lỗi; chưa ghi dữ liệu nào:`);
        for (const issue of outcome.issues)
            (0, output_1.printError)(ctx.io, `  ${(0, roster_import_1.formatIssue)(issue, outcome.source, 'vi')}`);
        if (ctx.json)
            (0, output_1.printJson)(ctx.io, jsonOf(outcome));
        return context_1.EXIT_FAILURE;
    }
    if (ctx.json)
        (0, output_1.printJson)(ctx.io, jsonOf(outcome));
    else
        printSuccess(ctx, outcome, 'createCell' in target);
    return context_1.EXIT_OK;
}
function printSuccess(ctx, outcome, askedToCreate) {
    const counts = `thêm mới ${outcome.created}, cập nhật ${outcome.updated}, không đổi ${outcome.unchanged}`;
    const kept = outcome.notInFile > 0 ? `; ${outcome.notInFile} đồng chí có trong chi bộ nhưng không có trong tệp (giữ nguyên)` : '';
    if (outcome.dryRun) {
        (0, output_1.printLine)(ctx.io, `Chạy thử, chưa ghi gì: tệp hợp lệ; sẽ ${counts}${kept}.`);
        if (outcome.cellCreated)
            (0, output_1.printLine)(ctx.io, 'Chi bộ sẽ được tạo mới khi nhập thật.');
        return;
    }
    if (outcome.cellCreated)
        (0, output_1.printLine)(ctx.io, `Đã tạo chi bộ mới, mã: ${outcome.cellId ?? ''}`);
    else if (askedToCreate)
        (0, output_1.printLine)(ctx.io, `Đã có chi bộ cùng tên và đơn vị trực thuộc, dùng lại; mã: ${outcome.cellId ?? ''}`);
    (0, output_1.printLine)(ctx.io, `Đã nhập danh sách vào chi bộ ${outcome.cellId ?? ''}: ${counts}${kept}.`);
}
function jsonOf(outcome) {
    const warnings = outcome.warnings.map((w) => ({ ...w, message: (0, roster_import_1.formatWarning)(w, outcome.source, 'vi') }));
    if (!outcome.ok) {
        return { ok: false, issues: outcome.issues.map((i) => ({ ...i, message: (0, roster_import_1.formatIssue)(i, outcome.source, 'vi') })), warnings };
    }
    const { ok, cellId, cellCreated, dryRun, created, updated, unchanged, notInFile } = outcome;
    return { ok, cellId, cellCreated, dryRun, created, updated, unchanged, notInFile, warnings };
}
//# sourceMappingURL=import-roster.js.map