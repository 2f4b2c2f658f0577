/**
 * Who signs a committee's report "T/M ĐẢNG ỦY": its bí thư, else a phó bí thư
 * (the first added), else a blank line under "BÍ THƯ" for a hand-written name.
 */
import type { Database } from '../store/database';

export interface ReportSigner {
  readonly role: 'secretary' | 'deputy_secretary';
  readonly name: string;
}

export const BLANK_SIGNER: ReportSigner = { role: 'secretary', name: '' };

export async function committeeSigner(db: Database, committeeId: string): Promise<ReportSigner> {
  const leaders = await db.prisma.committeeMember.findMany({
    where: { committeeId, role: { in: ['secretary', 'deputy_secretary'] } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
    select: { role: true, fullName: true },
  });
  const chosen = leaders.find((m) => m.role === 'secretary') ?? leaders[0];
  return chosen
    ? { role: chosen.role === 'secretary' ? 'secretary' : 'deputy_secretary', name: chosen.fullName }
    : BLANK_SIGNER;
}
