/**
 * What the Teams channel hands to the durable outbox: replies of card actions
 * (so the invoke is answered first and the posts follow), and coalesced
 * updates of shared cards (about one per second per card message), queued
 * by key and rendered when they are sent.
 */
import type { CardView } from '../../cards/view-models';
import type { CardRefresh, Reply } from '../../features/turn';
import type { Logger } from '../../features/ports';
import { scheduleCardUpdate } from '../../outbox/coalescer';
import { enqueue, outboxKey } from '../../outbox/enqueue';
import type { Database } from '../../store/database';
import { cardPayload, replyPayload } from './card-render';
import type { RefreshAudience } from './refresh-audience';
import { findCardMessages } from './teams-store';

export interface TeamsOutboxDependencies {
  readonly db: Database;
  /** Who the queued cards auto-refresh for (refresh-audience.ts). */
  readonly audience: RefreshAudience;
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
  /** Replaces one message (the card a one-shot action was pressed on) for everyone; `occurrence` dedupes a retried request. */
  queuePressedCard(conversationId: string, messageId: string, occurrence: string, view: CardView): Promise<void>;
}

/** The coalescer's refusal when a card already has several update windows in flight. */
function isBacklogged(error: unknown): boolean {
  return error instanceof Error && error.message.includes('windows in flight');
}

const UPDATE_WINDOW_MS = 1_000;
const CLOCK_MARGIN_MS = 200;
const MAX_REMEMBERED_CARDS = 1_000;

/** Remembers the window a card's rows are due at (forgetting windows already open when the map grows). */
function remember(scheduled: Map<string, number>, cardKey: string, window: number, current: number): void {
  if (scheduled.size >= MAX_REMEMBERED_CARDS)
    for (const [key, due] of scheduled) if (due <= current) scheduled.delete(key);
  scheduled.set(cardKey, window);
}

export function createTeamsOutbox(deps: TeamsOutboxDependencies): TeamsOutbox {
  const queueReplies = async (conversationId: string, occurrence: string, replies: readonly Reply[]): Promise<void> => {
    for (const [index, reply] of replies.entries()) {
      const payload = await replyPayload(deps.audience, conversationId, reply);
      await enqueue(deps.db, {
        dedupeKey: outboxKey('teams.reply', conversationId, `${occurrence}#${index}`),
        platform: 'teams',
        recipient: conversationId,
        payload,
        now: deps.clock.now(),
      });
    }
    if (replies.length > 0) deps.notify();
  };

  /**
   * Card updates go out at the next window boundary, rendered then. Until then no sender may take the rows
   * (they are not due), so a press in the same window needs no query at all: this process remembers, per card,
   * the window its rows are due at. Near a boundary the rows aim one window further, so that an instance whose
   * clock runs a little ahead still cannot send them before this press's ballot is in.
   */
  const scheduled = new Map<string, number>();
  const targetWindow = (now: number): number =>
    Math.floor(now / UPDATE_WINDOW_MS) + (now % UPDATE_WINDOW_MS > UPDATE_WINDOW_MS - CLOCK_MARGIN_MS ? 2 : 1);

  /** How many new update rows it queued (a card already due to be sent later needs no new row, nor a wake-up). */
  const queueRefresh = async (refresh: CardRefresh): Promise<number> => {
    const now = deps.clock.now();
    const target = targetWindow(now.getTime());
    if ((scheduled.get(refresh.cardKey) ?? -Infinity) >= target) return 0;
    const messages = await findCardMessages(deps.db, refresh.cardKey);
    let created = 0;
    let due = target;
    for (const message of messages) {
      const payload = { kind: 'shared-card', cardKey: refresh.cardKey } as const;
      const input = {
        cardKey: refresh.cardKey,
        platform: 'teams',
        recipient: message.conversationId,
        platformMessageId: message.platformMessageId,
        payload,
      };
      try {
        const result = await scheduleCardUpdate(
          deps.db,
          input,
          new Date(target * UPDATE_WINDOW_MS),
          now,
          UPDATE_WINDOW_MS,
        );
        if (result.created) created += 1;
        due = Math.min(due, result.opensAt.getTime() / UPDATE_WINDOW_MS);
      } catch (error) {
        if (!isBacklogged(error)) throw error;
        // The card's updates are backed up several windows deep: a later change refreshes it again.
        deps.logger.warn({ err: error, cardKey: refresh.cardKey }, 'teams: card update not queued');
        due = -Infinity;
      }
    }
    // A card shown nowhere yet is looked for again at the next press: it may be posted in between.
    if (messages.length > 0) remember(scheduled, refresh.cardKey, due, Math.floor(now.getTime() / UPDATE_WINDOW_MS));
    return created;
  };

  return {
    queueReplies,
    async queuePressedCard(conversationId, messageId, occurrence, view) {
      const payload = { ...(await cardPayload(deps.audience, conversationId, view)), targetMessageId: messageId };
      const dedupeKey = outboxKey('teams.pressed', conversationId, occurrence);
      await enqueue(deps.db, {
        dedupeKey,
        platform: 'teams',
        recipient: conversationId,
        operation: 'update',
        payload,
        now: deps.clock.now(),
      });
      deps.notify();
    },
    async queueRefreshes(refreshes) {
      let queued = 0;
      for (const refresh of refreshes) queued += await queueRefresh(refresh);
      if (queued > 0) deps.notify();
    },
  };
}
