/**
 * Authenticate → resolve cell: who the platform says acts, and which cell the
 * conversation (or, in a 1:1 chat, the member's account) belongs to.
 */
import type { Database } from '../../store/database';
import { columnsOf, rowOf, type JoinedRow } from '../../store/joined-rows';
import type { Cell, Member } from '../../store/rows';
import type { Actor, ConversationAddress } from '../turn';

export interface Resolved {
  readonly cell: Cell | null;
  readonly member: Member | null;
}

/** The roster member behind a platform account; one query, as on every turn. */
export async function findMemberByAccount(db: Database, actor: Actor): Promise<Member | null> {
  const rows = await db.prisma.$queryRaw<JoinedRow[]>`
    SELECT ${columnsOf('Member', 'm')}
    FROM "ChannelAccount" ca JOIN "Member" m ON m."id" = ca."memberId"
    WHERE ca."platform" = ${actor.platform} AND ca."platformUserId" = ${actor.platformUserId}`;
  return rows[0] === undefined ? null : rowOf(rows[0], 'Member', 'm');
}

/**
 * The cell bound to the conversation and the member behind the account, in one query: every turn
 * starts here (src/store/joined-rows.ts for why it is raw). Every channel keeps real rows, the
 * playground too (channels/playground/accounts.ts), so nothing here depends on the platform.
 */
async function findCellAndMember(
  db: Database,
  actor: Actor,
  address: ConversationAddress,
): Promise<[Cell | null, Member | null]> {
  const rows = await db.prisma.$queryRaw<JoinedRow[]>`
    SELECT ${columnsOf('Cell', 'c')}, ${columnsOf('Member', 'm')}
    FROM (SELECT 1 AS "one") AS "seed"
    LEFT JOIN "Conversation" cv ON cv."platform" = ${address.platform} AND cv."conversationId" = ${address.conversationId}
    LEFT JOIN "Cell" c ON c."id" = cv."cellId"
    LEFT JOIN "ChannelAccount" ca ON ca."platform" = ${actor.platform} AND ca."platformUserId" = ${actor.platformUserId}
    LEFT JOIN "Member" m ON m."id" = ca."memberId"`;
  const row = rows[0];
  return row === undefined ? [null, null] : [rowOf(row, 'Cell', 'c'), rowOf(row, 'Member', 'm')];
}

/** Resolves the turn's cell and member; a member of another cell is a stranger here. */
export async function resolveTurn(db: Database, actor: Actor, address: ConversationAddress): Promise<Resolved> {
  const [conversationCell, accountMember] = await findCellAndMember(db, actor, address);
  if (conversationCell) {
    const member = accountMember?.cellId === conversationCell.id ? accountMember : null;
    return { cell: conversationCell, member };
  }
  if (accountMember && address.personal) {
    const cell = await db.prisma.cell.findUnique({ where: { id: accountMember.cellId } });
    return { cell, member: accountMember };
  }
  return { cell: null, member: null };
}
