/** Small typed factories for test data, each with overrides. */
import type { MemberRole, MemberStatus } from '../../src/core/types';
import type { Database } from '../../src/store/database';
import type { Cell, Member } from '../../src/store/rows';

let sequence = 0;
const next = (): number => (sequence += 1);

export async function createCell(
  db: Database,
  overrides: Partial<Omit<Cell, 'id' | 'createdAt' | 'updatedAt'>> = {},
): Promise<Cell> {
  return db.prisma.cell.create({
    data: { name: `Chi bộ Thử nghiệm ${next()}`, parentOrganisation: 'Đảng bộ Khối Doanh nghiệp', ...overrides },
  });
}

export async function createMember(
  db: Database,
  cellId: string,
  overrides: {
    fullName?: string;
    status?: MemberStatus;
    role?: MemberRole;
    email?: string | null;
    partyGroup?: string | null;
  } = {},
): Promise<Member> {
  const n = next();
  return db.prisma.member.create({
    data: {
      cellId,
      fullName: overrides.fullName ?? `Nguyễn Văn Thành ${n}`,
      status: overrides.status ?? 'official',
      role: overrides.role ?? 'member',
      email: overrides.email ?? null,
      partyGroup: overrides.partyGroup ?? null,
    },
  });
}

export interface RosterSpec {
  readonly official?: number;
  readonly probationary?: number;
  readonly exempt?: number;
  readonly attached_in?: number;
  readonly attached_out?: number;
  readonly suspended?: number;
}

/** A secretary (official) plus the given numbers of members by status (the secretary counts as one official). */
export async function createRoster(
  db: Database,
  cellId: string,
  spec: RosterSpec,
): Promise<{ secretary: Member; byStatus: Record<MemberStatus, Member[]> }> {
  const secretary = await createMember(db, cellId, { fullName: 'Trần Thị Bí Thư', role: 'secretary' });
  const byStatus: Record<MemberStatus, Member[]> = {
    official: [secretary],
    probationary: [],
    exempt: [],
    attached_in: [],
    attached_out: [],
    suspended: [],
  };
  for (const [status, count] of Object.entries(spec) as [MemberStatus, number][]) {
    const wanted = status === 'official' ? count - 1 : count;
    const rows = Array.from({ length: Math.max(0, wanted) }, (_, i) => ({
      cellId,
      fullName: `Đảng viên ${status} ${i + 1}`,
      status,
      role: 'member',
    }));
    if (rows.length > 0) await db.prisma.member.createMany({ data: rows });
  }
  const all = await db.prisma.member.findMany({ where: { cellId }, orderBy: { fullName: 'asc' } });
  for (const member of all) if (member.id !== secretary.id) byStatus[member.status as MemberStatus].push(member);
  return { secretary, byStatus };
}
