"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.zaloMac = zaloMac;
exports.verifySignature = verifySignature;
exports.isFresh = isFresh;
/**
 * The webhook signature: `X-ZEvent-Signature` = sha256 hex of
 * (appId + raw body + timestamp + OA secret key) — plain SHA-256, not HMAC.
 * The sources disagree on where the timestamp comes from (the body's
 * `timestamp` or an `X-ZEvent-Timestamp` header) and whether the header reads
 * `mac=<hex>`: every variant is accepted and the one that matched is reported.
 */
const node_crypto_1 = require("node:crypto");
function zaloMac(appId, rawBody, timestamp, oaSecretKey) {
    return (0, node_crypto_1.createHash)('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`, 'utf8').digest('hex');
}
/** Checks the signature against each timestamp source, in constant time per comparison. */
function verifySignature(input) {
    const header = input.header?.trim();
    if (!header)
        return { ok: false, reason: 'missing' };
    const prefixed = /^mac\s*=\s*/i.test(header);
    const hex = header.replace(/^mac\s*=\s*/i, '').toLowerCase();
    if (!/^[0-9a-f]{64}$/.test(hex))
        return { ok: false, reason: 'malformed' };
    const given = Buffer.from(hex, 'hex');
    const sources = [
        ['body-timestamp', input.bodyTimestamp],
        ['header-timestamp', input.headerTimestamp],
    ];
    for (const [source, timestamp] of sources) {
        if (timestamp === undefined || timestamp === '')
            continue;
        const expected = Buffer.from(zaloMac(input.appId, input.rawBody, timestamp, input.oaSecretKey), 'hex');
        if ((0, node_crypto_1.timingSafeEqual)(given, expected))
            return { ok: true, variant: `${source}${prefixed ? ',mac-prefix' : ''}`, timestamp };
    }
    return { ok: false, reason: 'mismatch' };
}
/** Whether an event's timestamp (ms, as Zalo sends it) is inside the window; the future side allows 5 min of clock skew. */
function isFresh(timestamp, now, maxAgeSeconds) {
    const at = Number(timestamp);
    if (!Number.isFinite(at) || at <= 0)
        return false;
    const age = now.getTime() - at;
    return age <= maxAgeSeconds * 1000 && age >= -Math.min(maxAgeSeconds, 300) * 1000;
}
//# sourceMappingURL=signature.js.map