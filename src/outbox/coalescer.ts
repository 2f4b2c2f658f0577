/**
 * Refreshing a shared card (a vote tally) on every ballot would exceed Teams'
 * 7 sends a second per conversation in a busy chat. Updates are coalesced to
 * one outbox row per card per time window, and that row always carries the
 * latest payload: the card settles on the final state, at most about once a
 * window.
 */
import { enqueue, outboxKey, type EnqueueResult, type OutboxDatabase } from './enqueue';
import { compareQueue } from './queue-store';
import type { OutboxPayload } from './types';

/** The dedupe key of `cardKey`'s update row for the window containing `now`. */
export function coalesceKey(cardKey: string, now: Date, windowMs = 1_000): string {
  return `${coalescePrefix(cardKey)}${Math.floor(now.getTime() / windowMs)}`;
}

/** What every window's key of `cardKey` starts with. */
function coalescePrefix(cardKey: string): string {
  return `card-update|${cardKey}|`;
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
 * Queues the card's new content. A row of this card still waiting (this
 * window's, or an older one held back by the rate limiter) gets the new
 * payload; otherwise a row for this window is created — or, if this window's
 * row is already being sent, one for the next window, due when it opens. So
 * the last state always reaches the card (trailing edge), about once a window
 * at most, and a backlog of stale tallies never builds up.
 */
export async function enqueueCardUpdate(
  db: OutboxDatabase,
  input: CardUpdateInput,
  now: Date,
  windowMs = 1_000,
): Promise<EnqueueResult> {
  // The same card may sit in several conversations (and be re-posted): each message coalesces on its own.
  const scope = outboxKey(input.cardKey, `${input.platform}:${input.recipient}`, input.platformMessageId);
  const payload: OutboxPayload = { ...input.payload, targetMessageId: input.platformMessageId };
  const waiting = await replaceWaiting(db, input, coalescePrefix(scope), JSON.stringify(payload));
  if (waiting !== undefined) return { id: waiting, created: false };
  const window = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  return intoFirstFreeWindow(db, input, scope, payload, window, now, windowMs, false);
}

/**
 * The card's update row in the first window from `opensAt` whose row is not already on its way (a new row, or a
 * waiting one given `payload`). `holdFirst`: whether even the first window's row waits for the window to open
 * (later windows' rows always do).
 */
async function intoFirstFreeWindow(
  db: OutboxDatabase,
  input: CardUpdateInput,
  scope: string,
  payload: OutboxPayload,
  opensAt: Date,
  now: Date,
  windowMs: number,
  holdFirst: boolean,
): Promise<EnqueueResult & { opensAt: Date }> {
  for (let ahead = 0; ahead <= MAX_WINDOWS_AHEAD; ahead += 1) {
    const at = new Date(opensAt.getTime() + ahead * windowMs);
    const held = holdFirst || ahead > 0;
    const row = {
      dedupeKey: coalesceKey(scope, at, windowMs),
      platform: input.platform,
      recipient: input.recipient,
      operation: 'update' as const,
      payload,
      now,
      ...(held ? { notBefore: at } : {}),
    };
    const result = await enqueue(db, row);
    if (result.created || (await replacePayload(db, result.id, JSON.stringify(payload))))
      return { ...result, opensAt: at };
  }
  throw new Error(`outbox: card ${input.cardKey} has ${MAX_WINDOWS_AHEAD + 1} windows in flight; update dropped`);
}

/**
 * Queues the card's update for the window opening at `opensAt` — not sent
 * before then — for a payload the transport renders when it sends it: one row
 * per card message per window (a later window if that one is already on its
 * way). Until the window opens no sender may take the row, so every change
 * made before then is in the card it sends (see the Teams outbox queue).
 */
export async function scheduleCardUpdate(
  db: OutboxDatabase,
  input: CardUpdateInput,
  opensAt: Date,
  now: Date,
  windowMs = 1_000,
): Promise<EnqueueResult & { opensAt: Date }> {
  const scope = outboxKey(input.cardKey, `${input.platform}:${input.recipient}`, input.platformMessageId);
  const payload: OutboxPayload = { ...input.payload, targetMessageId: input.platformMessageId };
  return intoFirstFreeWindow(db, input, scope, payload, opensAt, now, windowMs, true);
}

/** The newest still-pending row of this card, now carrying `json`; undefined if there is none. */
async function replaceWaiting(
  db: OutboxDatabase,
  input: CardUpdateInput,
  keyPrefix: string,
  json: string,
): Promise<string | undefined> {
  // Matched in JS, not with LIKE: Prisma does not escape % and _, and SQLite's LIKE ignores case.
  const rows = await db.prisma.outboxMessage.findMany({
    where: { platform: input.platform, recipient: input.recipient, operation: 'update', status: 'pending' },
    select: { id: true, dedupeKey: true, queuedAt: true },
  });
  const mine = rows
    .filter((row) => row.dedupeKey.startsWith(keyPrefix))
    .sort(compareQueue)
    .at(-1);
  return mine !== undefined && (await replacePayload(db, mine.id, json)) ? mine.id : undefined;
}

/** Only a pending row may change: one being sent keeps the payload its sender read. */
async function replacePayload(db: OutboxDatabase, id: string, json: string): Promise<boolean> {
  const { count } = await db.prisma.outboxMessage.updateMany({
    where: { id, status: 'pending' },
    data: { payload: json },
  });
  return count === 1;
}
