"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZaloApiError = exports.LINK_PAGE_PATH = exports.WEBHOOK_PATH = void 0;
exports.createZaloChannel = createZaloChannel;
/**
 * The Zalo Official Account channel: the signed webhook and its durable queue
 * and worker, the OA API client with rotating tokens, the outbox transport,
 * the renderer for proactive sends, and the signed answer pages.
 *
 * Composition (src/app.ts), when config.zalo is set:
 *   const zalo = createZaloChannel({ config, db, bot, clock, logger, notifyOutbox: () => wiring.dispatcher?.notify() });
 *   routes.push(...zalo.routes); transports.push(zalo.transport); renderers.push(zalo.renderer);
 *   zalo.start();            // after listen; and `await zalo.stop()` first thing in close()
 */
const node_crypto_1 = require("node:crypto");
const client_1 = require("./client");
const outbound_1 = require("./outbound");
const page_route_1 = require("./page-route");
const render_1 = require("./render");
const tokens_1 = require("./tokens");
const transport_1 = require("./transport");
const webhook_route_1 = require("./webhook-route");
const worker_1 = require("./worker");
var webhook_route_2 = require("./webhook-route");
Object.defineProperty(exports, "WEBHOOK_PATH", { enumerable: true, get: function () { return webhook_route_2.WEBHOOK_PATH; } });
var render_2 = require("./render");
Object.defineProperty(exports, "LINK_PAGE_PATH", { enumerable: true, get: function () { return render_2.LINK_PAGE_PATH; } });
var errors_1 = require("./errors");
Object.defineProperty(exports, "ZaloApiError", { enumerable: true, get: function () { return errors_1.ZaloApiError; } });
function createZaloChannel(deps) {
    const zalo = deps.config.zalo;
    if (zalo === undefined)
        throw new Error('zalo: ZALO_APP_ID, ZALO_APP_SECRET and ZALO_OA_SECRET_KEY are not set');
    const logger = deps.logger.child({ channel: 'zalo' });
    const notifyOutbox = deps.notifyOutbox ?? (() => undefined);
    const tokens = (0, tokens_1.createTokenManager)({
        db: deps.db,
        clock: deps.clock,
        logger,
        oauth: { appId: zalo.appId, appSecret: zalo.appSecret, oauthBaseUrl: zalo.oauthBaseUrl, timeoutMs: 10_000 },
        instanceId: deps.instanceId ?? `zalo-${(0, node_crypto_1.randomUUID)()}`,
    });
    const client = (0, client_1.createZaloClient)({ apiBaseUrl: zalo.apiBaseUrl, tokens });
    const render = {
        linkSigningSecret: deps.config.linkSigningSecret,
        clock: deps.clock,
        ...(deps.config.publicBaseUrl === undefined ? {} : { publicBaseUrl: deps.config.publicBaseUrl }),
    };
    const outbound = (0, outbound_1.createZaloOutbound)({ db: deps.db, bot: deps.bot, clock: deps.clock, logger, render, notify: notifyOutbox });
    const worker = (0, worker_1.createZaloWorker)({
        db: deps.db,
        clock: deps.clock,
        logger,
        inbound: { db: deps.db, bot: deps.bot, clock: deps.clock, logger, outbound },
        ...(deps.pollIntervalMs === undefined ? {} : { pollIntervalMs: deps.pollIntervalMs }),
    });
    const routes = [
        (0, webhook_route_1.createWebhookRoute)({ config: zalo, db: deps.db, clock: deps.clock, notify: () => worker.notify() }),
        (0, page_route_1.createPageRoutes)({ db: deps.db, bot: deps.bot, clock: deps.clock, linkSigningSecret: deps.config.linkSigningSecret }),
    ];
    return {
        routes,
        transport: (0, transport_1.createZaloTransport)({ client, db: deps.db, clock: deps.clock, logger }),
        renderer: (0, render_1.createZaloRenderer)(render),
        client,
        worker,
        announce: (cellId, cardKey, locale = 'vi') => outbound.announce(cellId, cardKey, locale),
        start: () => worker.start(),
        stop: () => worker.stop(),
    };
}
//# sourceMappingURL=index.js.map