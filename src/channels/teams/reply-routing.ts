/**
 * Where a Teams turn's replies go, by audience (ARCHITECTURE.md, "Who sees
 * what"): in a channel or group chat, what is published stays in the
 * conversation and everything else goes to the acting member alone (the
 * invoke answer, or their personal chat); in a personal chat, what is
 * published goes to the cell's shared conversations (a notice posted from
 * the committee member's draft reaches the channel, not the 1:1 chat) and the
 * rest stays in the chat.
 */
import type { Locale } from '../../core/types';
import { repliesByAudience } from '../../features/shared/audience';
import type { Actor, Reply, Turn, TurnResult } from '../../features/turn';
import type { Database } from '../../store/database';
import { cellOfConversation } from './teams-store';
import { say } from '../../core/wording/say';
import { TURN_WORDING } from '../../core/wording/turn';

export interface RoutedReplies {
  /** Posted in the conversation the turn came from. */
  readonly here: readonly Reply[];
  /** For the acting member's personal chat (the turn came from a shared conversation). */
  readonly toActor: readonly Reply[];
  /** Published from a personal chat: posted in each of the cell's shared Teams conversations. */
  readonly toCell: { readonly conversationIds: readonly string[]; readonly replies: readonly Reply[] };
}

const NOWHERE: RoutedReplies['toCell'] = { conversationIds: [], replies: [] };

/** The cell of a Teams member's account, if they are linked to one. */
async function cellOfAccount(db: Database, actor: Actor): Promise<string | null> {
  const account = await db.prisma.channelAccount.findUnique({
    where: { platform_platformUserId: { platform: 'teams', platformUserId: actor.platformUserId } },
    select: { member: { select: { cellId: true } } },
  });
  return account?.member.cellId ?? null;
}

/** The cell a turn acts for: the conversation's, or in a personal chat the member's own. */
export async function cellOfTurn(db: Database, turn: Pick<Turn, 'actor' | 'conversation'>): Promise<string | null> {
  const bound = await cellOfConversation(db, turn.conversation.conversationId);
  return bound ?? (turn.conversation.personal ? cellOfAccount(db, turn.actor) : null);
}

async function sharedConversationsOf(db: Database, actor: Actor): Promise<string[]> {
  const cellId = await cellOfAccount(db, actor);
  if (cellId === null) return [];
  const rows = await db.prisma.conversation.findMany({
    where: { platform: 'teams', cellId },
    select: { conversationId: true },
    orderBy: { createdAt: 'asc' },
  });
  return rows.map((row) => row.conversationId);
}

/** Said in the personal chat when what the member typed there was posted for the cell instead. */
function sentToCellNote(locale: Locale): Reply {
  const text = say(locale, TURN_WORDING.postedInCellChat);
  return { kind: 'text', text };
}

export async function routeReplies(db: Database, turn: Turn, result: TurnResult): Promise<RoutedReplies> {
  const { published, own } = repliesByAudience(result);
  if (!turn.conversation.personal) return { here: published, toActor: own, toCell: NOWHERE };
  if (published.length === 0) return { here: own, toActor: [], toCell: NOWHERE };
  const conversationIds = await sharedConversationsOf(db, turn.actor);
  // A cell with no Teams conversation set up: the chat is the only place the member can see it.
  if (conversationIds.length === 0) return { here: result.replies, toActor: [], toCell: NOWHERE };
  const note = turn.event.kind === 'message' ? [sentToCellNote(turn.locale)] : [];
  return { here: [...own, ...note], toActor: [], toCell: { conversationIds, replies: published } };
}
