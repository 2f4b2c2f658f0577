"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.exportCommand = exports.resolutionCommand = exports.minutesCommand = void 0;
/**
 * `minutes`, `resolution` and `export`: the secretary's documents written to a
 * file — the minutes and the draft resolution of a meeting (.docx), the
 * attendance and votes of a month or a year (.xlsx).
 */
const promises_1 = require("node:fs/promises");
const attendance_xlsx_1 = require("../exports/attendance-xlsx");
const export_data_1 = require("../exports/export-data");
const minutes_docx_1 = require("../exports/minutes-docx");
const resolution_docx_1 = require("../exports/resolution-docx");
const load_summary_1 = require("../features/summaries/load-summary");
const context_1 = require("./context");
const output_1 = require("./output");
const MINUTES_USAGE = 'minutes --meeting <id> --out <file.docx>';
const RESOLUTION_USAGE = 'resolution --meeting <id> --out <file.docx>';
const EXPORT_USAGE = 'export --cell <id> --period <2025-09|2025> --out <file.xlsx>';
function outPath(ctx, usage, extension) {
    const out = (0, context_1.requiredOption)(ctx.values, 'out', usage);
    if (!out.toLowerCase().endsWith(extension))
        throw new context_1.UsageError(`--out phải là tệp ${extension} (got "${out}")`, usage);
    return out;
}
async function written(ctx, path, body) {
    await (0, promises_1.writeFile)(path, body);
    (0, output_1.printError)(ctx.io, `Đã ghi ${path} (${body.length} bytes).`);
    return context_1.EXIT_OK;
}
function meetingDocument(name, usage, summary) {
    return {
        name,
        usage: [usage],
        summary,
        options: { meeting: { type: 'string' }, out: { type: 'string' } },
        async run(ctx) {
            const meetingId = (0, context_1.requiredOption)(ctx.values, 'meeting', usage);
            const out = outPath(ctx, usage, '.docx');
            const body = await ctx.withDatabase(async (db) => {
                const data = await (0, load_summary_1.loadMeetingSummary)(db, meetingId, 'vi');
                return name === 'minutes' ? (0, minutes_docx_1.buildMinutesDocx)(data) : (0, resolution_docx_1.buildResolutionDocx)(data);
            });
            return written(ctx, out, body);
        },
    };
}
exports.minutesCommand = meetingDocument('minutes', MINUTES_USAGE, 'Xuất biên bản sinh hoạt chi bộ của một kỳ ra tệp Word (.docx)');
exports.resolutionCommand = meetingDocument('resolution', RESOLUTION_USAGE, 'Xuất dự thảo nghị quyết tháng của một kỳ ra tệp Word (.docx)');
exports.exportCommand = {
    name: 'export',
    usage: [EXPORT_USAGE],
    summary: 'Xuất điểm danh và biểu quyết của một tháng hoặc một năm ra tệp Excel (.xlsx)',
    options: { cell: { type: 'string' }, period: { type: 'string' }, out: { type: 'string' } },
    async run(ctx) {
        const cellId = (0, context_1.requiredOption)(ctx.values, 'cell', EXPORT_USAGE);
        const period = (0, context_1.requiredOption)(ctx.values, 'period', EXPORT_USAGE);
        if (!/^\d{4}(-(0[1-9]|1[0-2]))?$/.test(period))
            throw new context_1.UsageError(`--period phải có dạng 2025-09 hoặc 2025 (got "${period}")`, EXPORT_USAGE);
        const out = outPath(ctx, EXPORT_USAGE, '.xlsx');
        const body = await ctx.withDatabase(async (db) => (0, attendance_xlsx_1.buildAttendanceXlsx)(await (0, export_data_1.loadExportData)(db, cellId, period)));
        return written(ctx, out, body);
    },
};
//# sourceMappingURL=documents.js.map