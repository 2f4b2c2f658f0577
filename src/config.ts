/**
 * The only reader of the environment. Parsed once at start into a frozen,
 * validated Config; every error names the variable and the form it expects.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const MICROSOFT_APP_TYPES = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const;
export type MicrosoftAppType = (typeof MICROSOFT_APP_TYPES)[number];

export type RunMode = 'production' | 'development';

export interface MicrosoftAppConfig {
  /** Absent = Bot Framework authentication is OFF (development only). */
  readonly appId?: string;
  readonly appPassword?: string;
  readonly appType: MicrosoftAppType;
  readonly tenantId?: string;
}

export interface Config {
  readonly mode: RunMode;
  readonly port: number;
  readonly host: string;
  readonly databaseUrl: string;
  readonly databaseProvider: 'sqlite' | 'postgresql';
  readonly logLevel: LogLevel;
  readonly playgroundEnabled: boolean;
  readonly microsoftApp: MicrosoftAppConfig;
  /** Where the server is reachable from outside, without a trailing slash. */
  readonly publicBaseUrl?: string;
  readonly bodyLimitBytes: number;
  /** Key of the HMAC that signs member links (Zalo vote pages, dashboard, downloads). */
  readonly linkSigningSecret: string;
  /** Accepted but risky settings; main logs them loudly at start. */
  readonly warnings: readonly string[];
}

/** The expected form of each variable, quoted in error messages and mirrored in .env.example. */
const EXPECTED = {
  PORT: 'an integer from 0 to 65535, e.g. 3978',
  HOST: 'an interface address or host name to listen on, e.g. 0.0.0.0',
  DATABASE_URL: 'file:<path> for SQLite (e.g. file:./data/chibo.db) or postgresql://user:password@host:5432/database',
  NODE_ENV: 'production, or anything else for development',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  PLAYGROUND_ENABLED: 'true or false',
  MicrosoftAppId: "the bot's Microsoft Entra application (client) id, a GUID",
  MicrosoftAppPassword: 'the client secret of that application',
  MicrosoftAppType: `one of ${MICROSOFT_APP_TYPES.join(', ')}`,
  MicrosoftAppTenantId: 'the Microsoft Entra tenant id of the bot registration, a GUID',
  PUBLIC_BASE_URL: 'an absolute http(s) URL, e.g. https://chibo.example.org',
  BODY_LIMIT_BYTES: 'a positive integer number of bytes, e.g. 1048576',
  LINK_SIGNING_SECRET: 'a random string of at least 32 characters (e.g. `openssl rand -hex 32`)',
} as const;
type Variable = keyof typeof EXPECTED;

export interface ConfigIssue {
  readonly variable: string;
  readonly message: string;
}

/** The configuration is unusable; the message lists every problem, one per line. */
export class ConfigError extends Error {
  readonly code = 'config.invalid';
  constructor(readonly issues: readonly ConfigIssue[]) {
    super(['Invalid configuration:', ...issues.map((issue) => `  - ${issue.message}`)].join('\n'));
    this.name = 'ConfigError';
  }
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DEFAULT_DATABASE_URL = 'file:./data/chibo.db';
const MIB = 1024 * 1024;

// `.env` files often hold `MicrosoftAppId=` to mean "unset": blank counts as absent.
const blank = (value: unknown): unknown => (typeof value === 'string' && value.trim() === '' ? undefined : value);
const lower = (value: unknown): unknown => (typeof value === 'string' ? value.trim().toLowerCase() : value);
const optional = <T extends z.ZodType>(schema: T, prepare: (value: unknown) => unknown = blank) =>
  z.preprocess((value) => prepare(blank(value)), schema.optional());

const integer = (min: number, max: number) =>
  z
    .string()
    .trim()
    .regex(/^\d+$/)
    .transform(Number)
    .refine((n) => n >= min && n <= max);

const httpUrl = z
  .string()
  .trim()
  .refine((value) => URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))
  .transform((value) => value.replace(/\/+$/, ''));

const envSchema = z.object({
  PORT: optional(integer(0, 65535)),
  HOST: optional(z.string().trim()),
  DATABASE_URL: optional(z.string().trim().regex(/^(file:.+|postgres(ql)?:\/\/.+)$/)),
  NODE_ENV: optional(z.string(), lower),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS), lower),
  PLAYGROUND_ENABLED: optional(z.enum(['true', 'false']), lower),
  MicrosoftAppId: optional(z.string().trim().regex(GUID)),
  MicrosoftAppPassword: optional(z.string()),
  MicrosoftAppType: optional(z.enum(MICROSOFT_APP_TYPES)),
  MicrosoftAppTenantId: optional(z.string().trim().regex(GUID)),
  PUBLIC_BASE_URL: optional(httpUrl),
  BODY_LIMIT_BYTES: optional(integer(1, Number.MAX_SAFE_INTEGER)),
  LINK_SIGNING_SECRET: optional(z.string().min(32)),
});
type ParsedEnv = z.infer<typeof envSchema>;

export interface LoadConfigOptions {
  /** A dotenv file to read first; its values never override the environment. Default: `.env` when reading process.env, none otherwise. */
  readonly envFile?: string | null;
}

