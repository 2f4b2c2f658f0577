/**
 * Wires the channels to the shared machinery: Teams and (when configured) Zalo
 * routes, one outbox dispatcher sending through their transports, proactive
 * delivery through their renderers, and the scheduler that uses it.
 */
import type { Config } from '../config';
import { createDelivery, type Delivery } from '../delivery';
import { systemClock, type Clock, type Logger } from '../features/ports';
import type { BotCore } from '../features/turn';
import { createOutboxDispatcher, type OutboxDispatcher } from '../outbox/dispatcher';
import { limitsPerInstance } from '../outbox/rate-limiter';
import { createScheduler, type Scheduler } from '../scheduler';
import type { RouteModule } from '../server';
import type { Database } from '../store/database';
import { createTeamsChannel, type AuthEndpoints, type TeamsChannel } from './teams';
import { createZaloChannel, type ZaloChannel } from './zalo';
import { deferredListener, type SharedCardListener } from './shared-card-news';

export interface ChannelsDependencies {
  readonly config: Config;
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly overrides?: ChannelOverrides;
}

/** Knobs for tests and benches; production uses the defaults. */
export interface ChannelOverrides {
  /** Token verification against another OpenID document (tests' local stand-in). */
  readonly teamsAuthEndpoints?: AuthEndpoints;
  readonly teamsAuthTimeoutMs?: number;
  readonly teamsSendTimeoutMs?: number;
  /** Jitter source of the outbox backoff (tests make it fixed). */
  readonly outboxRandom?: () => number;
}

export interface Channels {
  readonly routes: readonly RouteModule[];
  readonly teams: TeamsChannel;
  /** Present when the ZALO_* credentials are configured. */
  readonly zalo: ZaloChannel | undefined;
  readonly dispatcher: OutboxDispatcher;
  readonly delivery: Delivery;
  readonly scheduler: Scheduler;
  /** Starts the background work (outbox, Zalo worker, scheduler) once the server listens. */
  start(): void;
  /** Stops it, waiting for work in hand, before the database closes. */
  stop(): Promise<void>;
}

export function composeChannels(deps: ChannelsDependencies): Channels {
  const { config, db, bot, clock, logger } = deps;
  const knobs = deps.overrides ?? {};
  // The dispatcher is created after the channels that wake it; the holder breaks that cycle.
  const wiring: { dispatcher?: OutboxDispatcher; zalo?: SharedCardListener } = {};
  const notifyOutbox = (): void => wiring.dispatcher?.notify();
  // Each channel tells the other what its turns did to the cell's shared cards (a cell may use both).
  const teams = createTeamsChannel({
    config, db, bot, clock, logger, notifyOutbox,
    elsewhere: deferredListener(() => wiring.zalo),
    ...(knobs.teamsAuthEndpoints === undefined ? {} : { authEndpoints: knobs.teamsAuthEndpoints }),
    ...(knobs.teamsAuthTimeoutMs === undefined ? {} : { authTimeoutMs: knobs.teamsAuthTimeoutMs }),
    ...(knobs.teamsSendTimeoutMs === undefined ? {} : { sendTimeoutMs: knobs.teamsSendTimeoutMs }),
  });
  const zalo = config.zalo === undefined ? undefined : createZaloChannel({ config, db, bot, clock, logger, notifyOutbox, instanceId: config.instanceId, elsewhere: teams.listener });
  if (zalo) wiring.zalo = zalo.listener;
  const dispatcher = createOutboxDispatcher({
    db, clock, logger, instanceId: config.instanceId,
    transports: [teams.transport, ...(zalo ? [zalo.transport] : [])],
    limits: limitsPerInstance(config.instances),
    retry: { horizonMs: config.outboxRetryHorizonMs },
    // A send waits for its paced slot in real time: only on the system clock (tests drive a manual one).
    ...(clock === systemClock ? { pacing: { maxWaitMs: 1_000 } } : {}),
    ...(knobs.outboxRandom === undefined ? {} : { random: knobs.outboxRandom }),
  });
  wiring.dispatcher = dispatcher;
  const delivery = createDelivery({ db, clock, notify: notifyOutbox, renderers: [teams.renderer, ...(zalo ? [zalo.renderer] : [])] });
  const scheduler = createScheduler({ config, db, delivery, bot, clock, logger, instanceId: config.instanceId });
  return {
    routes: [teams.routes, ...(zalo ? zalo.routes : [])],
    teams,
    zalo,
    dispatcher,
    delivery,
    scheduler,
    start() {
      dispatcher.start();
      zalo?.start();
      scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      await zalo?.stop();
      await dispatcher.stop();
      await teams.close();
    },
  };
}
