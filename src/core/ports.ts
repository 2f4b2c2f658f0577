/**
 * The ports every layer above the core is handed (types only: the core reads
 * no clock). The system clock itself lives in features/ports.ts.
 */

/** Time is injected so tests never wait and schedules are reproducible. */
export interface Clock {
  now(): Date;
}

/** The subset of a structured logger the bot and the scheduler use (pino satisfies it). */
export interface Logger {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
  debug(fields: object, message?: string): void;
  child(bindings: object): Logger;
}
