/**
 * One running instance: database, bot core, HTTP server and its channels, with
 * a graceful close. Everything lives in the returned object; nothing is kept at
 * module level, so tests may run several apps side by side.
 */
import type { Server as HttpServer, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type restify from 'restify';
import { composeChannels, type ChannelOverrides, type Channels } from './channels/compose';
import { createPlaygroundRoutes } from './channels/playground';
import type { Config } from './config';
import { createBot } from './features/bot';
import { systemClock, type Clock, type Logger } from './features/ports';
import type { BotCore } from './features/turn';
import { createLogger } from './log';
import { createServer, type RouteModule } from './server';
import { openDatabase, type Database } from './store/database';
import { createDocumentLinks } from './web/dashboard/links';
import { createDashboardRoutes } from './web/dashboard/routes';

export interface App {
  readonly server: restify.Server;
  readonly db: Database;
  readonly bot: BotCore;
  /** Teams, Zalo, the outbox dispatcher, delivery and the scheduler. */
  readonly channels: Channels;
  /** Starts listening on config.host:config.port; the URL uses `localhost` for wildcard hosts. */
  listen(): Promise<{ url: string }>;
  /** Stops accepting connections, lets in-flight requests finish, then closes the database. Idempotent. */
  close(): Promise<void>;
}

export interface AppOverrides {
  readonly clock?: Clock;
  readonly logger?: Logger;
  /** Extra route modules (channels mounted by the composition root, test probes). */
  readonly routes?: readonly RouteModule[];
  /** How long close() waits for in-flight requests before cutting connections (default 10 s). */
  readonly shutdownGraceMs?: number;
  /** Test and bench knobs of the channels (token verification endpoint, timeouts, jitter). */
  readonly channels?: ChannelOverrides;
  /** Whether listen() starts the background work (outbox loop, Zalo worker, scheduler); tests that drive it by hand say false. */
  readonly background?: boolean;
}

const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;

export async function createApp(config: Config, overrides: AppOverrides = {}): Promise<App> {
  const logger = overrides.logger ?? createLogger(config);
  const clock = overrides.clock ?? systemClock;
  const db = await openDatabase(config.databaseUrl);
  try {
    // Links point at PUBLIC_BASE_URL, else at the address this server actually listens on.
    const address: { url?: string } = {};
    const links = createDocumentLinks({ secret: config.linkSigningSecret, baseUrl: () => config.publicBaseUrl ?? address.url ?? `http://localhost:${config.port}`, clock });
    const bot = createBot({ db, clock, logger, links });
    const channels = composeChannels({ config, db, bot, clock, logger, ...(overrides.channels === undefined ? {} : { overrides: overrides.channels }) });
    const routes: RouteModule[] = [...channels.routes];
    routes.push(createDashboardRoutes({ db, clock, linkSigningSecret: config.linkSigningSecret, links }));
    if (config.playgroundEnabled) routes.push(createPlaygroundRoutes({ bot, db, clock }));
    routes.push(...(overrides.routes ?? []));
    const server = createServer({ config, logger, checkDatabase: () => pingDatabase(db), routes });
    const tracker = trackResponses(server.server);
    let closing: Promise<void> | undefined;
    const shutdown = () => closeGracefully({ http: server.server, tracker, db, channels, logger, graceMs: overrides.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS });
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

interface ResponseTracker {
  readonly inflight: () => number;
  /** From now on every response closes its connection, and idle keep-alive sockets are dropped. */
  startDraining(): void;
}

/** Tracks responses in flight so close() can finish them on connections that then close. */
function trackResponses(http: HttpServer): ResponseTracker {
  const inflight = new Set<ServerResponse>();
  let draining = false;
  http.prependListener('request', (_req, res: ServerResponse) => {
    if (draining) res.setHeader('Connection', 'close');
    inflight.add(res);
    res.once('close', () => {
      inflight.delete(res);
      // A keep-alive socket turns idle once its response is done: drop it, or close() would wait for its timeout.
      if (draining) http.closeIdleConnections();
    });
  });
  return {
    inflight: () => inflight.size,
    startDraining() {
      draining = true;
      for (const res of inflight) if (!res.headersSent) res.setHeader('Connection', 'close');
      http.closeIdleConnections();
    },
  };
}

interface ShutdownParts {
  readonly http: HttpServer;
  readonly tracker: ResponseTracker;
  readonly db: Database;
  readonly channels: Channels;
  readonly logger: Logger;
  readonly graceMs: number;
}

async function closeGracefully({ http, tracker, db, channels, logger, graceMs }: ShutdownParts): Promise<void> {
  logger.info({ inflight: tracker.inflight() }, 'shutting down: refusing new connections, finishing requests in flight');
  if (http.listening) {
    const closed = new Promise<void>((resolve) => http.close(() => resolve()));
    tracker.startDraining();
    const deadline = setTimeout(() => {
      logger.warn({ inflight: tracker.inflight(), graceMs }, 'shutdown grace period over: closing remaining connections');
      http.closeAllConnections();
    }, graceMs);
    try {
      await closed;
    } finally {
      clearTimeout(deadline);
    }
  }
  // Background work (outbox sends, Zalo events, scheduler ticks) finishes what it holds before the database goes.
  await channels.stop();
  await db.close();
  logger.info({}, 'shut down');
}
