"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.startStandIn = startStandIn;
/**
 * A local stand-in for the Bot Connector that enforces Teams' limits the way
 * the service counts them (sliding windows): 7 per second and 60 per 30 s per
 * conversation, about 50 per second overall. Over a limit it answers 429 with
 * Retry-After, as Teams does. It counts what it accepted per conversation.
 */
const node_http_1 = __importDefault(require("node:http"));
const PER_CONVERSATION = [
    { limit: 7, ms: 1_000 },
    { limit: 60, ms: 30_000 },
];
const GLOBAL = [{ limit: 50, ms: 1_000 }];
/** Milliseconds until the log has room under every window (0 = room now). */
function wait(log, windows, now) {
    let until = 0;
    for (const { limit, ms } of windows) {
        const inside = log.filter((t) => t > now - ms);
        if (inside.length >= limit)
            until = Math.max(until, (inside[inside.length - limit] ?? now) + ms - now);
    }
    return until;
}
function prune(log, now, span) {
    while (log.length > 0 && (log[0] ?? 0) <= now - span)
        log.shift();
}
async function startStandIn() {
    const accepted = new Map();
    const stats = { requests: 0, throttled: 0 };
    const perConversation = new Map();
    const global = [];
    const server = node_http_1.default.createServer((req, res) => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(req.url ?? '');
        req.resume();
        req.on('end', () => {
            stats.requests += 1;
            if (req.method !== 'POST' || !match?.[1]) {
                res.writeHead(404).end();
                return;
            }
            const conversation = decodeURIComponent(match[1]);
            const now = Date.now();
            const log = perConversation.get(conversation) ?? [];
            prune(log, now, 30_000);
            prune(global, now, 1_000);
            const retry = Math.max(wait(log, PER_CONVERSATION, now), wait(global, GLOBAL, now));
            if (retry > 0) {
                stats.throttled += 1;
                res.writeHead(429, { 'Retry-After': String(Math.max(1, Math.ceil(retry / 1000))) }).end();
                return;
            }
            log.push(now);
            global.push(now);
            perConversation.set(conversation, log);
            accepted.set(conversation, (accepted.get(conversation) ?? 0) + 1);
            res.writeHead(201, { 'Content-Type': 'application/json' }).end(JSON.stringify({ id: `activity-${stats.requests}` }));
        });
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address();
    return {
        url: `http://127.0.0.1:${port}`,
        accepted,
        stats,
        close: () => new Promise((resolve) => server.close(() => resolve())),
    };
}
//# sourceMappingURL=fanout-stand-in.js.map