/**
 * Zalo's negative `error` codes as typed errors, so callers decide on a kind
 * (refresh the token, fall back to a template, back off app-wide) rather than
 * on magic numbers. Codes from ZALO.md; anything else is `unknown` with its code kept.
 */

export type ZaloErrorKind =
  | 'token_invalid' // -216
  | 'token_expired' // -220
  | 'outside_window' // -230: the user has not interacted in 7 days (consultation messages only)
  | 'rate_limited' // -32: the app's request budget (~4000/min)
  | 'quota_exceeded' // -211: the OA's message quota
  | 'not_follower' // -213: the user does not follow the OA
  | 'not_in_group' // -403: the OA is not in the group
  | 'group_expired' // -237
  | 'invalid_request' // -201, -210: our request is malformed or too long
  | 'http' // no Zalo answer: HTTP status or network failure
  | 'oauth' // the token endpoint refused (refresh token invalid, used or expired)
  | 'unknown';

const KINDS: Readonly<Record<number, ZaloErrorKind>> = {
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
export class ZaloApiError extends Error {
  readonly kind: ZaloErrorKind;

  constructor(
    readonly code: number,
    message: string,
    kind?: ZaloErrorKind,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'ZaloApiError';
    this.kind = kind ?? KINDS[code] ?? 'unknown';
  }

  /** The access token was refused: refresh once and retry once. */
  get isTokenError(): boolean {
    return this.kind === 'token_invalid' || this.kind === 'token_expired';
  }
}

export function isZaloApiError(error: unknown): error is ZaloApiError {
  return error instanceof ZaloApiError;
}
