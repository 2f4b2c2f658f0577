"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.membersCommand = void 0;
/** `members`: a cell's roster, committee first. */
const statuses_1 = require("../core/statuses");
const types_1 = require("../core/types");
const mappers_1 = require("../store/mappers");
const context_1 = require("./context");
const output_1 = require("./output");
const USAGE = 'members --cell <id> [--json]';
exports.membersCommand = {
    name: 'members',
    usage: [USAGE],
    summary: 'Danh sách đảng viên của một chi bộ',
    options: { cell: { type: 'string' }, json: { type: 'boolean' } },
    run: listMembers,
};
// The order of a roster as cells print it: committee by rank, then by status, then by name.
function byRoster(a, b) {
    const role = types_1.MEMBER_ROLES.indexOf((0, mappers_1.toMemberRole)(a.role)) - types_1.MEMBER_ROLES.indexOf((0, mappers_1.toMemberRole)(b.role));
    const status = types_1.MEMBER_STATUSES.indexOf((0, mappers_1.toMemberStatus)(a.status)) - types_1.MEMBER_STATUSES.indexOf((0, mappers_1.toMemberStatus)(b.status));
    return role || status || a.fullName.localeCompare(b.fullName, 'vi');
}
async function listMembers(ctx) {
    const cellId = (0, context_1.requiredOption)(ctx.values, 'cell', USAGE);
    const members = await ctx.withDatabase(async (db) => {
        const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true } });
        if (!cell)
            throw new context_1.CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
        return db.prisma.member.findMany({ where: { cellId } });
    });
    members.sort(byRoster);
    if (ctx.json) {
        (0, output_1.printJson)(ctx.io, members.map(memberJson));
        return context_1.EXIT_OK;
    }
    const rows = members.map((m, i) => [
        String(i + 1),
        m.fullName,
        (0, statuses_1.statusLabel)((0, mappers_1.toMemberStatus)(m.status), 'vi'),
        m.partyGroup ?? '',
        (0, statuses_1.roleLabel)((0, mappers_1.toMemberRole)(m.role), 'vi'),
        m.phone ?? '',
        m.email ?? '',
        (0, output_1.shortDate)(m.joinedAt),
        m.id,
    ]);
    (0, output_1.printLine)(ctx.io, (0, output_1.renderTable)(['STT', 'Họ và tên', 'Trạng thái', 'Tổ đảng', 'Chức vụ', 'Điện thoại', 'Email', 'Ngày vào Đảng', 'Mã'], rows));
    (0, output_1.printLine)(ctx.io, totalsLine(members));
    return context_1.EXIT_OK;
}
function memberJson(m) {
    return {
        id: m.id,
        fullName: m.fullName,
        status: m.status,
        role: m.role,
        partyGroup: m.partyGroup,
        phone: m.phone,
        email: m.email,
        joinedAt: m.joinedAt?.toISOString().slice(0, 10) ?? null,
        officialAt: m.officialAt?.toISOString().slice(0, 10) ?? null,
    };
}
/** "Tổng số đảng viên: 72 (chính thức 49, dự bị 23); sinh hoạt tạm thời đến: 1" as in minutes. */
function totalsLine(members) {
    const count = (status) => members.filter((m) => m.status === status).length;
    const official = count('official');
    const probationary = count('probationary');
    const others = ['exempt', 'attached_in', 'attached_out', 'suspended']
        .filter((status) => count(status) > 0)
        .map((status) => `${(0, statuses_1.statusLabel)(status, 'vi')}: ${count(status)}`);
    const main = `Tổng số đảng viên: ${official + probationary} (chính thức ${official}, dự bị ${probationary})`;
    return [main, ...others].join('; ');
}
//# sourceMappingURL=members.js.map