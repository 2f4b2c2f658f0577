/**
 * The outbox's vocabulary: what a row carries, the port each platform
 * implements, and how a platform failure is described.
 */

/** Plain text (Teams markdown subset; Zalo ≤ 2000 characters, checked by the channel). */
export interface TextPayload {
  readonly kind: 'text';
  readonly text: string;
  /** For an update: the platform id of the message to replace. */
  readonly targetMessageId?: string;
}

/**
 * A rich message already rendered for its platform: an Adaptive Card 1.5 on
 * Teams, the Zalo `message` object (text + attachment) on Zalo. The outbox
 * stores it as JSON and never looks inside.
 */
export interface CardPayload {
  readonly kind: 'card';
  readonly card: object;
  /** Shown where the card cannot be (notifications, clients without cards). */
  readonly fallbackText?: string;
  readonly targetMessageId?: string;
}

/**
 * A shared card (`vote:<motionId>`…) that the platform's transport renders when
 * it sends the row: a coalesced update that waited behind the rate limit then
 * shows the state at its send, never the state when it was queued.
 */
export interface SharedCardPayload {
  readonly kind: 'shared-card';
  readonly cardKey: string;
  readonly targetMessageId?: string;
}

/** A payload with its content in it (a shared card once rendered). */
export type RenderedPayload = TextPayload | CardPayload;

/** What one outbox row sends; must survive JSON.stringify/parse unchanged. */
export type OutboxPayload = TextPayload | CardPayload | SharedCardPayload;

export type OutboxOperation = 'send' | 'update';
export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'dead';

/** One platform's outbound port; the channel adapters implement it. */
export interface Transport {
  readonly platform: string;
  /**
   * Delivers a new message. Must settle well within the dispatcher's lease
   * (give HTTP calls a timeout) and throw a TransportError describing failures.
   */
  send(recipient: string, payload: OutboxPayload): Promise<{ platformMessageId?: string }>;
  /** Replaces an earlier message; platforms that cannot edit leave it out. */
  update?(recipient: string, platformMessageId: string, payload: OutboxPayload): Promise<void>;
}

/** Whose budget a rate-limit answer speaks about. */
export type RateLimitScope = 'recipient' | 'platform';

export interface TransportErrorOptions {
  readonly status?: number;
  /** Defaults from the status (see isRetryableStatus); without a status, retryable (network). */
  readonly retryable?: boolean;
  /** From the platform's Retry-After: the next attempt happens exactly then. */
  readonly retryAfterMs?: number;
  /** 'platform' for app-wide limits (Zalo error -32); defaults to 'recipient'. */
  readonly scope?: RateLimitScope;
  readonly cause?: unknown;
}

/** A platform call that failed, with what the dispatcher needs to decide on a retry. */
export class TransportError extends Error {
  readonly retryable: boolean;
  readonly retryAfterMs?: number;
  readonly status?: number;
  readonly scope: RateLimitScope;

  constructor(message: string, options: TransportErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'TransportError';
    const { status, retryAfterMs } = options;
    if (status !== undefined) this.status = status;
    if (retryAfterMs !== undefined) this.retryAfterMs = Math.max(0, retryAfterMs);
    this.retryable = options.retryable ?? (status === undefined || isRetryableStatus(status));
    this.scope = options.scope ?? 'recipient';
  }
}

/**
 * Teams asks callers to retry 412, 429, 502, 503 and 504; other 5xx are
 * treated as transient too. Every other 4xx (bad request, forbidden, 413 too
 * large, bot removed from the chat) fails the same way again: permanent.
 */
export function isRetryableStatus(status: number): boolean {
  if (status === 408 || status === 412 || status === 429) return true;
  return status >= 500 && status !== 501;
}

/** Parses an HTTP Retry-After header (seconds or an HTTP date) into milliseconds. */
export function parseRetryAfter(header: string | undefined, now: Date): number | undefined {
  if (header === undefined || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, Math.round(seconds * 1000));
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** Time is injected so tests never wait (structurally the features' Clock). */
export interface OutboxClock {
  now(): Date;
}

/** The logger subset the outbox uses (pino and the features' Logger satisfy it). */
export interface OutboxLogger {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
}

/** Checks a stored payload; rows that fail are dead rather than crashing the batch. */
export function parsePayload(json: string): OutboxPayload | undefined {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // Corrupt JSON is reported by the caller as a dead row; nothing to add here.
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const record = value as Record<string, unknown>;
  const target = record['targetMessageId'];
  if (target !== undefined && typeof target !== 'string') return undefined;
  if (record['kind'] === 'text' && typeof record['text'] === 'string') return value as TextPayload;
  if (record['kind'] === 'shared-card' && typeof record['cardKey'] === 'string') return value as SharedCardPayload;
  if (record['kind'] === 'card' && typeof record['card'] === 'object' && record['card'] !== null) {
    const fallback = record['fallbackText'];
    return fallback === undefined || typeof fallback === 'string' ? (value as CardPayload) : undefined;
  }
  return undefined;
}
