/**
 * Structured logs: pino JSON lines on stdout. Secrets are redacted by path so a
 * careless `logger.info({ headers })` or `logger.info({ config })` leaks nothing,
 * and every line is scrubbed of link tokens and bearer credentials before it is written.
 */
import pino from 'pino';
import type { Config } from './config';
import { scrubSecrets } from './log-redaction';

export type AppLogger = pino.Logger;

/** Paths whose values never reach the log (pino redaction syntax, `*` = one level). */
export const REDACTED_PATHS = [
  'authorization',
  'headers.authorization',
  'headers.cookie',
  '*.headers.authorization',
  '*.headers.cookie',
  'MicrosoftAppPassword',
  '*.MicrosoftAppPassword',
  'appPassword',
  '*.appPassword',
  '*.*.appPassword',
  'password',
  '*.password',
  'accessToken',
  '*.accessToken',
  'refreshToken',
  '*.refreshToken',
  'access_token',
  '*.access_token',
  'refresh_token',
  '*.refresh_token',
  'token',
  '*.token',
] as const;

/** Creates the process logger; `destination` lets tests capture the lines. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): AppLogger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { service: 'chibo-bot' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
    // Signed-link tokens, JWTs and bearer credentials wherever they appear in a line (src/log-redaction.ts).
    hooks: { streamWrite: scrubSecrets },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
