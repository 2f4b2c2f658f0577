/**
 * The playground authenticates by the member picked on the page. It keeps that
 * choice as the rows every channel has — a ChannelAccount (platform
 * `playground`, the member's id) and the cell's Conversation (the cell's id) —
 * so the core resolves a playground turn as it resolves a Teams or Zalo one.
 */
import type { Actor, ConversationAddress } from '../../features/turn';
import type { Database } from '../../store/database';
import { isUniqueViolation } from '../../store/errors';

export const PLAYGROUND = 'playground';

/** Writes a row unless it is there; a twin written at the same moment (two presses at once) is as good. */
async function ensure(exists: () => Promise<unknown>, create: () => Promise<unknown>): Promise<void> {
  if ((await exists()) !== null) return;
  try {
    await create();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
}

/** The account the playground authenticates this member by. */
export async function bindPlaygroundAccount(
  db: Database,
  member: { readonly id: string; readonly fullName?: string },
): Promise<void> {
  const account = { platform: PLAYGROUND, platformUserId: member.id };
  await ensure(
    () => db.prisma.channelAccount.findUnique({ where: { platform_platformUserId: account }, select: { id: true } }),
    () =>
      db.prisma.channelAccount.create({
        data: {
          ...account,
          memberId: member.id,
          ...(member.fullName === undefined ? {} : { displayName: member.fullName }),
        },
      }),
  );
}

/** The cell's playground conversation (one per cell: the page acts in a cell). */
export async function bindPlaygroundConversation(db: Database, cellId: string): Promise<void> {
  const conversation = { platform: PLAYGROUND, conversationId: cellId };
  await ensure(
    () => db.prisma.conversation.findUnique({ where: { platform_conversationId: conversation }, select: { id: true } }),
    () => db.prisma.conversation.create({ data: { ...conversation, cellId } }),
  );
}

/** Binds what a playground turn names, where it exists: the actor's member, the conversation's cell (a made-up id binds nothing). */
export async function bindPlaygroundTurn(
  db: Database,
  turn: { readonly actor: Actor; readonly conversation?: ConversationAddress },
): Promise<void> {
  if (turn.actor.platform !== PLAYGROUND) return;
  const member = await db.prisma.member.findUnique({ where: { id: turn.actor.platformUserId }, select: { id: true } });
  if (member !== null) await bindPlaygroundAccount(db, member);
  if (turn.conversation === undefined) return;
  const cell = await db.prisma.cell.findUnique({
    where: { id: turn.conversation.conversationId },
    select: { id: true },
  });
  if (cell !== null) await bindPlaygroundConversation(db, cell.id);
}
