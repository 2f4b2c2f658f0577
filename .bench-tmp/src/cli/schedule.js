"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.scheduleCommand = void 0;
/** `schedule`: what the scheduler will send (and has sent) for a cell, with each occurrence's status. */
const zoned_time_1 = require("../core/zoned-time");
const labels_1 = require("../scheduler/labels");
const schedule_view_1 = require("../scheduler/schedule-view");
const context_1 = require("./context");
const output_1 = require("./output");
const USAGE = 'schedule --cell <id> [--from YYYY-MM-DD --to YYYY-MM-DD] [--json]';
const DEFAULT_DAYS = 45;
const DAY = 24 * 60 * 60_000;
exports.scheduleCommand = {
    name: 'schedule',
    usage: [USAGE],
    summary: 'Lịch gửi thông báo, nhắc lịch của một chi bộ và trạng thái (dự kiến / đã gửi / bỏ lỡ / đã hủy); mặc định 45 ngày tới',
    options: { cell: { type: 'string' }, from: { type: 'string' }, to: { type: 'string' }, json: { type: 'boolean' } },
    run: showSchedule,
};
function dateOption(ctx, name) {
    const value = (0, context_1.stringOption)(ctx.values, name)?.trim();
    if (value === undefined)
        return undefined;
    if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(`${value}T00:00:00Z`))) {
        throw new context_1.UsageError(`--${name} phải có dạng YYYY-MM-DD (got "${value}")`, USAGE);
    }
    return value;
}
/** The range in the cell's zone: from the start of --from to the end of --to. */
async function loadSchedule(db, ctx, cellId, fromText, toText) {
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { timezone: true } });
    if (!cell)
        throw new context_1.CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
    const from = fromText ? (0, zoned_time_1.localDateTimeToUtc)(fromText, '00:00', cell.timezone) : ctx.deps.clock.now();
    const to = toText ? new Date((0, zoned_time_1.localDateTimeToUtc)(toText, '23:59', cell.timezone).getTime() + 59_999) : new Date(from.getTime() + DEFAULT_DAYS * DAY);
    if (to < from)
        throw new context_1.UsageError('--to phải sau --from', USAGE);
    const items = (await (0, schedule_view_1.planSchedule)(db, cellId, from, to)) ?? [];
    return { timeZone: cell.timezone, from, to, items };
}
function itemJson(item) {
    return { at: item.at.toISOString(), job: item.job, status: item.status, period: item.period, meetingId: item.meetingId, fromRule: item.fromRule, key: item.key };
}
function itemRow(item, timeZone) {
    return [(0, output_1.shortDateTime)(item.at, timeZone), (0, labels_1.jobLabel)(item.job, 'vi'), item.period, `${(0, labels_1.jobStatusLabel)(item.status, 'vi')} (${item.status})`, item.fromRule ? 'theo lịch định kỳ' : item.meetingId];
}
async function showSchedule(ctx) {
    const cellId = (0, context_1.requiredOption)(ctx.values, 'cell', USAGE);
    const fromText = dateOption(ctx, 'from');
    const toText = dateOption(ctx, 'to');
    const { timeZone, from, to, items } = await ctx.withDatabase((db) => loadSchedule(db, ctx, cellId, fromText, toText));
    if (ctx.json) {
        (0, output_1.printJson)(ctx.io, { cellId, timeZone, from: from.toISOString(), to: to.toISOString(), occurrences: items.map(itemJson) });
    }
    else if (items.length === 0) {
        (0, output_1.printLine)(ctx.io, 'Không có thông báo, nhắc lịch nào trong khoảng thời gian này.');
    }
    else {
        (0, output_1.printLine)(ctx.io, (0, output_1.renderTable)(['Thời gian', 'Việc', 'Kỳ', 'Trạng thái', 'Kỳ sinh hoạt'], items.map((item) => itemRow(item, timeZone))));
    }
    return context_1.EXIT_OK;
}
//# sourceMappingURL=schedule.js.map