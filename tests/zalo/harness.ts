/**
 * The bot server as deployed (createApp on a loopback port, a temp SQLite
 * database) with the Zalo channel mounted, a local stand-in for the Zalo API,
 * signed webhook calls, and the worker and outbox driven by hand on a manual clock.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App } from '../../src/app';
import { WEBHOOK_PATH, type ZaloChannel } from '../../src/channels/zalo';
import { zaloChannel } from '../../src/channels/zalo/module';
import { loadConfig, type Config } from '../../src/config';
import type { BotCore } from '../../src/features/turn';
import type { OutboxDispatcher } from '../../src/outbox/dispatcher';
import type { Database } from '../../src/store/database';
import { createScratchDatabase, type TestDatabaseName } from '../support/databases';
import { startZaloStandIn, type ZaloStandIn } from '../support/zalo-stand-in';
import { ManualClock, silentLogger } from '../support/turns';

export const APP_ID = '4242424242424242424';
export const APP_SECRET = 'stand-in-app-secret';
export const OA_SECRET = 'stand-in-oa-secret-key';
export const OA_ID = '5555555555555555555';

export interface WebhookOptions {
  readonly signature?: 'body' | 'header' | 'mac-prefix' | 'forged' | 'none';
  readonly appId?: string;
  readonly timestamp?: number;
}

export interface ZaloHarness {
  readonly url: string;
  readonly app: App;
  readonly db: Database;
  readonly bot: BotCore;
  readonly clock: ManualClock;
  readonly zalo: ZaloChannel;
  readonly standIn: ZaloStandIn;
  readonly dispatcher: OutboxDispatcher;
  readonly config: Config;
  /** Posts a webhook event, signed as asked (default: timestamp in the body). */
  webhook(event: Record<string, unknown>, options?: WebhookOptions): Promise<{ status: number; ms: number }>;
  /** A user's 1:1 text, signed, with a fresh msg_id unless given. */
  say(userId: string, text: string, msgId?: string): Promise<{ status: number; ms: number }>;
  /** Processes queued events and sends everything the outbox holds. */
  settle(): Promise<void>;
  /** Texts the stand-in received for a user (1:1) since `from`. */
  textsTo(userId: string, from?: number): string[];
  close(): Promise<void>;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

let msgSerial = 0;

/** `database`: a fresh SQLite file (default) or a fresh PostgreSQL schema of the test server. */
export async function startZaloHarness(database: TestDatabaseName = 'sqlite'): Promise<ZaloHarness> {
  const dir = mkdtempSync(join(tmpdir(), 'chibo-zalo-'));
  const scratch = database === 'sqlite' ? undefined : await createScratchDatabase(database);
  const standIn = await startZaloStandIn({ appId: APP_ID, appSecret: APP_SECRET });
  const port = await freePort();
  const config = loadConfig(
    {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: scratch?.url ?? `file:${join(dir, 'chibo.db')}`,
      LOG_LEVEL: 'silent',
      PLAYGROUND_ENABLED: 'false',
      PUBLIC_BASE_URL: `http://127.0.0.1:${port}`,
      LINK_SIGNING_SECRET: 'z'.repeat(64),
      ZALO_APP_ID: APP_ID,
      ZALO_APP_SECRET: APP_SECRET,
      ZALO_OA_SECRET_KEY: OA_SECRET,
      ZALO_API_BASE_URL: standIn.url,
      ZALO_OAUTH_BASE_URL: standIn.url,
      ZALO_WEBHOOK_MAX_AGE_SECONDS: '300',
      INSTANCE_ID: 'test-instance',
      SCHEDULER_ENABLED: 'false',
    },
    { envFile: null },
  );
  const clock = new ManualClock(new Date('2025-09-01T02:00:00Z'));
  // The app as deployed, with its own Zalo channel and outbox; the test drives the worker and the dispatcher by hand.
  const app = await createApp(config, {
    clock,
    logger: silentLogger,
    shutdownGraceMs: 1_000,
    background: false,
    channels: { outboxRandom: () => 0.5 },
  });
  const { db, bot } = app;
  const zalo = app.channels.get(zaloChannel);
  if (zalo === undefined) throw new Error('the Zalo channel is not configured');
  const dispatcher = app.channels.dispatcher;
  const { url } = await app.listen();

  const webhook = async (
    event: Record<string, unknown>,
    options: WebhookOptions = {},
  ): Promise<{ status: number; ms: number }> => {
    const timestamp = String(options.timestamp ?? clock.now().getTime());
    const variant = options.signature ?? 'body';
    const body = JSON.stringify({
      app_id: options.appId ?? APP_ID,
      ...(variant === 'header' ? {} : { timestamp }),
      ...event,
    });
    const mac = createHash('sha256')
      .update(`${APP_ID}${body}${timestamp}${variant === 'forged' ? 'wrong-key' : OA_SECRET}`)
      .digest('hex');
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (variant !== 'none') headers['x-zevent-signature'] = variant === 'mac-prefix' ? `mac=${mac}` : mac;
    if (variant === 'header') headers['x-zevent-timestamp'] = timestamp;
    const started = performance.now();
    const response = await fetch(`${url}${WEBHOOK_PATH}`, { method: 'POST', headers, body });
    await response.text();
    return { status: response.status, ms: performance.now() - started };
  };

  return {
    url,
    app,
    db,
    bot,
    clock,
    zalo,
    standIn,
    dispatcher,
    config,
    webhook,
    say: (userId, text, msgId) =>
      webhook({
        event_name: 'user_send_text',
        sender: { id: userId },
        recipient: { id: OA_ID },
        message: { text, msg_id: msgId ?? `msg-${(msgSerial += 1)}` },
        user_id_by_app: `app-${userId}`,
      }),
    async settle() {
      for (let round = 0; round < 20; round += 1) {
        const handled = await zalo.worker.runOnce();
        const stats = await dispatcher.runOnce();
        const waiting = await db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
        const queued = await db.prisma.zaloWebhookEvent.count({ where: { status: 'pending' } });
        if (handled === 0 && waiting === 0 && queued === 0 && stats.sent === 0) return;
        clock.advance(1_100);
      }
    },
    textsTo(userId, from = 0) {
      return standIn
        .sent()
        .slice(from)
        .filter((c) => (c.body['recipient'] as Record<string, unknown> | undefined)?.['user_id'] === userId)
        .map(textOf);
    },
    async close() {
      await app.close();
      await standIn.close();
      await scratch?.dispose();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The text of a recorded send: the consultation text, or the transaction template's text element. */
export function textOf(call: { body: Record<string, unknown> }): string {
  const message = call.body['message'] as Record<string, unknown> | undefined;
  if (typeof message?.['text'] === 'string') return message['text'];
  const payload = (
    message?.['attachment'] as { payload?: { elements?: { type: string; content: unknown }[] } } | undefined
  )?.payload;
  const text = payload?.elements?.find((e) => e.type === 'text')?.content;
  return typeof text === 'string' ? text : '';
}
