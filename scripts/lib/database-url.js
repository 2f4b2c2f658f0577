// The database URL rules of src/store/database-url.ts, for the dev scripts (which
// run as plain Node and cannot load the TypeScript). Keep the two in step.
'use strict';
const path = require('node:path');
const { URL } = require('node:url');

const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;

/** `file:…` or a path → SQLite file; `postgres(ql)://…[?schema=NAME]` → PostgreSQL. */
function parseDatabaseUrl(url) {
  if (/^postgres(ql)?:\/\//.test(url)) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') || undefined;
    if (schema !== undefined && !SCHEMA_NAME.test(schema))
      throw new Error(`Unsupported PostgreSQL schema name "${schema}"`);
    parsed.searchParams.delete('schema');
    return { provider: 'postgresql', connectionString: parsed.toString(), schema };
  }
  const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
  if (file === '' || file === ':memory:') throw new Error(`A SQLite database needs a file: "${url}"`);
  return { provider: 'sqlite', file: path.resolve(file) };
}

/** pg settings that put unqualified names in the URL's schema. */
function postgresPoolConfig(target) {
  const config = { connectionString: target.connectionString, max: 4 };
  return target.schema ? { ...config, options: `-c search_path=${target.schema}` } : config;
}

module.exports = { parseDatabaseUrl, postgresPoolConfig };
