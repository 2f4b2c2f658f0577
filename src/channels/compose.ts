/**
 * Wires the registered channels (registry.ts) to the shared machinery: their
 * routes, one outbox dispatcher sending through their transports within their
 * send limits, proactive delivery through their renderers, one list of
 * shared-card listeners every turn's news is published to, and the scheduler.
 */
import type { Config } from '../config';
import { createDelivery, type Delivery } from '../delivery';
import { systemClock, type Clock, type Logger } from '../features/ports';
import type { BotCore } from '../features/turn';
import { createOutboxDispatcher, type OutboxDispatcher } from '../outbox/dispatcher';
import { limitsPerInstance, type PlatformLimits } from '../outbox/rate-limiter';
import { createScheduler, type Scheduler } from '../scheduler';
import type { RouteModule } from '../server';
import type { Database } from '../store/database';
import type { ChannelFactory, ChannelModule, ChannelOverrides } from './module';
import { CHANNEL_REGISTRY } from './registry';
import { createSharedCardNews } from './shared-card-news';

export type { ChannelOverrides } from './module';

export interface ChannelsDependencies {
  readonly config: Config;
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly overrides?: ChannelOverrides;
  /** The channels to run (default: CHANNEL_REGISTRY; tests add a fake one to it). */
  readonly registry?: readonly ChannelFactory[];
}

export interface Channels {
  readonly routes: readonly RouteModule[];
  /** The channels that are on, in registry order. */
  readonly modules: readonly ChannelModule[];
  /** The module a factory made, typed as that channel's (undefined when it is off). */
  get<M extends ChannelModule>(factory: ChannelFactory<M>): M | undefined;
  readonly dispatcher: OutboxDispatcher;
  readonly delivery: Delivery;
  readonly scheduler: Scheduler;
  /** Starts the background work (outbox, channels' workers, scheduler) once the server listens. */
  start(): void;
  /** Stops it, waiting for work in hand, before the database closes. */
  stop(): Promise<void>;
}

function present<T>(value: T | undefined): value is T {
  return value !== undefined;
}

export function composeChannels(deps: ChannelsDependencies): Channels {
  const { config, db, bot, clock, logger } = deps;
  const knobs = deps.overrides ?? {};
  // The dispatcher is created after the channels that wake it; the holder breaks that cycle.
  const wiring: { dispatcher?: OutboxDispatcher } = {};
  const notifyOutbox = (): void => wiring.dispatcher?.notify();
  const news = createSharedCardNews(logger);
  const made = new Map<ChannelFactory, ChannelModule>();
  for (const factory of deps.registry ?? CHANNEL_REGISTRY) {
    const module = factory.create({ config, db, bot, clock, logger, notifyOutbox, news, overrides: knobs });
    if (module !== undefined) made.set(factory, module);
  }
  const modules = [...made.values()];
  for (const listener of modules.map((m) => m.listener).filter(present)) news.listen(listener);
  const limits: Record<string, PlatformLimits> = Object.fromEntries(
    modules.flatMap((m) => (m.sendLimits === undefined ? [] : [[m.platform, m.sendLimits]])),
  );
  const dispatcher = createOutboxDispatcher({
    db,
    clock,
    logger,
    instanceId: config.instanceId,
    transports: modules.map((m) => m.transport).filter(present),
    limits: limitsPerInstance(config.instances, limits),
    retry: { horizonMs: config.outboxRetryHorizonMs },
    // A send waits for its paced slot in real time: only on the system clock (tests drive a manual one).
    ...(clock === systemClock ? { pacing: { maxWaitMs: 1_000 } } : {}),
    ...(knobs.outboxRandom === undefined ? {} : { random: knobs.outboxRandom }),
  });
  wiring.dispatcher = dispatcher;
  const delivery = createDelivery({
    db,
    clock,
    notify: notifyOutbox,
    renderers: modules.map((m) => m.renderer).filter(present),
  });
  const scheduler = createScheduler({ config, db, delivery, bot, clock, logger, instanceId: config.instanceId });
  return {
    routes: modules.flatMap((m) => m.routes),
    modules,
    get: <M extends ChannelModule>(factory: ChannelFactory<M>) => made.get(factory) as M | undefined,
    dispatcher,
    delivery,
    scheduler,
    start() {
      dispatcher.start();
      for (const module of modules) module.start?.();
      scheduler.start();
    },
    async stop() {
      await scheduler.stop();
      // Channels first: what their last turns queue is still sent before the dispatcher stops.
      for (const module of modules) await module.stop?.();
      await dispatcher.stop();
    },
  };
}
