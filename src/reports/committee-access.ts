/**
 * Who may read a committee's reports (issue 15): the members of that committee and of every committee above
 * it, nobody else (a cell's secretary reads their own cell only). The chat and the dashboard ask here; the CLI
 * is an operator's tool on the server and does not. Identity is the platform's, never card data.
 */
import type { Database } from '../store/database';
import { isCommittee } from '../core/statuses';
import { toMemberRole } from '../store/mappers';
import { loadCommitteeTree } from './committee-tree';

/** Who asks, as the platform authenticated them (the playground names the committee member's id itself). */
export interface ReportReader {
  readonly platform: string;
  readonly platformUserId: string;
}

/** The committees whose member this account is (none when it is nobody's). */
export async function committeesOfReader(db: Database, identity: ReportReader): Promise<string[]> {
  if (identity.platform === 'playground') {
    const member = await db.prisma.committeeMember.findUnique({
      where: { id: identity.platformUserId },
      select: { committeeId: true },
    });
    return member ? [member.committeeId] : [];
  }
  const account = await db.prisma.committeeAccount.findUnique({
    where: { platform_platformUserId: { platform: identity.platform, platformUserId: identity.platformUserId } },
    select: { committeeMember: { select: { committeeId: true } } },
  });
  return account ? [account.committeeMember.committeeId] : [];
}

/** Whether this account may read the reports of `committeeId` (and so of every cell under it). */
export async function canReadCommitteeReport(
  db: Database,
  identity: ReportReader,
  committeeId: string,
): Promise<boolean> {
  const own = await committeesOfReader(db, identity);
  if (own.length === 0) return false;
  const lineage = (await loadCommitteeTree(db)).lineage(committeeId).map((c) => c.id);
  return own.some((id) => lineage.includes(id));
}

/**
 * Whether this account may read one cell's reports: the cell's own secretary, deputy or committee (chi ủy),
 * or a member of the cell's committee or of one above it.
 */
export async function canReadCellReport(db: Database, identity: ReportReader, cellId: string): Promise<boolean> {
  const cell = await db.prisma.cell.findUnique({ where: { id: cellId }, select: { committeeId: true } });
  if (!cell) return false;
  const member =
    identity.platform === 'playground'
      ? await db.prisma.member.findUnique({
          where: { id: identity.platformUserId },
          select: { cellId: true, role: true },
        })
      : (
          await db.prisma.channelAccount.findUnique({
            where: {
              platform_platformUserId: { platform: identity.platform, platformUserId: identity.platformUserId },
            },
            select: { member: { select: { cellId: true, role: true } } },
          })
        )?.member;
  if (member && member.cellId === cellId && isCommittee(toMemberRole(member.role))) return true;
  return cell.committeeId !== null && canReadCommitteeReport(db, identity, cell.committeeId);
}
