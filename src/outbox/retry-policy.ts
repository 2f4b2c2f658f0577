/**
 * When a failed send is tried again, and when the outbox gives up: the one
 * place that decides it. Retries run on a time horizon, not an attempt count,
 * so a connector outage of minutes (or a burst of 429s) never kills a notice;
 * only a failure that has lasted the whole horizon, a permanent refusal, or a
 * message that keeps crashing its sender makes a row dead.
 */

export interface RetryPolicy {
  /** How long after the first failure of a row it is still retried (default 6 h). */
  readonly horizonMs: number;
  /** First backoff step when the platform gives no Retry-After (default 1 s). */
  readonly baseDelayMs: number;
  /** Longest backoff step (default 10 min). */
  readonly maxDelayMs: number;
  /** Claims ending with no outcome (lease expired: the sender crashed or hung) before the row is dead (default 8). */
  readonly maxLostLeases: number;
}

export const DEFAULT_RETRY_POLICY: RetryPolicy = {
  horizonMs: 6 * 3_600_000,
  baseDelayMs: 1_000,
  maxDelayMs: 600_000,
  maxLostLeases: 8,
};

/** The policy with the given overrides, checked. */
export function retryPolicy(overrides: Partial<RetryPolicy> = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...overrides };
  for (const [name, value] of Object.entries(policy)) {
    if (!(Number.isFinite(value) && value >= 0))
      throw new Error(`outbox retry policy: ${name} must be a number ≥ 0 (got ${String(value)})`);
  }
  return policy;
}

export interface FailureFacts {
  /** Failures of this row so far, this one included (1 for the first). */
  readonly failures: number;
  /** When its current run of failures began (this failure, for the first). */
  readonly firstFailedAt: Date;
  readonly now: Date;
  /** The platform's Retry-After, if it sent one: honoured exactly. */
  readonly retryAfterMs?: number;
}

/**
 * The next attempt, or null when the horizon has passed. Retry-After is
 * honoured as given (the platform knows when it has room); otherwise the
 * backoff doubles from baseDelayMs with equal jitter. The last attempt is
 * made at the horizon itself, so a row is always tried once more at its end.
 */
export function nextAttemptAfterFailure(policy: RetryPolicy, facts: FailureFacts, random: () => number): Date | null {
  const deadline = facts.firstFailedAt.getTime() + policy.horizonMs;
  const now = facts.now.getTime();
  if (now >= deadline) return null;
  const delay = facts.retryAfterMs ?? exponentialBackoff(facts.failures, random, policy.baseDelayMs, policy.maxDelayMs);
  return new Date(Math.min(now + delay, deadline));
}

/** Exponential backoff with equal jitter: attempt n waits between ½ and 1 × min(cap, base·2ⁿ⁻¹). */
export function exponentialBackoff(attempt: number, random: () => number, baseMs = 1_000, capMs = 600_000): number {
  const ceiling = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** "6 h", "20 min", "45 s": the horizon as the dead row's reason shows it. */
export function describeSpan(ms: number): string {
  if (ms >= 3_600_000 && ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms >= 60_000 && ms % 60_000 === 0) return `${ms / 60_000} min`;
  return `${Math.round(ms / 1000)} s`;
}
