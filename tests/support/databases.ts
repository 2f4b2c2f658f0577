/**
 * The harness of every store test: a block runs once on a fresh SQLite file and
 * once on a fresh PostgreSQL schema (TEST_DATABASE_URL, default
 * postgresql://postgres@127.0.0.1:5432/test), dropped afterwards. Without a
 * reachable PostgreSQL the PostgreSQL block is skipped and the run says so at the
 * end (skip-notices.ts / skip-reporter.js) — unless CI is set, where it fails.
 */
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { openDatabase, type Database } from '../../src/store/database';
import { recordSkipNotice } from './skip-notices';

// Plain CommonJS shared with globalSetup and the reporter.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a .js module jest loads untransformed elsewhere
const probe = require('./postgres-probe.js') as {
  testDatabaseUrl(): string;
  storedStatus(): ProbeStatus | undefined;
  unavailableMessage(url: string, reason: string): string;
};

export type TestDatabaseName = 'sqlite' | 'postgresql';

interface ProbeStatus {
  readonly available: boolean;
  readonly reason?: string;
}

export interface TestDatabaseInfo {
  readonly name: TestDatabaseName;
  readonly available: boolean;
  readonly reason?: string;
}

/** The PostgreSQL server of the store tests. */
export const TEST_DATABASE_URL: string = probe.testDatabaseUrl();

function postgresStatus(): ProbeStatus {
  const stored = probe.storedStatus();
  if (stored) return stored;
  // No globalSetup in this run: probe synchronously, since jest needs to know while collecting tests.
  const run = spawnSync(process.execPath, [path.join(__dirname, 'postgres-probe.js')], {
    encoding: 'utf8',
    timeout: 10_000,
  });
  if (run.status === 0 && run.stdout) return JSON.parse(run.stdout) as ProbeStatus;
  return { available: false, reason: `probe failed: ${run.stderr || run.error?.message || 'no output'}` };
}

function postgresInfo(): TestDatabaseInfo {
  const status = postgresStatus();
  return status.available
    ? { name: 'postgresql', available: true }
    : { name: 'postgresql', available: false, reason: status.reason ?? 'unknown' };
}

export const TEST_DATABASES: readonly TestDatabaseInfo[] = [{ name: 'sqlite', available: true }, postgresInfo()];

/** An empty database of one kind; `dispose` deletes it. */
export interface ScratchDatabase {
  readonly name: TestDatabaseName;
  readonly url: string;
  dispose(): Promise<void>;
}

/** A fresh empty database: a SQLite file in a temp folder, or a new schema in the test database. */
export async function createScratchDatabase(name: TestDatabaseName): Promise<ScratchDatabase> {
  if (name === 'sqlite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-test-'));
    return {
      name,
      url: `file:${path.join(dir, 'test.db')}`,
      dispose: () => fs.promises.rm(dir, { recursive: true, force: true }),
    };
  }
  // The creation time in the name lets globalSetup drop schemas a crashed run left behind.
  const schema = `chibo_test_${Math.floor(Date.now() / 1000)}_${randomBytes(4).toString('hex')}`;
  await withPostgres((client) => client.query(`CREATE SCHEMA "${schema}"`));
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('schema', schema);
  return {
    name,
    url: url.toString(),
    dispose: async () => {
      await withPostgres((client) => client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`));
    },
  };
}

/** Runs `work` with a short-lived connection to the test database (no schema). */
export async function withPostgres<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: TEST_DATABASE_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

let skipNoticeRecorded = false;

function noticePostgresSkipped(reason: string): void {
  if (skipNoticeRecorded) return;
  skipNoticeRecorded = true;
  recordSkipNotice(probe.unavailableMessage(TEST_DATABASE_URL, reason));
}

/**
 * Declares `fn` once per database kind (or only for `kinds`), titled
 * `<title> [sqlite]` and `<title> [postgresql]`.
 */
export function describeEachDatabaseKind(
  title: string,
  fn: (name: TestDatabaseName) => void,
  kinds: readonly TestDatabaseName[] = ['sqlite', 'postgresql'],
): void {
  for (const info of TEST_DATABASES.filter((database) => kinds.includes(database.name))) {
    const blockTitle = `${title} [${info.name}]`;
    if (info.available) {
      describe(blockTitle, () => fn(info.name));
    } else if (process.env.CI) {
      describe(blockTitle, () => {
        it('needs PostgreSQL', () => {
          throw new Error(probe.unavailableMessage(TEST_DATABASE_URL, info.reason ?? 'unknown'));
        });
      });
    } else {
      noticePostgresSkipped(info.reason ?? 'unknown');
      describe.skip(blockTitle, () => fn(info.name));
    }
  }
}

/** Runs the block on a freshly migrated database of each kind, shared by its tests and deleted after. */
export function describeEachDatabase(title: string, fn: (getDb: () => Database) => void): void {
  describeEachDatabaseKind(title, (name) => {
    let scratch: ScratchDatabase | undefined;
    let db: Database | undefined;
    beforeAll(async () => {
      scratch = await createScratchDatabase(name);
      db = await openDatabase(scratch.url);
    });
    afterAll(async () => {
      await db?.close();
      await scratch?.dispose();
    });
    fn(() => {
      if (db === undefined) throw new Error('getDb() is only available inside tests and hooks');
      return db;
    });
  });
}
