/**
 * The bot server as deployed (createApp from src/app.ts on port 0, a temp
 * SQLite database) with the Teams channel mounted, a local stand-in for the
 * Bot Connector, and the outbox dispatcher driven by hand on a manual clock.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app';
import { loadConfig, type Config } from '../../src/config';
import { MESSAGES_PATH, type TeamsChannel } from '../../src/channels/teams';
import { teamsChannel } from '../../src/channels/teams/module';
import type { BotCore } from '../../src/features/turn';
import type { OutboxDispatcher, OutboxRunStats } from '../../src/outbox/dispatcher';
import type { Database } from '../../src/store/database';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import { ManualClock, silentLogger } from '../support/turns';

export const APP_ID = '3f1b5a3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b';
export const TENANT_ID = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';

export interface HarnessOptions {
  /** Turn Bot Framework authentication on (tokens verified against the stand-in's keys). */
  readonly auth?: boolean;
  /** Verify tokens against this OpenID document instead (e.g. one that cannot be reached). */
  readonly openIdMetadataUrl?: string;
  readonly start?: Date;
  /** More environment for the app's config (e.g. OUTBOX_RETRY_HOURS). */
  readonly env?: Readonly<Record<string, string>>;
}

export interface PostResult {
  readonly status: number;
  readonly body: unknown;
  readonly ms: number;
}

export interface TeamsHarness {
  readonly url: string;
  readonly app: App;
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: ManualClock;
  readonly connector: ConnectorStandIn;
  readonly teams: TeamsChannel;
  readonly dispatcher: OutboxDispatcher;
  readonly config: Config;
  post(activity: object, authorization?: string): Promise<PostResult>;
  /** Runs the dispatcher until nothing is due, moving the clock past rate-limit and coalescing windows. */
  flushOutbox(maxRounds?: number): Promise<OutboxRunStats>;
  close(): Promise<void>;
}

function harnessConfig(dir: string, auth: boolean, env: Readonly<Record<string, string>> = {}): Config {
  return loadConfig(
    {
      NODE_ENV: 'development',
      PORT: '0',
      HOST: '127.0.0.1',
      DATABASE_URL: `file:${join(dir, 'chibo.db')}`,
      LOG_LEVEL: 'silent',
      PLAYGROUND_ENABLED: 'false',
      ...(auth
        ? {
            MicrosoftAppId: APP_ID,
            MicrosoftAppPassword: 'not-a-real-secret',
            MicrosoftAppType: 'SingleTenant',
            MicrosoftAppTenantId: TENANT_ID,
          }
        : {}),
      ...env,
    },
    { envFile: null },
  );
}

export async function startTeamsHarness(options: HarnessOptions = {}): Promise<TeamsHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'chibo-teams-'));
  const config = harnessConfig(dir, options.auth === true, options.env);
  const clock = new ManualClock(options.start ?? new Date('2023-11-25T02:00:00Z'));
  const connector = await startConnectorStandIn();
  const endpoints = options.openIdMetadataUrl ?? (options.auth ? connector.openIdMetadataUrl : undefined);
  // The app as deployed, with its own Teams channel and outbox; the test drives the dispatcher by hand.
  const app = await createApp(config, {
    clock,
    logger: silentLogger,
    shutdownGraceMs: 1_000,
    background: false,
    channels: {
      teamsAuthTimeoutMs: 2_000,
      teamsSendTimeoutMs: 5_000,
      outboxRandom: () => 0.5,
      ...(endpoints === undefined ? {} : { teamsAuthEndpoints: { openIdMetadataUrl: endpoints } }),
    },
  });
  const { db, bot } = app;
  const teams = app.channels.get(teamsChannel);
  if (teams === undefined) throw new Error('the Teams channel is not registered');
  const outbox = app.channels.dispatcher;
  const { url } = await app.listen();

  return {
    url,
    app,
    db,
    bot,
    clock,
    connector,
    teams,
    dispatcher: outbox,
    config,
    async post(activity, authorization) {
      const started = performance.now();
      const response = await fetch(`${url}${MESSAGES_PATH}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(authorization ? { authorization } : {}) },
        body: JSON.stringify(activity),
      });
      const text = await response.text();
      return {
        status: response.status,
        body: text === '' ? undefined : (JSON.parse(text) as unknown),
        ms: performance.now() - started,
      };
    },
    async flushOutbox(maxRounds = 50) {
      const total: OutboxRunStats = { sent: 0, retried: 0, dead: 0, skipped: 0 };
      for (let round = 0; round < maxRounds; round += 1) {
        const stats = await outbox.runOnce();
        for (const key of Object.keys(total) as (keyof OutboxRunStats)[]) total[key] += stats[key];
        const waiting = await db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
        if (waiting === 0) break;
        clock.advance(1_100);
      }
      return total;
    },
    async close() {
      await app.close();
      await connector.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
