/**
 * What the Teams channel keeps in the database: each bound conversation's
 * reference (for proactive sends), which message shows each shared card (to
 * update it), and which members' accounts a shared card refreshes for.
 */
import { TurnContext, type Activity, type ConversationReference } from 'botbuilder';
import { parseCardKey } from '../../features/shared/card-keys';
import type { Database } from '../../store/database';
import { baseConversationId } from './activity';
import { MAX_REFRESH_USERS } from './cards';

const PLATFORM = 'teams';

/** Stores the reference of a bound conversation (its channel, not a thread); false when the conversation is not bound. */
export async function saveConversationReference(db: Database, activity: Activity): Promise<boolean> {
  const reference = TurnContext.getConversationReference(activity);
  const conversationId = baseConversationId(activity.conversation.id);
  const stored: Partial<ConversationReference> = {
    ...reference,
    conversation: { ...activity.conversation, id: conversationId },
  };
  // The activity id of the message that happened to carry it is no use for later sends.
  delete stored.activityId;
  const { count } = await db.prisma.conversation.updateMany({
    where: { platform: PLATFORM, conversationId },
    data: { reference: JSON.stringify(stored) },
  });
  return count > 0;
}

/** The stored reference of a conversation, or null when it is unknown or was never stored. */
export async function loadConversationReference(
  db: Database,
  conversationId: string,
): Promise<Partial<ConversationReference> | null> {
  const row = await db.prisma.conversation.findUnique({
    where: { platform_conversationId: { platform: PLATFORM, conversationId: baseConversationId(conversationId) } },
    select: { reference: true },
  });
  if (!row) return null;
  const value: unknown = JSON.parse(row.reference);
  if (typeof value !== 'object' || value === null || typeof (value as { serviceUrl?: unknown }).serviceUrl !== 'string')
    return null;
  return value as Partial<ConversationReference>;
}

/** Remembers which message shows a shared card in a conversation (the latest post wins). */
export async function recordCardMessage(
  db: Database,
  conversationId: string,
  cardKey: string,
  activityId: string,
): Promise<void> {
  await db.prisma.cardMessage.upsert({
    where: { platform_conversationId_cardKey: { platform: PLATFORM, conversationId, cardKey } },
    create: { platform: PLATFORM, conversationId, cardKey, platformMessageId: activityId },
    update: { platformMessageId: activityId },
  });
}

/** Every message showing this card (a cell may have bound a channel and a group chat). */
export function findCardMessages(
  db: Database,
  cardKey: string,
): Promise<{ conversationId: string; platformMessageId: string }[]> {
  return db.prisma.cardMessage.findMany({
    where: { platform: PLATFORM, cardKey },
    select: { conversationId: true, platformMessageId: true },
  });
}

/** The cell a Teams conversation is bound to. */
export async function cellOfConversation(db: Database, conversationId: string): Promise<string | null> {
  const row = await db.prisma.conversation.findUnique({
    where: { platform_conversationId: { platform: PLATFORM, conversationId: baseConversationId(conversationId) } },
    select: { cellId: true },
  });
  return row?.cellId ?? null;
}

/**
 * Up to 60 members' AAD ids a shared card auto-refreshes for. On a vote card
 * the official members (the voters) come first; the others can still refresh
 * it by hand.
 */
export async function refreshUserIds(db: Database, cellId: string, key: string): Promise<string[]> {
  const first = parseCardKey(key)?.kind === 'vote' ? ['official'] : [];
  const pick = (where: object, take: number) =>
    db.prisma.channelAccount.findMany({
      where: { platform: PLATFORM, member: { cellId, ...where } },
      select: { platformUserId: true },
      orderBy: { createdAt: 'asc' },
      take,
    });
  const preferred = first.length > 0 ? await pick({ status: { in: first } }, MAX_REFRESH_USERS) : [];
  const rest =
    preferred.length < MAX_REFRESH_USERS
      ? await pick(first.length > 0 ? { status: { notIn: first } } : {}, MAX_REFRESH_USERS - preferred.length)
      : [];
  return [...preferred, ...rest].map((account) => account.platformUserId);
}
