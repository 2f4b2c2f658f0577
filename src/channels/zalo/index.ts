/**
 * The Zalo Official Account channel: the signed webhook and its durable queue
 * and worker, the OA API client with rotating tokens, the outbox transport,
 * the renderer for proactive sends, and the signed answer pages.
 *
 * Registered in src/channels/registry.ts (on when config.zalo is set).
 */
import { randomUUID } from 'node:crypto';
import type { Config, ZaloConfig } from '../../config';
import type { Locale } from '../../core/types';
import type { PlatformRenderer } from '../../delivery/types';
import type { Clock, Logger } from '../../features/ports';
import type { BotCore } from '../../features/turn';
import type { Transport } from '../../outbox/types';
import type { RouteModule } from '../../server';
import type { Database } from '../../store/database';
import { createZaloClient, type ZaloClient } from './client';
import { createZaloOutbound } from './outbound';
import { createPageRoutes } from './page-route';
import { createZaloRenderer, type ZaloRendererDependencies } from './render';
import { createTokenManager } from './tokens';
import { createZaloTransport } from './transport';
import { createWebhookRoute } from './webhook-route';
import { createZaloWorker, type ZaloWorker } from './worker';
import { createZaloListener } from './listener';
import { sharedCardNews, type SharedCardListener, type SharedCardNewsPublisher } from '../shared-card-news';
import type { ChannelModule } from '../module';
import { ZALO_LIMITS } from '../../outbox/rate-limiter';

export { WEBHOOK_PATH } from './webhook-route';
export { LINK_PAGE_PATH } from './render';
export { ZaloApiError, type ZaloErrorKind } from './errors';

export interface ZaloChannelDependencies {
  readonly config: Pick<Config, 'linkSigningSecret' | 'publicBaseUrl'> & { readonly zalo?: ZaloConfig };
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: Clock;
  readonly logger: Logger;
  /** Wakes the outbox dispatcher after the channel queued messages. */
  readonly notifyOutbox?: () => void;
  /** Lease holder name for the token refresh (default: a random id per channel). */
  readonly instanceId?: string;
  /** Worker poll interval (default 1 s). */
  readonly pollIntervalMs?: number;
  /** Where a Zalo turn's shared-card news goes (default: to Zalo's own listener alone). */
  readonly news?: SharedCardNewsPublisher;
}

export interface ZaloChannel extends ChannelModule {
  readonly routes: RouteModule[];
  readonly transport: Transport;
  readonly renderer: PlatformRenderer;
  /** The OA API (quota checks, tests). */
  readonly client: ZaloClient;
  /** The webhook queue's worker (tests drive it with runOnce). */
  readonly worker: ZaloWorker;
  /** Sends a shared card (`notice:<id>`, `vote:<id>`, `rollcall:<id>`) to the cell's linked members and OA groups. */
  announce(cellId: string, cardKey: string, locale?: Locale): Promise<number>;
  /** Tells the cell's Zalo members what a turn in another channel did to the shared cards. */
  readonly listener: SharedCardListener;
  start(): void;
  /** Stops the worker and waits for the event in hand. */
  stop(): Promise<void>;
}

export function createZaloChannel(deps: ZaloChannelDependencies): ZaloChannel {
  const zalo = deps.config.zalo;
  if (zalo === undefined) throw new Error('zalo: ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY are not set');
  const logger = deps.logger.child({ channel: 'zalo' });
  const notifyOutbox = deps.notifyOutbox ?? (() => undefined);
  const tokens = createTokenManager({
    db: deps.db,
    clock: deps.clock,
    logger,
    oauth: { appId: zalo.appId, appSecret: zalo.appSecret, oauthBaseUrl: zalo.oauthBaseUrl, timeoutMs: 10_000 },
    instanceId: deps.instanceId ?? `zalo-${randomUUID()}`,
  });
  const client = createZaloClient({ apiBaseUrl: zalo.apiBaseUrl, tokens });
  const render: ZaloRendererDependencies = {
    linkSigningSecret: deps.config.linkSigningSecret,
    clock: deps.clock,
    ...(deps.config.publicBaseUrl === undefined ? {} : { publicBaseUrl: deps.config.publicBaseUrl }),
  };
  const outbound = createZaloOutbound({
    db: deps.db,
    bot: deps.bot,
    clock: deps.clock,
    logger,
    render,
    notify: notifyOutbox,
  });
  const listener = createZaloListener(outbound);
  const news = deps.news ?? ownNewsOnly(listener);
  const worker = createZaloWorker({
    db: deps.db,
    clock: deps.clock,
    logger,
    inbound: { db: deps.db, bot: deps.bot, clock: deps.clock, logger, outbound, news },
    ...(deps.pollIntervalMs === undefined ? {} : { pollIntervalMs: deps.pollIntervalMs }),
  });
  const routes = [
    createWebhookRoute({ config: zalo, db: deps.db, clock: deps.clock, notify: () => worker.notify() }),
    createPageRoutes({
      db: deps.db,
      bot: deps.bot,
      clock: deps.clock,
      linkSigningSecret: deps.config.linkSigningSecret,
    }),
  ];
  return {
    platform: 'zalo',
    routes,
    sendLimits: ZALO_LIMITS,
    transport: createZaloTransport({ client, db: deps.db, clock: deps.clock, logger }),
    renderer: createZaloRenderer(render),
    client,
    worker,
    announce: (cellId, cardKey, locale = 'vi') => outbound.announce(cellId, cardKey, locale),
    listener,
    start: () => worker.start(),
    stop: () => worker.stop(),
  };
}

/** Standing alone (no composition), a Zalo turn's news still reaches its own members and groups. */
function ownNewsOnly(listener: SharedCardListener): SharedCardNewsPublisher {
  return {
    publish: async (origin, result, cellOf) => {
      const news = sharedCardNews(origin, result);
      if (!listener.wants(news)) return;
      const cellId = await cellOf();
      if (cellId !== null) await listener.hear(cellId, news);
    },
  };
}
