/**
 * Small pure helpers of src/config.ts (kept apart to keep that file short).
 * Nothing here reads the environment.
 */
import { randomBytes } from 'node:crypto';

/**
 * Development may run without LINK_SIGNING_SECRET: a random key per process
 * (links stop working after a restart, and main says so). Production must set one.
 */
export function developmentLinkSecret(mode: 'production' | 'development', warnings: string[]): string {
  if (mode === 'production') return '';
  warnings.push('LINK_SIGNING_SECRET is not set: signed links use a random key and stop working when the server restarts (to keep them, put LINK_SIGNING_SECRET=<openssl rand -hex 32> in .env).');
  return randomBytes(32).toString('hex');
}

/** Freezes a parsed config all the way down, so nothing can change it after start. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
