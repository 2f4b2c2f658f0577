/**
 * What a channel hands composition: everything the shared machinery needs from
 * it, so adding a channel is its own folder plus one line in registry.ts.
 * Composition (compose.ts) mounts the routes, gives the outbox its transport
 * and send limits, delivery its renderer, the shared-card news its listener,
 * and starts and stops it with the app.
 */
import type { Config } from '../config';
import type { Platform } from '../core/types';
import type { PlatformRenderer } from '../delivery/types';
import type { Clock, Logger } from '../features/ports';
import type { BotCore } from '../features/turn';
import type { PlatformLimits } from '../outbox/rate-limiter';
import type { Transport } from '../outbox/types';
import type { RouteModule } from '../server';
import type { Database } from '../store/database';
import type { SharedCardListener, SharedCardNewsPublisher } from './shared-card-news';

/** Knobs for tests and benches; production uses the defaults. */
export interface ChannelOverrides {
  /** Token verification against another OpenID document (tests' local stand-in). */
  readonly teamsAuthEndpoints?: { readonly openIdMetadataUrl: string };
  readonly teamsAuthTimeoutMs?: number;
  readonly teamsSendTimeoutMs?: number;
  /** Jitter source of the outbox backoff (tests make it fixed). */
  readonly outboxRandom?: () => number;
}

/** What every channel is made with. */
export interface ChannelEnvironment {
  readonly config: Config;
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Wakes the outbox dispatcher after the channel queued rows. */
  readonly notifyOutbox: () => void;
  /** Where the channel publishes each turn's shared-card news, once, after the turn. */
  readonly news: SharedCardNewsPublisher;
  readonly overrides: ChannelOverrides;
}

export interface ChannelModule {
  /** The name its turns, accounts, conversations and outbox rows carry. */
  readonly platform: Platform;
  readonly routes: readonly RouteModule[];
  /** Sends this platform's outbox rows (absent: the channel sends nothing proactively). */
  readonly transport?: Transport;
  /** The platform's send limits the outbox keeps (divided among instances). */
  readonly sendLimits?: PlatformLimits;
  /** Renders proactive deliveries (notices, reminders, results) for this platform. */
  readonly renderer?: PlatformRenderer;
  /** Tells this channel's users what turns did to the cell's shared cards. */
  readonly listener?: SharedCardListener;
  /** Background work, started once the server listens. */
  start?(): void;
  /** Stops it, waiting for work in hand, before the outbox and the database close. */
  stop?(): Promise<void>;
}

/** Makes a channel's module, or nothing when the channel is off (not configured). */
export interface ChannelFactory<M extends ChannelModule = ChannelModule> {
  readonly platform: Platform;
  create(env: ChannelEnvironment): M | undefined;
}
