"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.listCells = listCells;
exports.listMembers = listMembers;
exports.memberName = memberName;
/**
 * What the playground page reads: cells and their rosters. The bot resolves a
 * playground actor by member id and a playground conversation by cell id, so
 * no account or conversation binding is written here.
 */
const types_1 = require("../../core/types");
const server_1 = require("../../server");
async function listCells(db) {
    return db.prisma.cell.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}
/** The roster of one cell, secretary first, then by name; 404 when the cell does not exist. */
async function listMembers(db, cellId) {
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true } });
    if (cell === null)
        throw new server_1.ApiError(404, 'cell.unknown', `No cell with id "${cellId}".`);
    const members = await db.prisma.member.findMany({
        where: { cellId },
        select: { id: true, fullName: true, status: true, role: true },
        orderBy: { fullName: 'asc' },
    });
    return members.sort((a, b) => roleRank(a.role) - roleRank(b.role));
}
function roleRank(role) {
    const rank = types_1.MEMBER_ROLES.findIndex((known) => known === role);
    return rank === -1 ? types_1.MEMBER_ROLES.length : rank;
}
/** The member's name; 400 when the member is not in that cell (or 404 without a cell to check). */
async function memberName(db, memberId, cellId) {
    const member = await db.prisma.member.findUnique({ where: { id: memberId }, select: { fullName: true, cellId: true } });
    if (member === null)
        throw new server_1.ApiError(404, 'member.unknown', `No member with id "${memberId}".`);
    if (cellId !== undefined && member.cellId !== cellId) {
        throw new server_1.ApiError(400, 'input.invalid', `memberId "${memberId}" is not a member of cell "${cellId}".`);
    }
    return member.fullName;
}
//# sourceMappingURL=roster.js.map