/**
 * Signed, expiring links bound to one member and one subject (a meeting, a
 * motion, the dashboard): how members on Zalo PC/Web vote, and how the
 * secretary opens the dashboard or downloads the minutes outside Teams.
 * The token is `base64url(payload).base64url(HMAC-SHA256(payload))`; the
 * member it names is the one who acts, so a forwarded link can do only what
 * that member may do, and only until it expires.
 */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { z } from 'zod';

/** committee_report: a committee report's .xlsx/.docx; committee_dashboard: the committee page (issue 15). */
export const LINK_PURPOSES = [
  'vote',
  'rsvp',
  'rollcall',
  'dashboard',
  'minutes',
  'export',
  'committee_report',
  'committee_dashboard',
] as const;
export type LinkPurpose = (typeof LINK_PURPOSES)[number];

const payloadSchema = z.object({
  v: z.literal(1),
  p: z.enum(LINK_PURPOSES),
  /** member id; for the committee purposes the reader's platform identity ("teams:29:…"), which is longer */
  m: z.string().min(1).max(200),
  /** subject id: motion, meeting or cell */
  s: z.string().min(1).max(64),
  /** expiry, epoch seconds */
  e: z.number().int().positive(),
  /** nonce, so two links for the same thing differ */
  n: z.string().min(8).max(32),
});

export interface LinkClaims {
  readonly purpose: LinkPurpose;
  readonly memberId: string;
  readonly subjectId: string;
  readonly expiresAt: Date;
}

export type LinkCheck =
  | { readonly ok: true; readonly claims: LinkClaims }
  | { readonly ok: false; readonly reason: 'malformed' | 'bad_signature' | 'expired' | 'wrong_purpose' };

function mac(secret: string, body: string): Buffer {
  return createHmac('sha256', secret).update(body).digest();
}

/** Signs a link token for one member, one purpose and one subject, valid for `ttlMs` from `now`. */
export function signLink(secret: string, claims: Omit<LinkClaims, 'expiresAt'>, now: Date, ttlMs: number): string {
  const payload = {
    v: 1,
    p: claims.purpose,
    m: claims.memberId,
    s: claims.subjectId,
    e: Math.floor((now.getTime() + ttlMs) / 1000),
    n: randomBytes(9).toString('base64url'),
  };
  const body = Buffer.from(JSON.stringify(payload)).toString('base64url');
  return `${body}.${mac(secret, body).toString('base64url')}`;
}

/** Verifies signature (constant time), expiry and purpose; says why a link is refused. */
export function verifyLink(secret: string, token: string, now: Date, purpose: LinkPurpose): LinkCheck {
  const [body, signature, extra] = token.split('.');
  if (!body || !signature || extra !== undefined || token.length > 1024) return { ok: false, reason: 'malformed' };
  const expected = mac(secret, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected))
    return { ok: false, reason: 'bad_signature' };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const parsed = payloadSchema.safeParse(decoded);
  if (!parsed.success) return { ok: false, reason: 'malformed' };
  const claims = {
    purpose: parsed.data.p,
    memberId: parsed.data.m,
    subjectId: parsed.data.s,
    expiresAt: new Date(parsed.data.e * 1000),
  };
  if (claims.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' };
  if (claims.purpose !== purpose) return { ok: false, reason: 'wrong_purpose' };
  return { ok: true, claims };
}
