/**
 * Replies to a typed message or an install, posted with the turn's own
 * context once the turn has given back its slot of the turn gate: a slow Bot
 * Connector then holds up only these replies, never the presses waiting for a
 * slot. A shared card's activity id is remembered so its later refreshes
 * update that message. A reply the connector refused (and the ones after it)
 * goes to the durable outbox when it can reach the conversation again (a bound
 * one, or a member's personal chat), to be retried there rather than lost.
 */
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../features/ports';
import type { Reply } from '../../features/turn';
import type { Database } from '../../store/database';
import { activityOf } from './transport';
import { replyPayload } from './card-render';
import type { RefreshAudience } from './refresh-audience';
import type { TeamsOutbox } from './outbox-queue';
import { recordCardMessage } from './teams-store';

export interface DirectReplyDependencies {
  readonly db: Database;
  readonly audience: RefreshAudience;
  readonly outbox: TeamsOutbox;
  readonly logger: Logger;
}

export interface DirectReplies {
  /** The conversation the replies go to, as the activity names it (a channel thread keeps its thread). */
  readonly conversationId: string;
  /** Stable across a redelivered activity, so the outbox queues a reply once. */
  readonly occurrence: string;
  readonly replies: readonly Reply[];
  /** How the outbox addresses this conversation (a bound one's id, or the member of a personal chat); undefined when it cannot. */
  readonly outboxRecipient: string | undefined;
}

async function postOne(
  deps: DirectReplyDependencies,
  context: TurnContext,
  conversationId: string,
  reply: Reply,
): Promise<void> {
  const payload = await replyPayload(deps.audience, conversationId, reply);
  const sent = await context.sendActivity(activityOf(payload));
  const id = sent?.id;
  // Recorded against the exact conversation (thread) the card went to: updates address that message.
  if (id && reply.kind === 'card' && reply.cardKey !== undefined)
    await recordCardMessage(deps.db, conversationId, reply.cardKey, id);
}

/** Posts the replies in order; from the first the connector refuses on, they are queued in the outbox (or, if it cannot reach the conversation, reported). */
export async function postReplies(
  deps: DirectReplyDependencies,
  context: TurnContext,
  out: DirectReplies,
): Promise<void> {
  for (const [index, reply] of out.replies.entries()) {
    try {
      await postOne(deps, context, out.conversationId, reply);
    } catch (error) {
      const rest = out.replies.slice(index);
      if (out.outboxRecipient === undefined) throw error;
      deps.logger.warn(
        { err: error, conversationId: out.conversationId, queued: rest.length },
        'teams: reply not posted in the turn; queued in the outbox',
      );
      // Its own occurrence: the outbox rows of an invoke's replies use the plain activity id.
      await deps.outbox.queueReplies(out.outboxRecipient, `${out.occurrence}~direct${index}`, rest);
      return;
    }
  }
}