/** Reads and validates the configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): Config {
  const source = withEnvFile(env, options.envFile === undefined ? (env === process.env ? '.env' : null) : options.envFile);
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => formatIssue(issue.path[0], source)));
  }
  const config = buildConfig(parsed.data);
  const problems = crossChecks(config);
  if (problems.length > 0) throw new ConfigError(problems);
  return deepFreeze(config);
}

function withEnvFile(env: NodeJS.ProcessEnv, envFile: string | null): NodeJS.ProcessEnv {
  if (envFile === null || !existsSync(envFile)) return env;
  if (env === process.env) {
    // Node's own loader: fills only variables that are not already set.
    process.loadEnvFile(envFile);
    return process.env;
  }
  return { ...parseEnv(readFileSync(envFile, 'utf8')), ...env };
}

function formatIssue(key: PropertyKey | undefined, source: NodeJS.ProcessEnv): ConfigIssue {
  const variable = String(key);
  const expected = isVariable(variable) ? EXPECTED[variable] : 'valid';
  // Never echo a secret back into logs.
  const shown = variable === 'MicrosoftAppPassword' || variable === 'LINK_SIGNING_SECRET' ? '(hidden)' : JSON.stringify(source[variable] ?? '');
  return { variable, message: `${variable} must be ${expected} (got ${shown})` };
}

function isVariable(name: string): name is Variable {
  return Object.hasOwn(EXPECTED, name);
}

function buildConfig(env: ParsedEnv): Config & { warnings: string[] } {
  const mode: RunMode = env.NODE_ENV === 'production' ? 'production' : 'development';
  const databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const playgroundEnabled = env.PLAYGROUND_ENABLED === undefined ? mode === 'development' : env.PLAYGROUND_ENABLED === 'true';
  const warnings: string[] = [];
  if (mode === 'production' && playgroundEnabled) {
    warnings.push('PLAYGROUND_ENABLED=true in production: anyone who can reach /playground can act as any member.');
  }
  if (mode === 'production' && env.PUBLIC_BASE_URL?.startsWith('http:')) {
    warnings.push('PUBLIC_BASE_URL is not https in production: links the bot sends will travel unencrypted.');
  }
  return {
    mode,
    port: env.PORT ?? 3978,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl,
    databaseProvider: databaseUrl.startsWith('file:') ? 'sqlite' : 'postgresql',
    logLevel: env.LOG_LEVEL ?? 'info',
    playgroundEnabled,
    microsoftApp: {
      appType: env.MicrosoftAppType ?? 'SingleTenant',
      ...(env.MicrosoftAppId === undefined ? {} : { appId: env.MicrosoftAppId }),
      ...(env.MicrosoftAppPassword === undefined ? {} : { appPassword: env.MicrosoftAppPassword }),
      ...(env.MicrosoftAppTenantId === undefined ? {} : { tenantId: env.MicrosoftAppTenantId }),
    },
    ...(env.PUBLIC_BASE_URL === undefined ? {} : { publicBaseUrl: env.PUBLIC_BASE_URL }),
    bodyLimitBytes: env.BODY_LIMIT_BYTES ?? MIB,
    linkSigningSecret: env.LINK_SIGNING_SECRET ?? developmentLinkSecret(mode, warnings),
    warnings,
  };
}

/**
 * Development may run without LINK_SIGNING_SECRET: a random key per process
 * (links stop working after a restart, and main says so). Production must set one.
 */
function developmentLinkSecret(mode: RunMode, warnings: string[]): string {
  if (mode === 'production') return '';
  warnings.push('LINK_SIGNING_SECRET is not set: signed links use a random key and stop working when the server restarts.');
  return randomBytes(32).toString('hex');
}

/** Rules that involve several variables. */
function crossChecks(config: Config): ConfigIssue[] {
  const { appId, appPassword, appType, tenantId } = config.microsoftApp;
  const issues: ConfigIssue[] = [];
  if (config.linkSigningSecret === '') {
    issues.push({ variable: 'LINK_SIGNING_SECRET', message: `LINK_SIGNING_SECRET is required when NODE_ENV=production (${EXPECTED.LINK_SIGNING_SECRET})` });
  }
  if (config.mode === 'production' && appId === undefined) {
    issues.push({
      variable: 'MicrosoftAppId',
      message: `MicrosoftAppId is required when NODE_ENV=production (${EXPECTED.MicrosoftAppId}); without it Bot Framework authentication would be off`,
    });
  }
  if (appId !== undefined && appType === 'SingleTenant' && tenantId === undefined) {
    issues.push({
      variable: 'MicrosoftAppTenantId',
      message: `MicrosoftAppTenantId is required when MicrosoftAppType=SingleTenant and MicrosoftAppId is set (${EXPECTED.MicrosoftAppTenantId})`,
    });
  }
  if (appId !== undefined && appType !== 'UserAssignedMSI' && appPassword === undefined) {
    issues.push({
      variable: 'MicrosoftAppPassword',
      message: `MicrosoftAppPassword is required when MicrosoftAppId is set and MicrosoftAppType=${appType} (${EXPECTED.MicrosoftAppPassword})`,
    });
  }
  return issues;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
