/**
 * One running instance: database, bot core, HTTP server and its channels, with
 * a graceful close. Everything lives in the returned object; nothing is kept at
 * module level, so tests may run several apps side by side.
 */
import type { Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type restify from 'restify';
import { composeChannels, type ChannelOverrides, type Channels } from './channels/compose';
import type { ChannelFactory } from './channels/module';
import type { Config } from './config';
import { closeHttpGracefully, trackConnections, type ConnectionTracker } from './graceful-close';
import { createBot } from './features/bot';
import { createTallyMemo } from './features/votes/tally-memo';
import { systemClock, type Clock, type Logger } from './features/ports';
import type { BotCore } from './features/turn';
import { createLogger } from './log';
import { createServer, type RouteModule } from './server';
import { openDatabase, type Database } from './store/database';
import { createDocumentLinks } from './web/dashboard/links';
import { createDashboardRoutes } from './web/dashboard/routes';
import { createCommitteeReportLinks } from './web/dashboard/committee-links';
import { createCommitteeRoutes } from './web/dashboard/committee-routes';

export interface App {
  readonly server: restify.Server;
  readonly db: Database;
  readonly bot: BotCore;
  /** The registered channels (Teams, Zalo, the playground), the outbox dispatcher, delivery and the scheduler. */
  readonly channels: Channels;
  /** Starts listening on config.host:config.port; the URL uses `localhost` for wildcard hosts. */
  listen(): Promise<{ url: string }>;
  /** Drains (health 503, listener open until quiet), lets every request sent finish, then closes the database. Idempotent. */
  close(): Promise<void>;
}

export interface AppOverrides {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Extra route modules (channels mounted by the composition root, test probes). */
  readonly routes?: readonly RouteModule[];
  /** How long close() waits for in-flight requests before cutting connections (default: config.shutdownGraceMs). */
  readonly shutdownGraceMs?: number;
  /** Test and bench knobs of the channels (token verification endpoint, timeouts, jitter). */
  readonly channels?: ChannelOverrides;
  /** The channels to run (default: channels/registry.ts; a test adds a fake channel to that list). */
  readonly channelRegistry?: readonly ChannelFactory[];
  /** Whether listen() starts the background work (outbox loop, Zalo worker, scheduler); tests that drive it by hand say false. */
  readonly background?: boolean;
}

/** No new connection (or no request on a connection) for this long counts as quiet when closing. */
const DEFAULT_QUIET_MS = 500;

export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config);
  const clock = overrides.clock ?? systemClock;
  const db = await openDatabase(config.databaseUrl);
  try {
    // Links point at PUBLIC_BASE_URL, else at the address this server actually listens on.
    const address: { url?: string } = {};
    const linkSettings = {
      secret: config.linkSigningSecret,
      baseUrl: () => config.publicBaseUrl ?? address.url ?? `http://localhost:${config.port}`,
      clock,
    };
    const links = createDocumentLinks(linkSettings);
    const committeeLinks = createCommitteeReportLinks(linkSettings);
    // The bot's caches are this app's: two apps in one process share nothing.
    const bot = createBot({ db, clock, logger, links, committeeLinks, tallyMemo: createTallyMemo() });
    const channels = composeChannels({
      config,
      db,
      bot,
      clock,
      logger,
      ...(overrides.channels === undefined ? {} : { overrides: overrides.channels }),
      ...(overrides.channelRegistry === undefined ? {} : { registry: overrides.channelRegistry }),
    });
    const routes: RouteModule[] = [...channels.routes];
    routes.push(createDashboardRoutes({ db, clock, linkSigningSecret: config.linkSigningSecret, links }));
    routes.push(
      createCommitteeRoutes({ db, clock, linkSigningSecret: config.linkSigningSecret, links: committeeLinks }),
    );
    routes.push(...(overrides.routes ?? []));
    const server = createServer({ config, logger, checkDatabase: () => pingDatabase(db), routes });
    const tracker = trackConnections(server.server);
    refuseHealthWhileDraining(server, tracker);
    let closing: Promise<void> | undefined;
    const shutdown = () =>
      closeGracefully({
        http: server.server,
        tracker,
        db,
        channels,
        logger,
        graceMs: overrides.shutdownGraceMs ?? config.shutdownGraceMs,
      });
    return {
      server,
      db,
      bot,
      channels,
      listen: async () => {
        const listening = await listen(server.server, config);
        address.url = listening.url;
        if (overrides.background !== false) channels.start();
        return listening;
      },
      close: () => (closing ??= shutdown()),
    };
  } catch (error) {
    await db.close();
    throw error;
  }
}

async function pingDatabase(db: Database): Promise<void> {
  await db.prisma.$queryRaw`SELECT 1`;
}

function listen(http: HttpServer, config: Pick<Config, 'port' | 'host'>): Promise<{ url: string }> {
  return new Promise((resolve, reject) => {
    http.once('error', reject);
    http.listen(config.port, config.host, () => {
      http.off('error', reject);
      resolve({ url: urlOf(http.address() as AddressInfo, config.host) });
    });
  });
}

function urlOf(address: AddressInfo, host: string): string {
  const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
  return `http://${shown}:${address.port}`;
}

interface ShutdownParts {
  readonly http: HttpServer;
  readonly tracker: ConnectionTracker;
  readonly db: Database;
  readonly channels: Channels;
  readonly logger: Logger;
  readonly graceMs: number;
}

async function closeGracefully({ http, tracker, db, channels, logger, graceMs }: ShutdownParts): Promise<void> {
  logger.info(
    { inflight: tracker.inflight() },
    'shutting down: draining (health 503, connections closed after their response), finishing requests in flight',
  );
  const quietMs = Math.min(DEFAULT_QUIET_MS, graceMs / 4);
  const onGraceOver = (): void =>
    logger.warn({ inflight: tracker.inflight(), graceMs }, 'shutdown grace period over: closing remaining connections');
  await closeHttpGracefully({ http, tracker, graceMs, quietMs, onGraceOver });
  // Background work (outbox sends, Zalo events, scheduler ticks, turns answered early) finishes what it holds before the database goes.
  await channels.stop();
  await db.close();
  logger.info({}, 'shut down');
}

/** While draining, /healthz says 503 so a load balancer sends elsewhere (the listener still accepts meanwhile). */
function refuseHealthWhileDraining(server: restify.Server, tracker: ConnectionTracker): void {
  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    if (!tracker.draining() || req.getPath() !== '/healthz') return next();
    res.setHeader('Cache-Control', 'no-store');
    res.send(503, { status: 'draining', error: { code: 'server.draining', message: 'The server is shutting down.' } });
    return next(false);
  });
}
