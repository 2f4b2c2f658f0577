import path from 'node:path';
import type { ClientConfig } from 'pg';

export type DatabaseProvider = 'sqlite' | 'postgresql';

/** Where a database URL points: a SQLite file, or a PostgreSQL database (and schema). */
export type DatabaseTarget =
  | { readonly provider: 'sqlite'; readonly file: string }
  | { readonly provider: 'postgresql'; readonly connectionString: string; readonly schema: string | undefined };

// Schema names end up in SQL and in a `-c search_path=` option: plain identifiers only.
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/**
 * `file:./data/chibo.db` or a plain path → SQLite (relative to the working directory);
 * `postgres://…` / `postgresql://…`, optionally `?schema=NAME` → PostgreSQL.
 * scripts/lib/database-url.js mirrors these rules for the dev scripts.
 */
export function parseDatabaseUrl(url: string): DatabaseTarget {
  if (/^postgres(ql)?:\/\//.test(url)) return parsePostgresUrl(url);
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
  if (file === '' || file === ':memory:') {
    // The migrator and the client use separate connections: an in-memory database would be two databases.
    throw new Error(`A SQLite database needs a file, not "${url}"`);
  }
  return { provider: 'sqlite', file: path.resolve(file) };
}

function parsePostgresUrl(url: string): DatabaseTarget {
  const parsed = new URL(url);
  const schema = parsed.searchParams.get('schema') ?? undefined;
  if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
    throw new Error(`Unsupported PostgreSQL schema name "${schema}" (letters, digits and _ only)`);
  }
  // `schema` is Prisma's parameter, not libpq's: pg must not see it.
  parsed.searchParams.delete('schema');
  return { provider: 'postgresql', connectionString: parsed.toString(), schema };
}

/** pg settings for a target: unqualified names (migration SQL, raw queries) resolve in its schema. */
export function postgresClientConfig(target: Extract<DatabaseTarget, { provider: 'postgresql' }>): ClientConfig {
  const base: ClientConfig = { connectionString: target.connectionString };
  return target.schema === undefined ? base : { ...base, options: `-c search_path=${target.schema}` };
}

/** The target's URL with any password masked, for messages and logs. */
export function describeTarget(target: DatabaseTarget): string {
  if (target.provider === 'sqlite') return target.file;
  const parsed = new URL(target.connectionString);
  if (parsed.password) parsed.password = '***';
  return target.schema === undefined ? parsed.toString() : `${parsed.toString()} (schema ${target.schema})`;
}
