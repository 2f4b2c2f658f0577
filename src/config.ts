/**
 * The only reader of the environment. Parsed once at start into a frozen,
 * validated Config; every error names the variable and the form it expects.
 */
import { hostname } from 'node:os';
import { existsSync, readFileSync } from 'node:fs';
import { parseEnv } from 'node:util';
import { z } from 'zod';
import {
  blank,
  deepFreeze,
  developmentLinkSecret,
  httpUrl,
  integer,
  isLoopbackHost,
  lower,
  optional,
  runModeOf,
} from './config-helpers';

export * from './config-types';
import { LOG_LEVELS, MICROSOFT_APP_TYPES, RUN_ENVIRONMENTS, type Config, type ZaloConfig } from './config-types';

/** The expected form of each variable, quoted in error messages and mirrored in .env.example. */
const EXPECTED = {
  PORT: 'an integer from 0 to 65535, e.g. 3978',
  HOST: 'an interface address or host name to listen on, e.g. 127.0.0.1 (default in development) or 0.0.0.0 (default in production)',
  DATABASE_URL: 'file:<path> for SQLite (e.g. file:./data/chibo.db) or postgresql://user:password@host:5432/database',
  NODE_ENV: `one of ${RUN_ENVIRONMENTS.join(', ')}, or unset for development`,
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  PLAYGROUND_ENABLED: 'true or false',
  ALLOW_UNAUTHENTICATED_NETWORK: 'true or false, default false',
  MicrosoftAppId: "the bot's Microsoft Entra application (client) id, a GUID",
  MicrosoftAppPassword: 'the client secret of that application',
  MicrosoftAppType: `one of ${MICROSOFT_APP_TYPES.join(', ')}`,
  MicrosoftAppTenantId: 'the Microsoft Entra tenant id of the bot registration, a GUID',
  PUBLIC_BASE_URL: 'an absolute http(s) URL, e.g. https://chibo.example.org',
  BODY_LIMIT_BYTES: 'a positive integer number of bytes, e.g. 1048576',
  LINK_SIGNING_SECRET: 'a random string of at least 32 characters (e.g. `openssl rand -hex 32`)',
  ZALO_APP_ID: 'the numeric id of the Zalo app linked to the Official Account',
  ZALO_APP_SECRET: 'the secret key of that Zalo app',
  ZALO_OA_SECRET_KEY: "the OA secret key that signs webhook calls (the app's Webhook settings)",
  ZALO_API_BASE_URL: 'an absolute http(s) URL, default https://openapi.zalo.me',
  ZALO_OAUTH_BASE_URL: 'an absolute http(s) URL, default https://oauth.zaloapp.com',
  ZALO_WEBHOOK_MAX_AGE_SECONDS: 'an integer number of seconds from 30 to 86400, default 7200',
  SCHEDULER_ENABLED: 'true or false',
  SCHEDULER_GRACE_HOURS: 'a whole number of hours from 0 to 168, e.g. 6',
  INSTANCE_ID: 'letters, digits, ".", "_", ":" or "-" (at most 100), e.g. web-1',
  INSTANCES: 'a whole number of instances from 1 to 50, default 1',
  SHUTDOWN_GRACE_SECONDS: 'a whole number of seconds from 1 to 600, default 10',
  OUTBOX_RETRY_HOURS: 'a whole number of hours from 1 to 168, default 6',
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

const envSchema = z.object({
  PORT: optional(integer(0, 65535)),
  HOST: optional(z.string().trim()),
  DATABASE_URL: optional(
    z
      .string()
      .trim()
      .regex(/^(file:.+|postgres(ql)?:\/\/.+)$/),
  ),
  NODE_ENV: optional(z.enum(RUN_ENVIRONMENTS), lower),
  LOG_LEVEL: optional(z.enum(LOG_LEVELS), lower),
  PLAYGROUND_ENABLED: optional(z.enum(['true', 'false']), lower),
  ALLOW_UNAUTHENTICATED_NETWORK: optional(z.enum(['true', 'false']), lower),
  MicrosoftAppId: optional(z.string().trim().regex(GUID)),
  MicrosoftAppPassword: optional(z.string()),
  MicrosoftAppType: optional(z.enum(MICROSOFT_APP_TYPES)),
  MicrosoftAppTenantId: optional(z.string().trim().regex(GUID)),
  PUBLIC_BASE_URL: optional(httpUrl),
  BODY_LIMIT_BYTES: optional(integer(1, Number.MAX_SAFE_INTEGER)),
  LINK_SIGNING_SECRET: optional(z.string().min(32)),
  ZALO_APP_ID: optional(
    z
      .string()
      .trim()
      .regex(/^\d{1,32}$/),
  ),
  ZALO_APP_SECRET: optional(z.string().trim()),
  ZALO_OA_SECRET_KEY: optional(z.string().trim()),
  ZALO_API_BASE_URL: optional(httpUrl),
  ZALO_OAUTH_BASE_URL: optional(httpUrl),
  ZALO_WEBHOOK_MAX_AGE_SECONDS: optional(integer(30, 86_400)),
  SCHEDULER_ENABLED: optional(z.enum(['true', 'false']), lower),
  SCHEDULER_GRACE_HOURS: optional(integer(0, 168)),
  INSTANCE_ID: optional(
    z
      .string()
      .trim()
      .regex(/^[\w.:-]{1,100}$/),
  ),
  INSTANCES: optional(integer(1, 50)),
  SHUTDOWN_GRACE_SECONDS: optional(integer(1, 600)),
  OUTBOX_RETRY_HOURS: optional(integer(1, 168)),
});
type ParsedEnv = z.infer<typeof envSchema>;

export interface LoadConfigOptions {
  /** A dotenv file to read first; its values never override the environment. Default: `.env` when reading process.env, none otherwise. */
  readonly envFile?: string | null;
}

/** Reads and validates the configuration; throws ConfigError naming each bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: LoadConfigOptions = {}): Config {
  const source = withEnvFile(
    env,
    options.envFile === undefined ? (env === process.env ? '.env' : null) : options.envFile,
  );
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => formatIssue(issue.path[0], source)));
  }
  const config = buildConfig(parsed.data);
  const problems = [...crossChecks(config), ...zaloIssues(parsed.data)];
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
  const shown = SECRET_VARIABLES.has(variable) ? '(hidden)' : JSON.stringify(source[variable] ?? '');
  return { variable, message: `${variable} must be ${expected} (got ${shown})` };
}

const SECRET_VARIABLES = new Set([
  'MicrosoftAppPassword',
  'LINK_SIGNING_SECRET',
  'ZALO_APP_SECRET',
  'ZALO_OA_SECRET_KEY',
]);

function isVariable(name: string): name is Variable {
  return Object.hasOwn(EXPECTED, name);
}

function buildConfig(env: ParsedEnv): Config & { warnings: string[] } {
  const mode = runModeOf(env.NODE_ENV);
  const databaseUrl = env.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const playgroundEnabled =
    env.PLAYGROUND_ENABLED === undefined ? mode === 'development' : env.PLAYGROUND_ENABLED === 'true';
  const warnings: string[] = [];
  if (mode === 'production' && playgroundEnabled) {
    warnings.push('PLAYGROUND_ENABLED=true in production: anyone who can reach /playground can act as any member.');
  }
  if (mode === 'production' && env.PUBLIC_BASE_URL?.startsWith('http:')) {
    warnings.push('PUBLIC_BASE_URL is not https in production: links the bot sends will travel unencrypted.');
  }
  if ((env.INSTANCES ?? 1) > 1 && databaseUrl.startsWith('file:')) {
    warnings.push('INSTANCES > 1 on SQLite: several instances need PostgreSQL (SQLite serves one process well).');
  }
  return {
    mode,
    port: env.PORT ?? 3978,
    // Development stays on this machine unless HOST says otherwise (and crossChecks allows it).
    host: env.HOST ?? (mode === 'production' ? '0.0.0.0' : '127.0.0.1'),
    allowUnauthenticatedNetwork: env.ALLOW_UNAUTHENTICATED_NETWORK === 'true',
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
    ...zaloConfig(env, warnings),
    warnings,
    scheduler: { enabled: env.SCHEDULER_ENABLED !== 'false', graceHours: env.SCHEDULER_GRACE_HOURS ?? 6 },
    // Unique per process on one host; set INSTANCE_ID where host names repeat (containers).
    instanceId: env.INSTANCE_ID ?? `${hostname()}-${process.pid}`,
    instances: env.INSTANCES ?? 1,
    shutdownGraceMs: (env.SHUTDOWN_GRACE_SECONDS ?? 10) * 1000,
    outboxRetryHorizonMs: (env.OUTBOX_RETRY_HOURS ?? 6) * 3_600_000,
  };
}

const ZALO_KEYS = ['ZALO_APP_ID', 'ZALO_APP_SECRET', 'ZALO_OA_SECRET_KEY'] as const;

/**
 * Zalo is on when its three credentials are set; a partial set is refused in
 * crossChecks. Default webhook age: Zalo retries an event it could not deliver
 * for up to about 1 h 50 min (30 s, 5, 15, 30 min, 1 h), so 2 h keeps those
 * retries; replays inside the window are caught by the msg_id dedupe.
 */
function zaloConfig(env: ParsedEnv, warnings: string[]): { zalo?: ZaloConfig } {
  if (env.ZALO_APP_ID === undefined || env.ZALO_APP_SECRET === undefined || env.ZALO_OA_SECRET_KEY === undefined)
    return {};
  if (env.PUBLIC_BASE_URL === undefined)
    warnings.push(
      'Zalo is on without PUBLIC_BASE_URL: messages carry no signed link to the answer page (Zalo PC/Web users see no buttons).',
    );
  return {
    zalo: {
      appId: env.ZALO_APP_ID,
      appSecret: env.ZALO_APP_SECRET,
      oaSecretKey: env.ZALO_OA_SECRET_KEY,
      apiBaseUrl: env.ZALO_API_BASE_URL ?? 'https://openapi.zalo.me',
      oauthBaseUrl: env.ZALO_OAUTH_BASE_URL ?? 'https://oauth.zaloapp.com',
      webhookMaxAgeSeconds: env.ZALO_WEBHOOK_MAX_AGE_SECONDS ?? 7200,
    },
  };
}

/** All three Zalo credentials or none: names each one missing. */
function zaloIssues(env: ParsedEnv): ConfigIssue[] {
  const missing = ZALO_KEYS.filter((key) => env[key] === undefined);
  if (missing.length === 0 || missing.length === ZALO_KEYS.length) return [];
  const set = ZALO_KEYS.filter((key) => env[key] !== undefined).join(', ');
  return missing.map((variable) => ({
    variable,
    message: `${variable} is required when ${set} is set (${EXPECTED[variable]}); set all of ${ZALO_KEYS.join(', ')} or none`,
  }));
}

/** Rules that involve several variables. */
function crossChecks(config: Config): ConfigIssue[] {
  const { appId, appPassword, appType, tenantId } = config.microsoftApp;
  const issues: ConfigIssue[] = [];
  if (config.linkSigningSecret === '') {
    issues.push({
      variable: 'LINK_SIGNING_SECRET',
      message: `LINK_SIGNING_SECRET is required when NODE_ENV=production (${EXPECTED.LINK_SIGNING_SECRET})`,
    });
  }
  if (config.mode === 'production' && appId === undefined) {
    issues.push({
      variable: 'MicrosoftAppId',
      message: `MicrosoftAppId is required when NODE_ENV=production (${EXPECTED.MicrosoftAppId}); without it Bot Framework authentication would be off`,
    });
  }
  const open = unauthenticatedParts(config);
  if (open.length > 0 && !isLoopbackHost(config.host) && !config.allowUnauthenticatedNetwork) {
    issues.push({
      variable: 'HOST',
      message: `HOST=${config.host} is reachable from the network while ${open.join(' and ')}: anyone who can reach it could act as any member. Listen on 127.0.0.1, or set ALLOW_UNAUTHENTICATED_NETWORK=true to accept that`,
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

/** What of this configuration answers without authentication (none in a proper production setup). */
export function unauthenticatedParts(config: Pick<Config, 'microsoftApp' | 'playgroundEnabled'>): string[] {
  const parts: string[] = [];
  if (config.microsoftApp.appId === undefined) parts.push('Bot Framework authentication is off (no MicrosoftAppId)');
  if (config.playgroundEnabled) parts.push('the playground is on (PLAYGROUND_ENABLED)');
  return parts;
}

/** What the Teams app package holds (`npm run package`); the service's other settings play no part in it. */
export interface PackageConfig {
  readonly appId: string;
  readonly publicBaseUrl: string;
}

const packageSchema = z.object({
  MicrosoftAppId: z.preprocess(blank, z.string().trim().regex(GUID)),
  PUBLIC_BASE_URL: z.preprocess(
    blank,
    httpUrl.refine((value) => value.startsWith('https:')),
  ),
});
const PACKAGE_EXPECTED: Readonly<Record<string, string>> = {
  MicrosoftAppId: `${EXPECTED.MicrosoftAppId} (the app id and the bot id)`,
  PUBLIC_BASE_URL:
    'the https:// URL Teams reaches the bot at, e.g. https://chibo.example.org (its host is the bot domain)',
};

/** Reads only the package's two settings; throws one ConfigError naming every one missing or malformed. */
export function loadPackageConfig(
  env: NodeJS.ProcessEnv = process.env,
  options: LoadConfigOptions = {},
): PackageConfig {
  const source = withEnvFile(
    env,
    options.envFile === undefined ? (env === process.env ? '.env' : null) : options.envFile,
  );
  const parsed = packageSchema.safeParse(source);
  if (!parsed.success) {
    const variables = [...new Set(parsed.error.issues.map((issue) => String(issue.path[0])))];
    throw new ConfigError(
      variables.map((variable) => ({
        variable,
        message: `${variable} must be ${PACKAGE_EXPECTED[variable] ?? 'valid'} (got ${JSON.stringify(source[variable] ?? '')})`,
      })),
    );
  }
  return deepFreeze({ appId: parsed.data.MicrosoftAppId, publicBaseUrl: parsed.data.PUBLIC_BASE_URL });
}
