"use strict";
/**
 * The outbox's vocabulary: what a row carries, the port each platform
 * implements, and how a platform failure is described.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.TransportError = void 0;
exports.isRetryableStatus = isRetryableStatus;
exports.parseRetryAfter = parseRetryAfter;
exports.parsePayload = parsePayload;
/** A platform call that failed, with what the dispatcher needs to decide on a retry. */
class TransportError extends Error {
    retryable;
    retryAfterMs;
    status;
    scope;
    constructor(message, options = {}) {
        super(message, options.cause === undefined ? undefined : { cause: options.cause });
        this.name = 'TransportError';
        const { status, retryAfterMs } = options;
        if (status !== undefined)
            this.status = status;
        if (retryAfterMs !== undefined)
            this.retryAfterMs = Math.max(0, retryAfterMs);
        this.retryable = options.retryable ?? (status === undefined || isRetryableStatus(status));
        this.scope = options.scope ?? 'recipient';
    }
}
exports.TransportError = TransportError;
/**
 * Teams asks callers to retry 412, 429, 502, 503 and 504; other 5xx are
 * treated as transient too. Every other 4xx (bad request, forbidden, 413 too
 * large, bot removed from the chat) fails the same way again: permanent.
 */
function isRetryableStatus(status) {
    if (status === 408 || status === 412 || status === 429)
        return true;
    return status >= 500 && status !== 501;
}
/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds. */
function parseRetryAfter(header, now) {
    if (header === undefined || header.trim() === '')
        return undefined;
    const seconds = Number(header);
    if (Number.isFinite(seconds))
        return Math.max(0, Math.round(seconds * 1000));
    const at = Date.parse(header);
    return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}
/** Checks a stored payload; rows that fail are dead rather than crashing the batch. */
function parsePayload(json) {
    let value;
    try {
        value = JSON.parse(json);
    }
    catch {
        // Corrupt JSON is reported by the caller as a dead row; nothing to add here.
        return undefined;
    }
    if (typeof value !== 'object' || value === null)
        return undefined;
    const record = value;
    const target = record['targetMessageId'];
    if (target !== undefined && typeof target !== 'string')
        return undefined;
    if (record['kind'] === 'text' && typeof record['text'] === 'string')
        return value;
    if (record['kind'] === 'card' && typeof record['card'] === 'object' && record['card'] !== null) {
        const fallback = record['fallbackText'];
        return fallback === undefined || typeof fallback === 'string' ? value : undefined;
    }
    return undefined;
}
//# sourceMappingURL=types.js.map