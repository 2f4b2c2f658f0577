/**
 * What every CLI command gets: where to write, how to reach the database,
 * and the errors that map to exit codes (1 failure, 2 usage).
 */
import type { Database } from '../store/database';
import type { Clock } from '../features/ports';

/** Where the CLI writes; process.stdout/stderr in production, buffers in tests. */
export interface CliIo {
  readonly stdout: { write(text: string): unknown };
  readonly stderr: { write(text: string): unknown };
}

/** Everything the CLI reaches outside itself, injected so tests run it in-process. */
export interface CliDeps {
  /** Reads the configuration (loadConfig in production); called only by commands that need the database. */
  readonly config: () => { readonly databaseUrl: string; readonly logLevel?: string };
  readonly openDatabase: (url: string) => Promise<Database>;
  readonly readFile: (path: string) => Promise<Buffer>;
  readonly clock: Clock;
}

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_USAGE = 2;

/** The command line is wrong: exit 2 with the usage line of the command. */
export class UsageError extends Error {
  constructor(
    message: string,
    readonly usage: string,
  ) {
    super(message);
    this.name = 'UsageError';
  }
}

/** An expected failure (file not found, unknown cell): exit 1 with this message and no stack. */
export class CliFailure extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliFailure';
  }
}

/** Option values as node:util parseArgs returns them for our string/boolean options. */
export type OptionValues = Readonly<Record<string, string | boolean | (string | boolean)[] | undefined>>;

/** One command's run: the parsed options and the shared helpers. */
export interface CommandContext {
  readonly io: CliIo;
  readonly deps: CliDeps;
  readonly values: OptionValues;
  /** --json: stdout carries only JSON; everything for humans goes to stderr. */
  readonly json: boolean;
  /** Opens the database from the configuration for the duration of `work`. */
  withDatabase<T>(work: (db: Database) => Promise<T>): Promise<T>;
}

export interface CommandSpec {
  readonly name: string;
  /** One line per form of the command, flags included. */
  readonly usage: readonly string[];
  /** What it does, in Vietnamese (the CLI's language). */
  readonly summary: string;
  readonly options: Readonly<Record<string, { readonly type: 'string' | 'boolean'; readonly short?: string }>>;
  run(ctx: CommandContext): Promise<number>;
}

/** A string option, or undefined. */
export function stringOption(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' ? value : undefined;
}

/** A string option the command cannot do without. */
export function requiredOption(values: OptionValues, name: string, usage: string): string {
  const value = stringOption(values, name)?.trim();
  if (!value) throw new UsageError(`Thiếu tùy chọn --${name}`, usage);
  return value;
}
