/**
 * Committees and their cells (issue 15): create a committee (under another or not), add a committee member
 * with a role and a chat account, create a cell under a committee, move a cell. A cell under a committee
 * takes the committee's name as its parentOrganisation, the "ĐẢNG BỘ …" line of its minutes' header; a cell
 * with no committee keeps whatever text it has, as before.
 */
import { z } from 'zod';
import { DomainError } from '../../core/errors';
import { normalizeText } from '../../core/text';
import { PLATFORM_NAME } from '../../core/types';
import type { Database } from '../../store/database';
import type { Cell, Committee, CommitteeMember } from '../../store/rows';

export const COMMITTEE_ROLES = ['secretary', 'deputy_secretary', 'member', 'specialist'] as const;
export type CommitteeRole = (typeof COMMITTEE_ROLES)[number];

const ROLE_LABELS: Readonly<Record<CommitteeRole, { vi: string; en: string }>> = {
  secretary: { vi: 'Bí thư', en: 'Secretary' },
  deputy_secretary: { vi: 'Phó Bí thư', en: 'Deputy secretary' },
  member: { vi: 'Ủy viên', en: 'Committee member' },
  specialist: { vi: 'Chuyên viên', en: 'Specialist' },
};

const ROLE_SPELLINGS: Readonly<Record<CommitteeRole, readonly string[]>> = {
  secretary: ['bi thu', 'secretary', 'bt'],
  deputy_secretary: ['pho bi thu', 'deputy', 'deputy secretary', 'pbt', 'deputy_secretary'],
  member: ['uy vien', 'dang uy vien', 'member', 'committee member', 'uv'],
  specialist: ['chuyen vien', 'specialist', 'cv'],
};

export function committeeRoleLabel(role: CommitteeRole, locale: 'vi' | 'en'): string {
  return ROLE_LABELS[role][locale];
}

/** "bí thư", "Phó Bí thư", "ủy viên", "chuyên viên" (accents optional) or the English; null when none. */
export function parseCommitteeRole(text: string): CommitteeRole | null {
  const folded = normalizeText(text.replace(/[_-]/g, ' '));
  return (
    COMMITTEE_ROLES.find((role) =>
      ROLE_SPELLINGS[role].some((s) => normalizeText(s.replace(/[_-]/g, ' ')) === folded),
    ) ?? null
  );
}

const name = z.string().trim().min(1).max(200);
const id = z.string().trim().min(1).max(100);

const locality = z.string().trim().max(100);
const committeeInput = z.object({ name, parentId: id.optional(), locality: locality.optional() });
const committeeChange = z.object({ committeeId: id, name: name.optional(), locality: locality.optional() });
const memberInput = z.object({
  committeeId: id,
  fullName: name,
  role: z.enum(COMMITTEE_ROLES),
  email: z.email().max(200).optional(),
  accounts: z
    .array(z.object({ platform: z.string().regex(PLATFORM_NAME), platformUserId: z.string().trim().min(1).max(200) }))
    .max(5)
    .default([]),
});
const cellInput = z.object({ name, committeeId: id, timezone: z.string().trim().min(1).max(60).optional() });
const moveInput = z.object({ cellId: id, committeeId: id.nullable() });

function parse<T>(schema: z.ZodType<T>, input: unknown): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success)
    throw new DomainError(
      'input.invalid',
      parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; '),
    );
  return parsed.data;
}

async function requireCommittee(db: Database, committeeId: string): Promise<Committee> {
  const committee = await db.prisma.committee.findUnique({ where: { id: committeeId } });
  if (!committee) throw new DomainError('committee.unknown', committeeId);
  return committee;
}

export async function createCommittee(db: Database, input: z.input<typeof committeeInput>): Promise<Committee> {
  const data = parse(committeeInput, input);
  if (data.parentId !== undefined) await requireCommittee(db, data.parentId);
  return db.prisma.committee.create({
    data: { name: data.name, parentId: data.parentId ?? null, locality: data.locality ?? '' },
  });
}

/** Renames a committee or sets its locality; a rename is carried to its cells' header line (parentOrganisation). */
export async function updateCommittee(db: Database, input: z.input<typeof committeeChange>): Promise<Committee> {
  const data = parse(committeeChange, input);
  await requireCommittee(db, data.committeeId);
  return db.prisma.$transaction(async (tx) => {
    const committee = await tx.committee.update({
      where: { id: data.committeeId },
      data: {
        ...(data.name !== undefined ? { name: data.name } : {}),
        ...(data.locality !== undefined ? { locality: data.locality } : {}),
      },
    });
    if (data.name !== undefined)
      await tx.cell.updateMany({ where: { committeeId: committee.id }, data: { parentOrganisation: committee.name } });
    return committee;
  });
}

export async function addCommitteeMember(db: Database, input: z.input<typeof memberInput>): Promise<CommitteeMember> {
  const data = parse(memberInput, input);
  await requireCommittee(db, data.committeeId);
  return db.prisma.committeeMember.create({
    data: {
      committeeId: data.committeeId,
      fullName: data.fullName,
      role: data.role,
      email: data.email ?? null,
      accounts: { create: data.accounts },
    },
  });
}

export async function createCellUnder(db: Database, input: z.input<typeof cellInput>): Promise<Cell> {
  const data = parse(cellInput, input);
  const committee = await requireCommittee(db, data.committeeId);
  return db.prisma.cell.create({
    data: {
      name: data.name,
      committeeId: committee.id,
      parentOrganisation: committee.name,
      ...(data.timezone ? { timezone: data.timezone } : {}),
    },
  });
}

/** Moves a cell under a committee (null: makes it an island again, keeping its header text). */
export async function moveCell(db: Database, input: z.input<typeof moveInput>): Promise<Cell> {
  const data = parse(moveInput, input);
  const cell = await db.prisma.cell.findUnique({ where: { id: data.cellId } });
  if (!cell) throw new DomainError('input.invalid', `cell ${data.cellId}`);
  if (data.committeeId === null) return db.prisma.cell.update({ where: { id: cell.id }, data: { committeeId: null } });
  const committee = await requireCommittee(db, data.committeeId);
  return db.prisma.cell.update({
    where: { id: cell.id },
    data: { committeeId: committee.id, parentOrganisation: committee.name },
  });
}

export interface CommitteeListing {
  readonly id: string;
  readonly name: string;
  readonly parentId: string | null;
  readonly locality: string;
  readonly cells: number;
  readonly members: readonly {
    id: string;
    fullName: string;
    role: string;
    accounts: readonly { platform: string; platformUserId: string }[];
  }[];
}

export async function listCommittees(db: Database): Promise<CommitteeListing[]> {
  const rows = await db.prisma.committee.findMany({
    orderBy: [{ name: 'asc' }, { id: 'asc' }],
    include: {
      _count: { select: { cells: true } },
      members: { orderBy: [{ fullName: 'asc' }, { id: 'asc' }], include: { accounts: { orderBy: { id: 'asc' } } } },
    },
  });
  return rows.map((c) => ({
    id: c.id,
    name: c.name,
    parentId: c.parentId,
    locality: c.locality,
    cells: c._count.cells,
    members: c.members.map((m) => ({
      id: m.id,
      fullName: m.fullName,
      role: m.role,
      accounts: m.accounts.map((a) => ({ platform: a.platform, platformUserId: a.platformUserId })),
    })),
  }));
}
