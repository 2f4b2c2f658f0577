/**
 * The outbox as the rest of the bot sees it. Features get an OutboxPort
 * (enqueue with the injected clock, then wake the dispatcher); the
 * composition root builds the dispatcher with the channels' transports.
 */
import { enqueueCardUpdate, type CardUpdateInput } from './coalescer';
import type { OutboxDispatcher } from './dispatcher';
import { enqueue, type EnqueueInput, type EnqueueResult, type OutboxDatabase } from './enqueue';
import type { OutboxClock } from './types';

export { coalesceKey, enqueueCardUpdate, type CardUpdateInput } from './coalescer';
export {
  createOutboxDispatcher,
  type OutboxDispatcher,
  type OutboxDispatcherOptions,
  type OutboxRunStats,
} from './dispatcher';
export { enqueue, outboxKey, type EnqueueInput, type EnqueueResult, type OutboxDatabase } from './enqueue';
export {
  createRateLimiter,
  DEFAULT_LIMITS,
  divideLimits,
  TEAMS_LIMITS,
  ZALO_LIMITS,
  type PlatformLimits,
  type RateLimiter,
} from './rate-limiter';
export * from './types';

/** What features use to send: durable, deduplicated, rate-limited. */
export interface OutboxPort {
  /** Queues one message (insert-or-ignore on its dedupe key). */
  send(input: Omit<EnqueueInput, 'now'>): Promise<EnqueueResult>;
  /** Queues a shared card's new content, coalesced to about one update a second. */
  updateCard(input: CardUpdateInput): Promise<EnqueueResult>;
}

export interface OutboxPortDependencies {
  readonly db: OutboxDatabase;
  readonly clock: OutboxClock;
  /** Woken after each enqueue; leave out where nothing dispatches (tests, the CLI). */
  readonly dispatcher?: Pick<OutboxDispatcher, 'notify'>;
}

/** Builds the features' outbox port. */
export function createOutboxPort(deps: OutboxPortDependencies): OutboxPort {
  const wake = <T>(result: T): T => {
    deps.dispatcher?.notify();
    return result;
  };
  return {
    send: async (input) => wake(await enqueue(deps.db, { ...input, now: deps.clock.now() })),
    updateCard: async (input) => wake(await enqueueCardUpdate(deps.db, input, deps.clock.now())),
  };
}
