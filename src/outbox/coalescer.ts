/**
 * Refreshing a shared card (a vote tally) on every ballot would exceed Teams'
 * 7 sends a second per conversation in a busy chat. Updates are coalesced to
 * one outbox row per card per time window, and that row always carries the
 * latest payload: the card settles on the final state, at most about once a
 * window.
 */
import { enqueue, type EnqueueResult, type OutboxDatabase } from './enqueue';
import type { OutboxPayload } from './types';

/** The dedupe key of `cardKey`'s update row for the window containing `now`. */
export function coalesceKey(cardKey: string, now: Date, windowMs = 1_000): string {
  return `card-update|${cardKey}|${Math.floor(now.getTime() / windowMs)}`;
}

export interface CardUpdateInput {
  /** Stable key of the shared card, e.g. `vote:<motionId>`. */
  readonly cardKey: string;
  readonly platform: string;
  readonly recipient: string;
  /** The platform's id of the card message to replace. */
  readonly platformMessageId: string;
  readonly payload: OutboxPayload;
}

/** How many windows ahead to look when the current ones are already on their way (bounded, not a loop forever). */
const MAX_WINDOWS_AHEAD = 3;

/**
 * Queues the card's new content. If this window's row is still pending its
 * payload is replaced; if it is already being sent (or sent), the content
 * goes into the next window's row, due when that window opens — so the last
 * state always reaches the card (trailing edge), never more than about once
 * a window.
 */
export async function enqueueCardUpdate(db: OutboxDatabase, input: CardUpdateInput, now: Date, windowMs = 1_000): Promise<EnqueueResult> {
  // The same card may sit in several conversations (and be re-posted): each message coalesces on its own.
  const scope = `${input.cardKey}|${input.platform}|${input.recipient}|${input.platformMessageId}`;
  const payload: OutboxPayload = { ...input.payload, targetMessageId: input.platformMessageId };
  const json = JSON.stringify(payload);
  const window = Math.floor(now.getTime() / windowMs);
  for (let ahead = 0; ahead <= MAX_WINDOWS_AHEAD; ahead += 1) {
    const opensAt = new Date((window + ahead) * windowMs);
    const result = await enqueue(db, {
      dedupeKey: coalesceKey(scope, opensAt, windowMs),
      platform: input.platform,
      recipient: input.recipient,
      operation: 'update',
      payload,
      now,
      ...(ahead === 0 ? {} : { notBefore: opensAt }),
    });
    if (result.created) return result;
    const { count } = await db.prisma.outboxMessage.updateMany({
      where: { id: result.id, status: 'pending' },
      data: { payload: json },
    });
    if (count === 1) return { id: result.id, created: false };
  }
  throw new Error(`outbox: card ${input.cardKey} has ${MAX_WINDOWS_AHEAD + 1} windows in flight; update dropped`);
}
