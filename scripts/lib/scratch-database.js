// Throwaway databases in which the dev scripts rebuild the migrated schema: a
// temp SQLite file, or a fresh schema in a PostgreSQL database.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const crypto = require('node:crypto');
const { URL } = require('node:url');

const DEFAULT_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/test';

/** The PostgreSQL server the scripts may use for scratch schemas. */
function postgresServerUrl() {
  return process.env.MIGRATION_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_POSTGRES_URL;
}

function createSqliteScratch() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-scratch-'));
  const file = path.join(dir, 'scratch.db');
  return {
    url: `file:${file}`,
    async replay(migrations) {
      const Database = require('better-sqlite3');
      const db = new Database(file);
      try {
        // Same as the service: table rebuilds must not cascade deletes.
        db.pragma('foreign_keys = OFF');
        for (const migration of migrations) db.exec(migration.sql);
      } finally {
        db.close();
      }
    },
    async dispose() {
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function createPostgresScratch() {
  const pg = require('pg');
  const server = postgresServerUrl();
  const schema = `chibo_scratch_${Math.floor(Date.now() / 1000)}_${crypto.randomBytes(3).toString('hex')}`;
  const client = new pg.Client({ connectionString: server, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL is needed to rebuild the PostgreSQL migrations but ${server} does not answer (${error.message}). ` +
        'Set MIGRATION_DATABASE_URL, or start one with: eval "$(scripts/ensure-postgres.sh)"',
    );
  }
  await client.query(`CREATE SCHEMA "${schema}"`);
  await client.query(`SET search_path TO "${schema}"`);
  const url = new URL(server);
  url.searchParams.set('schema', schema);
  return {
    url: url.toString(),
    async replay(migrations) {
      for (const migration of migrations) await client.query(migration.sql);
    },
    async dispose() {
      try {
        await client.query(`DROP SCHEMA "${schema}" CASCADE`);
      } finally {
        await client.end();
      }
    },
  };
}

/** A scratch database of `provider`, empty: `{ url, replay(migrations), dispose() }`. */
function createScratch(provider) {
  return provider === 'sqlite' ? Promise.resolve(createSqliteScratch()) : createPostgresScratch();
}

module.exports = { createScratch, postgresServerUrl };
