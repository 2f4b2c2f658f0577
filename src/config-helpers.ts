/**
 * Small pure helpers of src/config.ts (kept apart to keep that file short).
 * Nothing here reads the environment.
 */
import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import { z } from 'zod';
import type { RunEnvironment, RunMode } from './config-types';

/** NODE_ENV to the rules that apply: only `production` is production; unset, `development` and `test` are development. */
export function runModeOf(environment: RunEnvironment | undefined): RunMode {
  return environment === 'production' ? 'production' : 'development';
}

/** Whether listening on `host` keeps the server to this machine (127.0.0.0/8, ::1, localhost). */
export function isLoopbackHost(host: string): boolean {
  const bare = host
    .trim()
    .toLowerCase()
    .replace(/^\[(.*)\]$/, '$1');
  if (bare === 'localhost' || bare === '::1' || bare === '0:0:0:0:0:0:0:1') return true;
  const v4 = bare.startsWith('::ffff:') ? bare.slice(7) : bare;
  return isIP(v4) === 4 && v4.startsWith('127.');
}

/**
 * Development may run without LINK_SIGNING_SECRET: a random key per process
 * (links stop working after a restart, and main says so). Production must set one.
 */
export function developmentLinkSecret(mode: 'production' | 'development', warnings: string[]): string {
  if (mode === 'production') return '';
  warnings.push(
    'LINK_SIGNING_SECRET is not set: signed links use a random key and stop working when the server restarts (to keep them, put LINK_SIGNING_SECRET=<openssl rand -hex 32> in .env).',
  );
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

// `.env` files often hold `MicrosoftAppId=` to mean "unset": blank counts as absent.
export const blank = (value: unknown): unknown =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;
export const lower = (value: unknown): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);
export const optional = <T extends z.ZodType>(schema: T, prepare: (value: unknown) => unknown = blank) =>
  z.preprocess((value) => prepare(blank(value)), schema.optional());

export const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/)
    .transform(Number)
    .refine((n) => n >= min && n <= max);

export const httpUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))
  .transform((value) => value.replace(/\/+$/, ''));
