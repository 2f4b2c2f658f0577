/** The shape of the validated configuration (src/config.ts reads the environment into it). */
export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export const MICROSOFT_APP_TYPES = ['SingleTenant', 'MultiTenant', 'UserAssignedMSI'] as const;
export type MicrosoftAppType = (typeof MICROSOFT_APP_TYPES)[number];

/** The accepted NODE_ENV values; `test` (set by jest) runs with the development rules. */
export const RUN_ENVIRONMENTS = ['production', 'development', 'test'] as const;
export type RunEnvironment = (typeof RUN_ENVIRONMENTS)[number];

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
  /** ALLOW_UNAUTHENTICATED_NETWORK: listen beyond loopback although something answers without authentication. */
  readonly allowUnauthenticatedNetwork: boolean;
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
  /** The Zalo Official Account channel; absent = Zalo is off. */
  readonly zalo?: ZaloConfig;
  /** Accepted but risky settings; main logs them loudly at start. */
  readonly warnings: readonly string[];
  /** Scheduled notices and reminders (src/scheduler). */
  readonly scheduler: SchedulerConfig;
  /** This process among instances sharing the database (lease holder, outbox claims). */
  readonly instanceId: string;
  /** How many instances share the database: each keeps 1/N of the platforms' send limits. */
  readonly instances: number;
  /** How long a graceful close waits for in-flight requests before cutting connections. */
  readonly shutdownGraceMs: number;
  /** How long the outbox retries a failing send, from its first failure, before the row is dead. */
  readonly outboxRetryHorizonMs: number;
}

export interface SchedulerConfig {
  /** Whether this instance competes for the scheduler lease at all. */
  readonly enabled: boolean;
  /** Occurrences missed by at most this many hours are still sent on catch-up; older ones are recorded missed. */
  readonly graceHours: number;
}

/** Zalo OA credentials (tokens live in the database, see `zalo-connect`). */
export interface ZaloConfig {
  readonly appId: string;
  readonly appSecret: string;
  /** Keys the webhook signature (not the app secret). */
  readonly oaSecretKey: string;
  readonly apiBaseUrl: string;
  readonly oauthBaseUrl: string;
  /** Webhook events older (or further ahead) than this are refused as replays. */
  readonly webhookMaxAgeSeconds: number;
}
