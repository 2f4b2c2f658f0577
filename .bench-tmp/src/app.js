"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createApp = createApp;
const compose_1 = require("./channels/compose");
const playground_1 = require("./channels/playground");
const bot_1 = require("./features/bot");
const ports_1 = require("./features/ports");
const log_1 = require("./log");
const server_1 = require("./server");
const database_1 = require("./store/database");
const DEFAULT_SHUTDOWN_GRACE_MS = 10_000;
async function createApp(config, overrides = {}) {
    const logger = overrides.logger ?? (0, log_1.createLogger)(config);
    const clock = overrides.clock ?? ports_1.systemClock;
    const db = await (0, database_1.openDatabase)(config.databaseUrl);
    try {
        const bot = (0, bot_1.createBot)({ db, clock, logger });
        const channels = (0, compose_1.composeChannels)({
            config, db, bot, clock, logger,
            ...(overrides.teamsAuthEndpoints === undefined ? {} : { teamsAuthEndpoints: overrides.teamsAuthEndpoints }),
        });
        const routes = [...channels.routes];
        if (config.playgroundEnabled)
            routes.push((0, playground_1.createPlaygroundRoutes)({ bot, db, clock }));
        routes.push(...(overrides.routes ?? []));
        const server = (0, server_1.createServer)({ config, logger, checkDatabase: () => pingDatabase(db), routes });
        const tracker = trackResponses(server.server);
        let closing;
        const shutdown = () => closeGracefully({ http: server.server, tracker, db, channels, logger, graceMs: overrides.shutdownGraceMs ?? DEFAULT_SHUTDOWN_GRACE_MS });
        return {
            server,
            db,
            bot,
            channels,
            listen: async () => {
                const address = await listen(server.server, config);
                channels.start();
                return address;
            },
            close: () => (closing ??= shutdown()),
        };
    }
    catch (error) {
        await db.close();
        throw error;
    }
}
async function pingDatabase(db) {
    await db.prisma.$queryRaw `SELECT 1`;
}
function listen(http, config) {
    return new Promise((resolve, reject) => {
        http.once('error', reject);
        http.listen(config.port, config.host, () => {
            http.off('error', reject);
            resolve({ url: urlOf(http.address(), config.host) });
        });
    });
}
function urlOf(address, host) {
    const shown = host === '0.0.0.0' || host === '::' ? 'localhost' : host.includes(':') ? `[${host}]` : host;
    return `http://${shown}:${address.port}`;
}
/** Tracks responses in flight so close() can finish them on connections that then close. */
function trackResponses(http) {
    const inflight = new Set();
    let draining = false;
    http.prependListener('request', (_req, res) => {
        if (draining)
            res.setHeader('Connection', 'close');
        inflight.add(res);
        res.once('close', () => {
            inflight.delete(res);
            // A keep-alive socket turns idle once its response is done: drop it, or close() would wait for its timeout.
            if (draining)
                http.closeIdleConnections();
        });
    });
    return {
        inflight: () => inflight.size,
        startDraining() {
            draining = true;
            for (const res of inflight)
                if (!res.headersSent)
                    res.setHeader('Connection', 'close');
            http.closeIdleConnections();
        },
    };
}
async function closeGracefully({ http, tracker, db, channels, logger, graceMs }) {
    logger.info({ inflight: tracker.inflight() }, 'shutting down: refusing new connections, finishing requests in flight');
    if (http.listening) {
        const closed = new Promise((resolve) => http.close(() => resolve()));
        tracker.startDraining();
        const deadline = setTimeout(() => {
            logger.warn({ inflight: tracker.inflight(), graceMs }, 'shutdown grace period over: closing remaining connections');
            http.closeAllConnections();
        }, graceMs);
        try {
            await closed;
        }
        finally {
            clearTimeout(deadline);
        }
    }
    // Background work (outbox sends, Zalo events, scheduler ticks) finishes what it holds before the database goes.
    await channels.stop();
    await db.close();
    logger.info({}, 'shut down');
}
//# sourceMappingURL=app.js.map