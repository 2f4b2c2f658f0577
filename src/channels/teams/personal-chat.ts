/**
 * 1:1 proactive sends (reminders, personal notices) to a member known only by
 * their AAD object id: Teams opens — or returns the existing — personal chat
 * of the member with the bot. The service URL, tenant and bot account come
 * from a conversation of the member's cell that the bot was set up in.
 */
import type { ChannelAccount, ConversationParameters } from 'botbuilder';
import type { Database } from '../../store/database';

/** Teams recipients that are a person (an AAD object id) rather than a conversation ("19:…", "a:…"). */
const AAD_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isPersonRecipient(recipient: string): boolean {
  return AAD_OBJECT_ID.test(recipient);
}

export interface PersonalChatTarget {
  readonly serviceUrl: string;
  readonly parameters: ConversationParameters;
}

interface StoredReference {
  readonly serviceUrl?: unknown;
  readonly bot?: { readonly id?: unknown; readonly name?: unknown };
  readonly conversation?: { readonly tenantId?: unknown };
}

/** Where and how to open the member's personal chat; null when no conversation of their cell was set up. */
export async function personalChatTarget(db: Database, aadObjectId: string): Promise<PersonalChatTarget | null> {
  const account = await db.prisma.channelAccount.findUnique({
    where: { platform_platformUserId: { platform: 'teams', platformUserId: aadObjectId } },
    select: { member: { select: { cellId: true } } },
  });
  if (!account) return null;
  const conversation = await db.prisma.conversation.findFirst({
    where: { platform: 'teams', cellId: account.member.cellId },
    orderBy: { createdAt: 'asc' },
    select: { reference: true },
  });
  if (!conversation) return null;
  const reference = JSON.parse(conversation.reference) as StoredReference;
  const tenantId = reference.conversation?.tenantId;
  if (typeof reference.serviceUrl !== 'string' || typeof reference.bot?.id !== 'string' || typeof tenantId !== 'string')
    return null;
  const bot: ChannelAccount = {
    id: reference.bot.id,
    name: typeof reference.bot.name === 'string' ? reference.bot.name : '',
  };
  return {
    serviceUrl: reference.serviceUrl,
    parameters: {
      isGroup: false,
      bot,
      members: [{ id: aadObjectId, name: '' }],
      tenantId,
      channelData: { tenant: { id: tenantId } },
    },
  };
}
