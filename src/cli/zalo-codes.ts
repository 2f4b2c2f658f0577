/**
 * `zalo-codes`: each unlinked member's one-time Zalo link code, for the
 * secretary to hand out (a code still valid is printed again, not replaced).
 * `zalo-connect`: stores the OA's first refresh token (from Zalo's API
 * explorer) and optionally binds an OA group to the cell; the app id and
 * secrets stay in the configuration, the tokens live in the database.
 */
import { formatCode, issueCodes } from '../channels/zalo/linking';
import { connectOa } from '../channels/zalo/token-store';
import { statusLabel } from '../core/statuses';
import type { Database } from '../store/database';
import { toMemberStatus } from '../store/mappers';
import { CliFailure, EXIT_OK, requiredOption, stringOption, type CommandContext, type CommandSpec } from './context';
import { printError, printJson, printLine, renderTable, shortDate } from './output';

const CODES_USAGE = 'zalo-codes --cell <id> [--json]';
const CONNECT_USAGE = 'zalo-connect --cell <id> --oa-id <id> --refresh-token <token> [--group <zalo group id>]';

async function requireCell(db: Database, cellId: string): Promise<void> {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true } });
  if (!cell) throw new CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
}

async function listCodes(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', CODES_USAGE);
  const issued = await ctx.withDatabase(async (db) => {
    await requireCell(db, cellId);
    return issueCodes(db, cellId, ctx.deps.clock.now());
  });
  if (ctx.json) {
    printJson(
      ctx.io,
      issued.map((i) => ({
        memberId: i.member.id,
        fullName: i.member.fullName,
        status: i.member.status,
        linked: i.linked,
        code: i.code === null ? null : formatCode(i.code),
        expiresAt: i.expiresAt?.toISOString() ?? null,
      })),
    );
    return EXIT_OK;
  }
  const rows = issued.map((i, n) => [
    String(n + 1),
    i.member.fullName,
    statusLabel(toMemberStatus(i.member.status), 'vi'),
    i.linked ? 'đã liên kết' : formatCode(i.code ?? ''),
    shortDate(i.expiresAt),
  ]);
  printLine(ctx.io, renderTable(['STT', 'Họ và tên', 'Trạng thái', 'Mã liên kết Zalo', 'Hết hạn'], rows));
  printLine(ctx.io, 'Mỗi đồng chí gửi mã của mình cho Zalo OA của chi bộ; mỗi mã chỉ dùng được một lần.');
  return EXIT_OK;
}

async function connect(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', CONNECT_USAGE);
  const oaId = requiredOption(ctx.values, 'oa-id', CONNECT_USAGE);
  const refreshToken = requiredOption(ctx.values, 'refresh-token', CONNECT_USAGE);
  const groupId = stringOption(ctx.values, 'group')?.trim();
  await ctx.withDatabase(async (db) => {
    await requireCell(db, cellId);
    await connectOa(db, { oaId, refreshToken, cellId });
    if (groupId) {
      await db.prisma.conversation.upsert({
        where: { platform_conversationId: { platform: 'zalo', conversationId: groupId } },
        create: { platform: 'zalo', conversationId: groupId, cellId },
        update: { cellId },
      });
    }
  });
  const zalo = (ctx.deps.config() as { zalo?: unknown }).zalo;
  if (zalo === undefined)
    printError(
      ctx.io,
      'Lưu ý: ZALO_APP_ID, ZALO_APP_SECRET, ZALO_OA_SECRET_KEY chưa được đặt; máy chủ chỉ dùng Zalo khi có đủ ba biến này.',
    );
  printLine(
    ctx.io,
    `Đã lưu refresh token của Zalo OA ${oaId} cho chi bộ ${cellId}${groupId ? ` và gắn nhóm Zalo ${groupId}` : ''}. Máy chủ sẽ tự làm mới token.`,
  );
  return EXIT_OK;
}

export const zaloCodesCommand: CommandSpec = {
  name: 'zalo-codes',
  usage: [CODES_USAGE],
  summary: 'Mã liên kết Zalo một lần cho các đảng viên chưa liên kết',
  options: { cell: { type: 'string' }, json: { type: 'boolean' } },
  run: listCodes,
};

export const zaloConnectCommand: CommandSpec = {
  name: 'zalo-connect',
  usage: [CONNECT_USAGE],
  summary: 'Kết nối Zalo OA: lưu refresh token đầu tiên (và gắn nhóm Zalo với chi bộ)',
  options: {
    cell: { type: 'string' },
    'oa-id': { type: 'string' },
    'refresh-token': { type: 'string' },
    group: { type: 'string' },
  },
  run: connect,
};
