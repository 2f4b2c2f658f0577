"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.WEBHOOK_PATH = void 0;
exports.createWebhookRoute = createWebhookRoute;
const server_1 = require("../../server");
const event_queue_1 = require("./event-queue");
const json_1 = require("./json");
const signature_1 = require("./signature");
exports.WEBHOOK_PATH = '/api/zalo/webhook';
function rawBodyOf(req) {
    const raw = req.rawBody ?? req.body;
    if (typeof raw === 'string')
        return raw;
    return Buffer.isBuffer(raw) ? raw.toString('utf8') : '';
}
function headerOf(req, name) {
    const value = req.header(name);
    return typeof value === 'string' && value !== '' ? value : undefined;
}
function parseBody(raw) {
    try {
        const body = (0, json_1.recordOf)((0, json_1.parseZaloJson)(raw));
        if (body !== undefined)
            return body;
    }
    catch (error) {
        throw new server_1.ApiError(400, 'zalo.webhook_invalid', `The body is not a JSON object (${error instanceof Error ? error.name : 'error'}).`);
    }
    throw new server_1.ApiError(400, 'zalo.webhook_invalid', 'The body is not a JSON object.');
}
/** Signature, then app id, then freshness; each refusal is logged once and stores nothing. */
function authenticate(deps, req, raw, body) {
    const { logger } = (0, server_1.requestContext)(req);
    const check = (0, signature_1.verifySignature)({
        appId: deps.config.appId,
        oaSecretKey: deps.config.oaSecretKey,
        rawBody: raw,
        header: headerOf(req, 'x-zevent-signature'),
        bodyTimestamp: (0, json_1.idOf)(body['timestamp']),
        headerTimestamp: headerOf(req, 'x-zevent-timestamp'),
    });
    if (!check.ok) {
        logger.warn({ reason: check.reason, event: String(body['event_name']) }, 'zalo: webhook refused: bad signature');
        throw new server_1.ApiError(401, 'zalo.webhook_signature', 'The signature does not match.');
    }
    if ((0, json_1.idOf)(body['app_id']) !== deps.config.appId) {
        logger.warn({ appId: (0, json_1.idOf)(body['app_id']) ?? null }, 'zalo: webhook refused: another app id');
        throw new server_1.ApiError(403, 'zalo.webhook_app', 'This webhook serves another app.');
    }
    if (!(0, signature_1.isFresh)(check.timestamp, deps.clock.now(), deps.config.webhookMaxAgeSeconds)) {
        logger.warn({ timestamp: check.timestamp }, 'zalo: webhook refused: stale or future timestamp');
        throw new server_1.ApiError(401, 'zalo.webhook_stale', 'The event is too old.');
    }
    return check.variant;
}
async function handleWebhook(deps, req, res) {
    const raw = rawBodyOf(req);
    const { logger } = (0, server_1.requestContext)(req);
    const body = raw.trim() === '' ? {} : parseBody(raw);
    if (Object.keys(body).length === 0) {
        logger.info({ signed: headerOf(req, 'x-zevent-signature') !== undefined }, 'zalo: webhook probe');
        res.send(200, {});
        return;
    }
    const variant = authenticate(deps, req, raw, body);
    const eventName = typeof body['event_name'] === 'string' ? body['event_name'].slice(0, 64) : 'unknown';
    const msgId = (0, json_1.idOf)((0, json_1.recordOf)(body['message'])?.['msg_id']);
    const created = await (0, event_queue_1.queueEvent)(deps.db, { dedupeKey: (0, event_queue_1.dedupeKeyOf)(msgId, raw), eventName, body: raw, now: deps.clock.now() });
    logger.info({ event: eventName, signatureVariant: variant, duplicate: !created }, created ? 'zalo: webhook event queued' : 'zalo: webhook event already seen');
    res.send(200, {});
    if (created)
        deps.notify();
}
function createWebhookRoute(deps) {
    return {
        name: 'zalo.webhook',
        register(server) {
            server.post(exports.WEBHOOK_PATH, async (req, res) => handleWebhook(deps, req, res));
        },
    };
}
//# sourceMappingURL=webhook-route.js.map