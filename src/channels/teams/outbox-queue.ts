/**
 * What the Teams channel hands to the durable outbox: replies of card actions
 * (so the invoke is answered first and the posts follow), and coalesced
 * updates of shared cards (about one per second per card message), queued
 * by key and rendered when they are sent.
 */
import type { CardRefresh, Reply } from '../../features/turn';
import type { Logger } from '../../features/ports';
import { enqueueCardUpdate } from '../../outbox/coalescer';
import { enqueue, outboxKey } from '../../outbox/enqueue';
import type { Database } from '../../store/database';
import { replyPayload } from './card-render';
import { findCardMessages } from './teams-store';

export interface TeamsOutboxDependencies {
  readonly db: Database;
  readonly clock: { now(): Date };
  readonly logger: Logger;
  /** Wakes the dispatcher so queued messages go out now rather than at its next poll. */
  readonly notify: () => void;
}

export interface TeamsOutbox {
  /** Queues a turn's replies; `occurrence` (the activity id) makes a retried request queue nothing twice. */
  queueReplies(conversationId: string, occurrence: string, replies: readonly Reply[]): Promise<void>;
  /** Queues an update of every message showing each refreshed card. */
  queueRefreshes(refreshes: readonly CardRefresh[]): Promise<void>;
}

/** The coalescer's refusal when a card already has several update windows in flight. */
function isBacklogged(error: unknown): boolean {
  return error instanceof Error && error.message.includes('windows in flight');
}

export function createTeamsOutbox(deps: TeamsOutboxDependencies): TeamsOutbox {
  const queueReplies = async (conversationId: string, occurrence: string, replies: readonly Reply[]): Promise<void> => {
    for (const [index, reply] of replies.entries()) {
      const payload = await replyPayload(deps.db, conversationId, reply);
      await enqueue(deps.db, { dedupeKey: outboxKey('teams.reply', conversationId, `${occurrence}#${index}`), platform: 'teams', recipient: conversationId, payload, now: deps.clock.now() });
    }
    if (replies.length > 0) deps.notify();
  };

  /** How many new update rows it queued (a card already waiting to be sent needs no new row, nor a wake-up). */
  const queueRefresh = async (refresh: CardRefresh): Promise<number> => {
    const messages = await findCardMessages(deps.db, refresh.cardKey);
    let created = 0;
    for (const message of messages) {
      // Rendered when sent: a row that waits behind the rate limit still shows the tally of its send.
      const payload = { kind: 'shared-card', cardKey: refresh.cardKey } as const;
      const input = { cardKey: refresh.cardKey, platform: 'teams', recipient: message.conversationId, platformMessageId: message.platformMessageId };
      try {
        if ((await enqueueCardUpdate(deps.db, { ...input, payload }, deps.clock.now())).created) created += 1;
      } catch (error) {
        if (!isBacklogged(error)) throw error;
        // The card's updates are backed up several windows deep: a later change refreshes it again.
        deps.logger.warn({ err: error, cardKey: refresh.cardKey }, 'teams: card update not queued');
      }
    }
    return created;
  };

  return {
    queueReplies,
    async queueRefreshes(refreshes) {
      let queued = 0;
      for (const refresh of refreshes) queued += await queueRefresh(refresh);
      if (queued > 0) deps.notify();
    },
  };
}
