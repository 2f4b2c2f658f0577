/** `members`: a cell's roster, committee first. */
import { roleLabel, statusLabel } from '../core/statuses';
import { compareVietnameseNames } from '../core/names';
import { MEMBER_ROLES, MEMBER_STATUSES, type MemberStatus } from '../core/types';
import type { Member } from '../store/rows';
import { toMemberRole, toMemberStatus } from '../store/mappers';
import { CliFailure, EXIT_OK, requiredOption, type CommandContext, type CommandSpec } from './context';
import { printJson, printLine, renderTable, shortDate } from './output';

const USAGE = 'members --cell <id> [--json]';

export const membersCommand: CommandSpec = {
  name: 'members',
  usage: [USAGE],
  summary: 'Danh sách đảng viên của một chi bộ',
  options: { cell: { type: 'string' }, json: { type: 'boolean' } },
  run: listMembers,
};

// The order of a roster as cells print it: committee by rank, then by status, then by name.
function byRoster(a: Member, b: Member): number {
  const role = MEMBER_ROLES.indexOf(toMemberRole(a.role)) - MEMBER_ROLES.indexOf(toMemberRole(b.role));
  const status = MEMBER_STATUSES.indexOf(toMemberStatus(a.status)) - MEMBER_STATUSES.indexOf(toMemberStatus(b.status));
  return role || status || compareVietnameseNames(a.fullName, b.fullName);
}

async function listMembers(ctx: CommandContext): Promise<number> {
  const cellId = requiredOption(ctx.values, 'cell', USAGE);
  const members = await ctx.withDatabase(async (db) => {
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true } });
    if (!cell) throw new CliFailure(`Không tìm thấy chi bộ có mã "${cellId}" (xem lệnh "cells")`);
    return db.prisma.member.findMany({ where: { cellId } });
  });
  members.sort(byRoster);
  if (ctx.json) {
    printJson(ctx.io, members.map(memberJson));
    return EXIT_OK;
  }
  const rows = members.map((m, i) => [
    String(i + 1),
    m.fullName,
    statusLabel(toMemberStatus(m.status), 'vi'),
    m.partyGroup ?? '',
    roleLabel(toMemberRole(m.role), 'vi'),
    m.phone ?? '',
    m.email ?? '',
    shortDate(m.joinedAt),
    m.id,
  ]);
  printLine(
    ctx.io,
    renderTable(
      ['STT', 'Họ và tên', 'Trạng thái', 'Tổ đảng', 'Chức vụ', 'Điện thoại', 'Email', 'Ngày vào Đảng', 'Mã'],
      rows,
    ),
  );
  printLine(ctx.io, totalsLine(members));
  return EXIT_OK;
}

function memberJson(m: Member) {
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
function totalsLine(members: readonly Member[]): string {
  const count = (status: MemberStatus): number => members.filter((m) => m.status === status).length;
  const official = count('official');
  const probationary = count('probationary');
  const others = (['exempt', 'attached_in', 'attached_out', 'suspended'] as const)
    .filter((status) => count(status) > 0)
    .map((status) => `${statusLabel(status, 'vi')}: ${count(status)}`);
  const main = `Tổng số đảng viên: ${official + probationary} (chính thức ${official}, dự bị ${probationary})`;
  return [main, ...others].join('; ');
}
