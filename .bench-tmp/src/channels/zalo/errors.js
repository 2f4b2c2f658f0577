"use strict";
/**
 * Zalo's negative `error` codes as typed errors, so callers decide on a kind
 * (refresh the token, fall back to a template, back off app-wide) rather than
 * on magic numbers. Codes from ZALO.md; anything else is `unknown` with its code kept.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZaloApiError = void 0;
exports.isZaloApiError = isZaloApiError;
const KINDS = {
    [-216]: 'token_invalid',
    [-220]: 'token_expired',
    [-230]: 'outside_window',
    [-32]: 'rate_limited',
    [-211]: 'quota_exceeded',
    [-213]: 'not_follower',
    [-403]: 'not_in_group',
    [-237]: 'group_expired',
    [-201]: 'invalid_request',
    [-210]: 'invalid_request',
};
/** A failed Zalo call: `code` is Zalo's (negative) error code, or the HTTP status for `http`. */
class ZaloApiError extends Error {
    code;
    kind;
    constructor(code, message, kind, options) {
        super(message, options);
        this.code = code;
        this.name = 'ZaloApiError';
        this.kind = kind ?? KINDS[code] ?? 'unknown';
    }
    /** The access token was refused: refresh once and retry once. */
    get isTokenError() {
        return this.kind === 'token_invalid' || this.kind === 'token_expired';
    }
}
exports.ZaloApiError = ZaloApiError;
function isZaloApiError(error) {
    return error instanceof ZaloApiError;
}
//# sourceMappingURL=errors.js.map