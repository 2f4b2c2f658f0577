/**
 * One-time link codes: the secretary hands each member a code (CLI
 * `zalo-codes`); the member sends it to the OA and their Zalo account is
 * linked to their roster entry. Codes expire and are spent on use (the
 * conditional update makes two senders of one code race safely).
 */
import { randomBytes } from 'node:crypto';
import { sortByVietnameseName } from '../../core/names';
import { isUniqueViolation } from '../../outbox/enqueue';
import type { Database } from '../../store/database';
import type { Member } from '../../store/rows';

// No I, O, 0, 1: codes are read aloud and typed on phones.
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 8;
export const CODE_TTL_MS = 30 * 24 * 3_600_000;

export function newCode(): string {
  return [...randomBytes(CODE_LENGTH)].map((byte) => ALPHABET[byte % ALPHABET.length]).join('');
}

/** "ABCD-EFGH" as printed. */
export function formatCode(code: string): string {
  return `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** The code in a message ("abcd efgh", "Mã: ABCD-EFGH"), or null when the text is not shaped like one. */
export function codeIn(text: string): string | null {
  const stripped = text
    .normalize('NFC')
    .trim()
    .replace(/^(mã liên kết|ma lien ket|mã|ma|code)\s*:?\s*/iu, '')
    .replace(/[\s-]/g, '')
    .toUpperCase();
  if (stripped.length !== CODE_LENGTH) return null;
  return [...stripped].every((c) => ALPHABET.includes(c)) ? stripped : null;
}

export interface IssuedCode {
  readonly member: Member;
  /** Null for a member already linked to Zalo. */
  readonly code: string | null;
  readonly expiresAt: Date | null;
  readonly linked: boolean;
}

/** Gives every unlinked member of the cell a valid code, keeping codes still valid (already handed out). */
export async function issueCodes(db: Database, cellId: string, now: Date): Promise<IssuedCode[]> {
  const rows = await db.prisma.member.findMany({
    where: { cellId },
    orderBy: { id: 'asc' },
    include: { accounts: { where: { platform: 'zalo' }, select: { id: true } } },
  });
  const members = sortByVietnameseName(rows, (m) => m.fullName);
  const issued: IssuedCode[] = [];
  for (const { accounts, ...member } of members) {
    if (accounts.length > 0) {
      issued.push({ member, code: null, expiresAt: null, linked: true });
    } else if (member.linkCode !== null && member.linkCodeExpiresAt !== null && member.linkCodeExpiresAt > now) {
      issued.push({ member, code: member.linkCode, expiresAt: member.linkCodeExpiresAt, linked: false });
    } else {
      const { code, expiresAt } = await assignCode(db, member.id, now);
      issued.push({ member, code, expiresAt, linked: false });
    }
  }
  return issued;
}

async function assignCode(db: Database, memberId: string, now: Date): Promise<{ code: string; expiresAt: Date }> {
  const expiresAt = new Date(now.getTime() + CODE_TTL_MS);
  for (let tries = 0; tries < 5; tries += 1) {
    const code = newCode();
    try {
      await db.prisma.member.update({
        where: { id: memberId },
        data: { linkCode: code, linkCodeExpiresAt: expiresAt },
      });
      return { code, expiresAt };
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
    }
  }
  throw new Error('could not find a free link code after 5 tries');
}

/** Spends a valid code for this Zalo user: the member it named, now linked; null when the code is unknown, used or expired. */
export async function redeemCode(db: Database, code: string, zaloUserId: string, now: Date): Promise<Member | null> {
  const member = await db.prisma.member.findUnique({ where: { linkCode: code } });
  if (member === null || member.linkCodeExpiresAt === null || member.linkCodeExpiresAt <= now) return null;
  return db.prisma.$transaction(async (tx) => {
    const { count } = await tx.member.updateMany({
      where: { id: member.id, linkCode: code },
      data: { linkCode: null, linkCodeExpiresAt: null },
    });
    if (count !== 1) return null;
    await tx.channelAccount.upsert({
      where: { platform_platformUserId: { platform: 'zalo', platformUserId: zaloUserId } },
      create: { platform: 'zalo', platformUserId: zaloUserId, memberId: member.id },
      update: { memberId: member.id },
    });
    await tx.auditEvent.create({
      data: { cellId: member.cellId, actorMemberId: member.id, type: 'zalo.linked', subjectId: member.id },
    });
    return { ...member, linkCode: null, linkCodeExpiresAt: null };
  });
}
