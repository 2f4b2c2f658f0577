/**
 * A database for one bench run, removed afterwards: a SQLite file in a temp
 * folder, or a schema of its own in the PostgreSQL database a URL names (so a
 * bench never writes into, or leaves tables in, the schema the URL points at).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';

/** What a bench says it ran on. */
export type BenchProvider = 'SQLite' | 'PostgreSQL';

/** Runs `work` with the URL of a fresh database: SQLite without `postgresUrl`, else a throwaway schema there. */
export async function withScratchDatabase<T>(
  postgresUrl: string | undefined,
  work: (url: string, provider: BenchProvider) => Promise<T>,
): Promise<T> {
  if (postgresUrl === undefined) {
    const dir = mkdtempSync(join(tmpdir(), 'chibo-bench-'));
    try {
      return await work(`file:${join(dir, 'bench.db')}`, 'SQLite');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const schema = `chibo_bench_${randomBytes(4).toString('hex')}`;
  const admin = new Client({ connectionString: postgresUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE SCHEMA "${schema}"`);
    const scoped = new URL(postgresUrl);
    scoped.searchParams.set('schema', schema);
    try {
      return await work(scoped.toString(), 'PostgreSQL');
    } finally {
      await admin.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    }
  } finally {
    await admin.end();
  }
}
