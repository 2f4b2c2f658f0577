"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingsCommand = void 0;
/** `meetings`: a cell's meetings, latest first. */
const format_1 = require("../core/format");
const mappers_1 = require("../store/mappers");
const context_1 = require("./context");
const labels_1 = require("./labels");
const output_1 = require("./output");
const USAGE = 'meetings --cell <id> [--json]';
exports.meetingsCommand = {
    name: 'meetings',
    usage: [USAGE],
    summary: 'Các kỳ sinh hoạt của một chi bộ',
    options: { cell: { type: 'string' }, json: { type: 'boolean' } },
    run: listMeetings,
};
async function loadMeetings(db, cellId) {
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true, timezone: true } });
    if (!cell)
        throw new context_1.CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
    const meetings = await db.prisma.meeting.findMany({
        where: { cellId },
        orderBy: { startsAt: 'desc' },
        include: { _count: { select: { agendaItems: true, motions: true } } },
    });
    return { cell, meetings };
}
function meetingJson(m) {
    return {
        id: m.id,
        period: m.period,
        kind: m.kind,
        form: m.form,
        status: m.status,
        startsAt: m.startsAt.toISOString(),
        startedAt: m.startedAt?.toISOString() ?? null,
        endedAt: m.endedAt?.toISOString() ?? null,
        agendaItems: m._count.agendaItems,
        motions: m._count.motions,
    };
}
function meetingRow(m, timeZone) {
    return [
        m.period,
        (0, format_1.meetingKindLabel)((0, mappers_1.toMeetingKind)(m.kind), 'vi'),
        (0, format_1.formLabel)((0, mappers_1.toMeetingForm)(m.form), 'vi'),
        (0, output_1.shortDateTime)(m.startsAt, timeZone),
        (0, labels_1.meetingStatusLabel)(m.status),
        String(m._count.agendaItems),
        m.id,
    ];
}
async function listMeetings(ctx) {
    const cellId = (0, context_1.requiredOption)(ctx.values, 'cell', USAGE);
    const { cell, meetings } = await ctx.withDatabase((db) => loadMeetings(db, cellId));
    if (ctx.json)
        (0, output_1.printJson)(ctx.io, meetings.map(meetingJson));
    else if (meetings.length === 0)
        (0, output_1.printLine)(ctx.io, 'Chi bộ chưa có kỳ sinh hoạt nào.');
    else {
        const rows = meetings.map((m) => meetingRow(m, cell.timezone));
        (0, output_1.printLine)(ctx.io, (0, output_1.renderTable)(['Kỳ', 'Loại', 'Hình thức', 'Thời gian', 'Trạng thái', 'Số nội dung', 'Mã'], rows));
    }
    return context_1.EXIT_OK;
}
//# sourceMappingURL=meetings.js.map