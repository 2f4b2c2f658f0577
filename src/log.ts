/**
 * Structured logs: pino JSON lines on stdout. Secrets are redacted by path so a
 * careless `logger.info({ headers })` or `logger.info({ config })` leaks nothing.
 */
import pino from 'pino';
import type { Config } from './config';

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
] as const;

/** Creates the process logger; `destination` lets tests capture the lines. */
export function createLogger(config: Pick<Config, 'logLevel'>, destination?: pino.DestinationStream): AppLogger {
  const options: pino.LoggerOptions = {
    level: config.logLevel,
    base: { service: 'chibo-bot' },
    timestamp: pino.stdTimeFunctions.isoTime,
    redact: { paths: [...REDACTED_PATHS], censor: '[redacted]' },
    formatters: { level: (label) => ({ level: label }) },
  };
  return destination === undefined ? pino(options) : pino(options, destination);
}
