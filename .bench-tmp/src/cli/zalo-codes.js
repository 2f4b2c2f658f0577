"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.zaloConnectCommand = exports.zaloCodesCommand = void 0;
/**
 * `zalo-codes`: each unlinked member's one-time Zalo link code, for the
 * secretary to hand out (a code still valid is printed again, not replaced).
 * `zalo-connect`: stores the OA's first refresh token (from Zalo's API
 * explorer) and optionally binds an OA group to the cell; the app id and
 * secrets stay in the configuration, the tokens live in the database.
 */
const linking_1 = require("../channels/zalo/linking");
const token_store_1 = require("../channels/zalo/token-store");
const statuses_1 = require("../core/statuses");
const mappers_1 = require("../store/mappers");
const context_1 = require("./context");
const output_1 = require("./output");
const CODES_USAGE = 'zalo-codes --cell <id> [--json]';
const CONNECT_USAGE = 'zalo-connect --cell <id> --oa-id <id> --refresh-token <token> [--group <zalo group id>]';
async function requireCell(db, cellId) {
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true } });
    if (!cell)
        throw new context_1.CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
}
async function listCodes(ctx) {
    const cellId = (0, context_1.requiredOption)(ctx.values, 'cell', CODES_USAGE);
    const issued = await ctx.withDatabase(async (db) => {
        await requireCell(db, cellId);
        return (0, linking_1.issueCodes)(db, cellId, ctx.deps.clock.now());
    });
    if (ctx.json) {
        (0, output_1.printJson)(ctx.io, issued.map((i) => ({ memberId: i.member.id, fullName: i.member.fullName, status: i.member.status, linked: i.linked, code: i.code === null ? null : (0, linking_1.formatCode)(i.code), expiresAt: i.expiresAt?.toISOString() ?? null })));
        return context_1.EXIT_OK;
    }
    const rows = issued.map((i, n) => [String(n + 1), i.member.fullName, (0, statuses_1.statusLabel)((0, mappers_1.toMemberStatus)(i.member.status), 'vi'), i.linked ? 'đã liên kết' : (0, linking_1.formatCode)(i.code ?? ''), (0, output_1.shortDate)(i.expiresAt)]);
    (0, output_1.printLine)(ctx.io, (0, output_1.renderTable)(['STT', 'Họ và tên', 'Trạng thái', 'Mã liên kết Zalo', 'Hết hạn'], rows));
    (0, output_1.printLine)(ctx.io, 'Mỗi đồng chí gửi mã của mình cho Zalo OA của chi bộ; mỗi mã chỉ dùng được một lần.');
    return context_1.EXIT_OK;
}
async function connect(ctx) {
    const cellId = (0, context_1.requiredOption)(ctx.values, 'cell', CONNECT_USAGE);
    const oaId = (0, context_1.requiredOption)(ctx.values, 'oa-id', CONNECT_USAGE);
    const refreshToken = (0, context_1.requiredOption)(ctx.values, 'refresh-token', CONNECT_USAGE);
    const groupId = (0, context_1.stringOption)(ctx.values, 'group')?.trim();
    await ctx.withDatabase(async (db) => {
        await requireCell(db, cellId);
        await (0, token_store_1.connectOa)(db, { oaId, refreshToken, cellId });
        if (groupId) {
            await db.prisma.conversation.upsert({
                where: { platform_conversationId: { platform: 'zalo', conversationId: groupId } },
                create: { platform: 'zalo', conversationId: groupId, cellId },
                update: { cellId },
            });
        }
    });
    const zalo = ctx.deps.config().zalo;
    if (zalo === undefined)
        (0, output_1.printError)(ctx.io, 'Lưu ý: ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY chưa được đặt; máy chủ chỉ dùng Zalo khi có đủ ba biến này.');
    (0, output_1.printLine)(ctx.io, `Đã lưu refresh token của Zalo OA ${oaId} cho chi bộ ${cellId}${groupId ? ` và gắn nhóm Zalo ${groupId}` : ''}. Máy chủ sẽ tự làm mới token.`);
    return context_1.EXIT_OK;
}
exports.zaloCodesCommand = {
    name: 'zalo-codes',
    usage: [CODES_USAGE],
    summary: 'Mã liên kết Zalo một lần cho các đảng viên chưa liên kết',
    options: { cell: { type: 'string' }, json: { type: 'boolean' } },
    run: listCodes,
};
exports.zaloConnectCommand = {
    name: 'zalo-connect',
    usage: [CONNECT_USAGE],
    summary: 'Kết nối Zalo OA: lưu refresh token đầu tiên (và gắn nhóm Zalo với chi bộ)',
    options: { cell: { type: 'string' }, 'oa-id': { type: 'string' }, 'refresh-token': { type: 'string' }, group: { type: 'string' } },
    run: connect,
};
//# sourceMappingURL=zalo-codes.js.map