/** The small ports features talk to besides the store. */

/** Time is injected so tests never wait and schedules are reproducible. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

/** The subset of a structured logger the features use (pino satisfies it). */
export interface Logger {
  info(fields: object, message?: string): void;
  warn(fields: object, message?: string): void;
  error(fields: object, message?: string): void;
  debug(fields: object, message?: string): void;
  child(bindings: object): Logger;
}
