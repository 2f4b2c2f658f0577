/**
 * What the playground page reads: cells and their rosters. Acting as a member
 * binds their playground account first (accounts.ts), so the bot resolves the
 * turn from real rows.
 */
import { MEMBER_ROLES } from '../../core/types';
import { sortByVietnameseName } from '../../core/names';
import type { Database } from '../../store/database';
import { ApiError } from '../../server';

export interface CellSummary {
  readonly id: string;
  readonly name: string;
}

export interface MemberSummary {
  readonly id: string;
  readonly fullName: string;
  readonly status: string;
  readonly role: string;
}

export async function listCells(db: Database): Promise<CellSummary[]> {
  return db.prisma.cell.findMany({ select: { id: true, name: true }, orderBy: { name: 'asc' } });
}

/** The roster of one cell, secretary first, then by name; 404 when the cell does not exist. */
export async function listMembers(db: Database, cellId: string): Promise<MemberSummary[]> {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { id: true } });
  if (cell === null) throw new ApiError(404, 'cell.unknown', `No cell with id "${cellId}".`);
  const members = await db.prisma.member.findMany({
    where: { cellId },
    select: { id: true, fullName: true, status: true, role: true },
    orderBy: { id: 'asc' },
  });
  return sortByVietnameseName(members, (m) => m.fullName).sort((a, b) => roleRank(a.role) - roleRank(b.role));
}

function roleRank(role: string): number {
  const rank = MEMBER_ROLES.findIndex((known) => known === role);
  return rank === -1 ? MEMBER_ROLES.length : rank;
}

/** The member's name; 400 when the member is not in that cell (or 404 without a cell to check). */
export async function memberName(db: Database, memberId: string, cellId?: string): Promise<string> {
  const member = await db.prisma.member.findUnique({
    where: { id: memberId },
    select: { fullName: true, cellId: true },
  });
  if (member === null) throw new ApiError(404, 'member.unknown', `No member with id "${memberId}".`);
  if (cellId !== undefined && member.cellId !== cellId) {
    throw new ApiError(400, 'input.invalid', `memberId "${memberId}" is not a member of cell "${cellId}".`);
  }
  return member.fullName;
}
