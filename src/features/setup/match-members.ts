/**
 * Matching the conversation's accounts to the roster: an account already
 * linked (by its platform id, e.g. the Teams AAD object id) is kept; an
 * unlinked roster member with the same email (as the CLI import stored it) is
 * linked now; anyone else is listed for the secretary to add or leave out.
 */
import type { Database } from '../../store/database';
import type { Cell, Member } from '../../store/rows';
import type { Platform } from '../turn';
import { normalizeEmail, type ConversationMember } from './conversation-members';

/** Roster members (any cell) with this email. */
export function matchByEmail(db: Database, email: string): Promise<Member[]> {
  const forms = [...new Set([normalizeEmail(email), email.trim()])];
  return db.prisma.member.findMany({ where: { email: { in: forms } }, orderBy: { createdAt: 'asc' } });
}

export interface LinkReport {
  /** Accounts in the conversation. */
  readonly inConversation: number;
  /** Linked to a member of this cell before this sync. */
  readonly alreadyLinked: number;
  /** Linked by this sync, by email. */
  readonly linkedByEmail: number;
  /** Linked to a member of another cell: left alone. */
  readonly elsewhere: number;
  /** Not on the roster: the secretary decides. */
  readonly unmatched: readonly ConversationMember[];
}

/** Links the conversation's accounts to this cell's roster where they match (one transaction). */
export async function linkConversationMembers(
  db: Database,
  platform: Platform,
  cell: Cell,
  members: readonly ConversationMember[],
): Promise<LinkReport> {
  const ids = members.map((m) => m.platformUserId);
  const accounts = await db.prisma.channelAccount.findMany({
    where: { platform, platformUserId: { in: ids } },
    include: { member: { select: { cellId: true } } },
  });
  const linked = new Map(accounts.map((a) => [a.platformUserId, a.member.cellId]));
  const unlinkedByEmail = await unlinkedMembersByEmail(db, platform, cell.id);
  const toCreate: { platform: string; platformUserId: string; memberId: string; displayName: string }[] = [];
  const unmatched: ConversationMember[] = [];
  let alreadyLinked = 0;
  let elsewhere = 0;
  for (const account of members) {
    const cellId = linked.get(account.platformUserId);
    if (cellId !== undefined) {
      if (cellId === cell.id) alreadyLinked += 1;
      else elsewhere += 1;
      continue;
    }
    const member = account.email ? unlinkedByEmail.get(account.email) : undefined;
    if (member === undefined) {
      unmatched.push(account);
      continue;
    }
    unlinkedByEmail.delete(account.email ?? '');
    toCreate.push({ platform, platformUserId: account.platformUserId, memberId: member.id, displayName: account.name });
  }
  if (toCreate.length > 0) await db.prisma.channelAccount.createMany({ data: toCreate });
  return { inConversation: members.length, alreadyLinked, linkedByEmail: toCreate.length, elsewhere, unmatched };
}

/** This cell's members with an email and no account on the platform, by normalised email (first one wins). */
async function unlinkedMembersByEmail(db: Database, platform: Platform, cellId: string): Promise<Map<string, Member>> {
  const members = await db.prisma.member.findMany({
    where: { cellId, email: { not: null }, accounts: { none: { platform } } },
    orderBy: { createdAt: 'asc' },
  });
  const byEmail = new Map<string, Member>();
  for (const member of members) {
    const key = normalizeEmail(member.email ?? '');
    if (key !== '' && !byEmail.has(key)) byEmail.set(key, member);
  }
  return byEmail;
}
