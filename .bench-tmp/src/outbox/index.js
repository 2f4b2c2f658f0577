"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __exportStar = (this && this.__exportStar) || function(m, exports) {
    for (var p in m) if (p !== "default" && !Object.prototype.hasOwnProperty.call(exports, p)) __createBinding(exports, m, p);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZALO_LIMITS = exports.TEAMS_LIMITS = exports.divideLimits = exports.DEFAULT_LIMITS = exports.createRateLimiter = exports.outboxKey = exports.enqueue = exports.createOutboxDispatcher = exports.enqueueCardUpdate = exports.coalesceKey = void 0;
exports.createOutboxPort = createOutboxPort;
/**
 * The outbox as the rest of the bot sees it. Features get an OutboxPort
 * (enqueue with the injected clock, then wake the dispatcher); the
 * composition root builds the dispatcher with the channels' transports.
 */
const coalescer_1 = require("./coalescer");
const enqueue_1 = require("./enqueue");
var coalescer_2 = require("./coalescer");
Object.defineProperty(exports, "coalesceKey", { enumerable: true, get: function () { return coalescer_2.coalesceKey; } });
Object.defineProperty(exports, "enqueueCardUpdate", { enumerable: true, get: function () { return coalescer_2.enqueueCardUpdate; } });
var dispatcher_1 = require("./dispatcher");
Object.defineProperty(exports, "createOutboxDispatcher", { enumerable: true, get: function () { return dispatcher_1.createOutboxDispatcher; } });
var enqueue_2 = require("./enqueue");
Object.defineProperty(exports, "enqueue", { enumerable: true, get: function () { return enqueue_2.enqueue; } });
Object.defineProperty(exports, "outboxKey", { enumerable: true, get: function () { return enqueue_2.outboxKey; } });
var rate_limiter_1 = require("./rate-limiter");
Object.defineProperty(exports, "createRateLimiter", { enumerable: true, get: function () { return rate_limiter_1.createRateLimiter; } });
Object.defineProperty(exports, "DEFAULT_LIMITS", { enumerable: true, get: function () { return rate_limiter_1.DEFAULT_LIMITS; } });
Object.defineProperty(exports, "divideLimits", { enumerable: true, get: function () { return rate_limiter_1.divideLimits; } });
Object.defineProperty(exports, "TEAMS_LIMITS", { enumerable: true, get: function () { return rate_limiter_1.TEAMS_LIMITS; } });
Object.defineProperty(exports, "ZALO_LIMITS", { enumerable: true, get: function () { return rate_limiter_1.ZALO_LIMITS; } });
__exportStar(require("./types"), exports);
/** Builds the features' outbox port. */
function createOutboxPort(deps) {
    const wake = (result) => {
        deps.dispatcher?.notify();
        return result;
    };
    return {
        send: async (input) => wake(await (0, enqueue_1.enqueue)(deps.db, { ...input, now: deps.clock.now() })),
        updateCard: async (input) => wake(await (0, coalescer_1.enqueueCardUpdate)(deps.db, input, deps.clock.now())),
    };
}
//# sourceMappingURL=index.js.map