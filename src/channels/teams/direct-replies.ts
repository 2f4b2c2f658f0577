/**
 * Replies to a typed message or an install, posted in the turn itself (a
 * message turn has no 5-second answer to give first). A shared card's activity
 * id is remembered so its later refreshes update that message.
 */
import type { TurnContext } from 'botbuilder';
import type { Reply } from '../../features/turn';
import type { Database } from '../../store/database';
import { activityOf } from './transport';
import { replyPayload } from './card-render';
import { recordCardMessage } from './teams-store';

/** Posts the replies in order; returns the activity ids Teams gave them. */
export async function sendReplies(db: Database, context: TurnContext, conversationId: string, replies: readonly Reply[]): Promise<string[]> {
  const ids: string[] = [];
  for (const reply of replies) {
    const payload = await replyPayload(db, conversationId, reply);
    const sent = await context.sendActivity(activityOf(payload));
    const id = sent?.id;
    if (!id) continue;
    ids.push(id);
    // Recorded against the exact conversation (thread) the card went to: updates address that message.
    if (reply.kind === 'card' && reply.cardKey !== undefined) await recordCardMessage(db, context.activity.conversation.id, reply.cardKey, id);
  }
  return ids;
}
