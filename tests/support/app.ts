/**
 * A real app on loopback for adapter and browser tests: a fresh SQLite file in
 * a temp folder, an injected clock, captured logs, port 0.
 *
 *   const t = await startTestApp({ seedDemo: true });
 *   const res = await fetch(`${t.url}/healthz`);
 *   await t.close();
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Writable } from 'node:stream';
import { createApp, type App } from '../../src/app';
import type { ChannelOverrides } from '../../src/channels/compose';
import type { ChannelFactory } from '../../src/channels/module';
import { loadConfig, type Config } from '../../src/config';
import { seedDemoCell } from '../../src/features/demo/seed';
import type { Clock } from '../../src/features/ports';
import { createLogger } from '../../src/log';
import type { RouteModule } from '../../src/server';
import type { Database } from '../../src/store/database';

/** A clock tests move by hand. */
export interface TestClock extends Clock {
  set(date: Date | string): void;
  advance(ms: number): void;
}

/** Default: 1 September 2025, 09:00 in Hà Nội — a few days before the demo cell's monthly meeting. */
export function createTestClock(start: Date | string = '2025-09-01T02:00:00Z'): TestClock {
  let now = new Date(start).getTime();
  return {
    now: () => new Date(now),
    set: (date) => {
      now = new Date(date).getTime();
    },
    advance: (ms) => {
      now += ms;
    },
  };
}

export interface TestAppOptions {
  /** Extra environment variables (strings, as in a real environment). */
  readonly env?: Readonly<Record<string, string>>;
  readonly clock?: TestClock;
  readonly routes?: readonly RouteModule[];
  /** Seed the demo cell (src/features/demo/seed.ts) before returning. */
  readonly seedDemo?: boolean;
  readonly shutdownGraceMs?: number;
  /** Start the background work (outbox loop, Zalo worker, scheduler) on listen; default true. */
  readonly background?: boolean;
  /** Channel knobs (e.g. Teams token verification against a local stand-in). */
  readonly channels?: ChannelOverrides;
  /** The channels to run (default: the app's registry; a test adds its fake channel to that list). */
  readonly channelRegistry?: readonly ChannelFactory[];
}

export interface TestApp {
  readonly app: App;
  readonly config: Config;
  readonly db: Database;
  readonly url: string;
  readonly clock: TestClock;
  /** Parsed JSON log lines written so far. */
  readonly logs: Record<string, unknown>[];
  /** The demo cell's id when seedDemo was set. */
  readonly demoCellId?: string;
  /** Closes the app (idempotent) and deletes the temp folder. */
  close(): Promise<void>;
}

export async function startTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-app-'));
  const config = loadConfig(
    {
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'debug',
      DATABASE_URL: `file:${path.join(dir, 'chibo.db')}`,
      ...options.env,
    },
    { envFile: null },
  );
  const clock = options.clock ?? createTestClock();
  const logs: Record<string, unknown>[] = [];
  const app = await createApp(config, {
    clock,
    logger: createLogger(config, captureLines(logs)),
    ...(options.routes === undefined ? {} : { routes: options.routes }),
    ...(options.shutdownGraceMs === undefined ? {} : { shutdownGraceMs: options.shutdownGraceMs }),
    ...(options.background === undefined ? {} : { background: options.background }),
    ...(options.channels === undefined ? {} : { channels: options.channels }),
    ...(options.channelRegistry === undefined ? {} : { channelRegistry: options.channelRegistry }),
  });
  try {
    const { url } = await app.listen();
    const demo = options.seedDemo ? await seedDemoCell(app.db, clock) : undefined;
    return {
      app,
      config,
      db: app.db,
      url,
      clock,
      logs,
      ...(demo === undefined ? {} : { demoCellId: demo.cellId }),
      close: async () => {
        await app.close();
        await fs.promises.rm(dir, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

function captureLines(into: Record<string, unknown>[]): Writable {
  return new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n'))
        if (line.trim() !== '') into.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
}
