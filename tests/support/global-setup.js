// jest globalSetup: probes the store tests' PostgreSQL once per run (workers
// start after this and inherit the environment, so they read the result) and
// drops the test schemas a crashed run left behind.
'use strict';
const { STATUS_ENV, testDatabaseUrl, probePostgres, unavailableMessage } = require('./postgres-probe');

// Older than this, a chibo_test_<epoch seconds>_… schema belongs to no running test.
const STALE_AFTER_SECONDS = 3600;

async function dropStaleSchemas(url) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(
      "SELECT nspname FROM pg_namespace WHERE nspname ~ '^chibo_(test|scratch)_[0-9]+_[0-9a-f]+$'",
    );
    const cutoff = Math.floor(Date.now() / 1000) - STALE_AFTER_SECONDS;
    for (const { nspname } of rows) {
      if (Number(nspname.split('_')[2]) < cutoff) await client.query(`DROP SCHEMA IF EXISTS "${nspname}" CASCADE`);
    }
  } finally {
    await client.end();
  }
}

module.exports = async function globalSetup() {
  const url = testDatabaseUrl();
  const status = await probePostgres(url);
  process.env[STATUS_ENV] = JSON.stringify(status);
  if (status.available) {
    await dropStaleSchemas(url);
  } else if (process.env.CI) {
    // On CI the PostgreSQL tests must run: no silent skip.
    throw new Error(`${unavailableMessage(url, status.reason)}\nCI is set, so this run fails.`);
  }
};
