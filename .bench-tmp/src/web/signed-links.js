"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LINK_PURPOSES = void 0;
exports.signLink = signLink;
exports.verifyLink = verifyLink;
/**
 * Signed, expiring links bound to one member and one subject (a meeting, a
 * motion, the dashboard): how members on Zalo PC/Web vote, and how the
 * secretary opens the dashboard or downloads the minutes outside Teams.
 * The token is `base64url(payload).base64url(HMAC-SHA256(payload))`; the
 * member it names is the one who acts, so a forwarded link can do only what
 * that member may do, and only until it expires.
 */
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
exports.LINK_PURPOSES = ['vote', 'rsvp', 'rollcall', 'dashboard', 'minutes', 'export'];
const payloadSchema = zod_1.z.object({
    v: zod_1.z.literal(1),
    p: zod_1.z.enum(exports.LINK_PURPOSES),
    /** member id */
    m: zod_1.z.string().min(1).max(64),
    /** subject id: motion, meeting or cell */
    s: zod_1.z.string().min(1).max(64),
    /** expiry, epoch seconds */
    e: zod_1.z.number().int().positive(),
    /** nonce, so two links for the same thing differ */
    n: zod_1.z.string().min(8).max(32),
});
function mac(secret, body) {
    return (0, node_crypto_1.createHmac)('sha256', secret).update(body).digest();
}
/** Signs a link token for one member, one purpose and one subject, valid for `ttlMs` from `now`. */
function signLink(secret, claims, now, ttlMs) {
    const payload = { v: 1, p: claims.purpose, m: claims.memberId, s: claims.subjectId, e: Math.floor((now.getTime() + ttlMs) / 1000), n: (0, node_crypto_1.randomBytes)(9).toString('base64url') };
    const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
    return `${body}.${mac(secret, body).toString('base64url')}`;
}
/** Verifies signature (constant time), expiry and purpose; says why a link is refused. */
function verifyLink(secret, token, now, purpose) {
    const [body, signature, extra] = token.split('.');
    if (!body || !signature || extra !== undefined || token.length > 1024)
        return { ok: false, reason: 'malformed' };
    const expected = mac(secret, body);
    const given = Buffer.from(signature, 'base64url');
    if (given.length !== expected.length || !(0, node_crypto_1.timingSafeEqual)(given, expected))
        return { ok: false, reason: 'bad_signature' };
    let decoded;
    try {
        decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
    }
    catch {
        return { ok: false, reason: 'malformed' };
    }
    const parsed = payloadSchema.safeParse(decoded);
    if (!parsed.success)
        return { ok: false, reason: 'malformed' };
    const claims = { purpose: parsed.data.p, memberId: parsed.data.m, subjectId: parsed.data.s, expiresAt: new Date(parsed.data.e * 1000) };
    if (claims.expiresAt.getTime() <= now.getTime())
        return { ok: false, reason: 'expired' };
    if (claims.purpose !== purpose)
        return { ok: false, reason: 'wrong_purpose' };
    return { ok: true, claims };
}
//# sourceMappingURL=signed-links.js.map