/**
 * The webhook signature: `X-ZEvent-Signature` = sha256 hex of
 * (appId + raw body + timestamp + OA secret key) — plain SHA-256, not HMAC.
 * The sources disagree on where the timestamp comes from (the body's
 * `timestamp` or an `X-ZEvent-Timestamp` header) and whether the header reads
 * `mac=<hex>`: every variant is accepted and the one that matched is reported.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export interface SignatureInput {
  readonly appId: string;
  readonly oaSecretKey: string;
  readonly rawBody: string;
  readonly header: string | undefined;
  readonly bodyTimestamp: string | undefined;
  readonly headerTimestamp: string | undefined;
}

export type SignatureCheck =
  | { readonly ok: true; readonly variant: string; readonly timestamp: string }
  | { readonly ok: false; readonly reason: 'missing' | 'malformed' | 'mismatch' };

export function zaloMac(appId: string, rawBody: string, timestamp: string, oaSecretKey: string): string {
  return createHash('sha256').update(`${appId}${rawBody}${timestamp}${oaSecretKey}`, 'utf8').digest('hex');
}

/** Checks the signature against each timestamp source, in constant time per comparison. */
export function verifySignature(input: SignatureInput): SignatureCheck {
  const header = input.header?.trim();
  if (!header) return { ok: false, reason: 'missing' };
  const prefixed = /^mac\s*=\s*/i.test(header);
  const hex = header.replace(/^mac\s*=\s*/i, '').toLowerCase();
  if (!/^[0-9a-f]{64}$/.test(hex)) return { ok: false, reason: 'malformed' };
  const given = Buffer.from(hex, 'hex');
  const sources: [string, string | undefined][] = [
    ['body-timestamp', input.bodyTimestamp],
    ['header-timestamp', input.headerTimestamp],
  ];
  for (const [source, timestamp] of sources) {
    if (timestamp === undefined || timestamp === '') continue;
    const expected = Buffer.from(zaloMac(input.appId, input.rawBody, timestamp, input.oaSecretKey), 'hex');
    if (timingSafeEqual(given, expected))
      return { ok: true, variant: `${source}${prefixed ? ',mac-prefix' : ''}`, timestamp };
  }
  return { ok: false, reason: 'mismatch' };
}

/** Whether an event's timestamp (ms, as Zalo sends it) is inside the window; the future side allows 5 min of clock skew. */
export function isFresh(timestamp: string, now: Date, maxAgeSeconds: number): boolean {
  const at = Number(timestamp);
  if (!Number.isFinite(at) || at <= 0) return false;
  const age = now.getTime() - at;
  return age <= maxAgeSeconds * 1000 && age >= -Math.min(maxAgeSeconds, 300) * 1000;
}
