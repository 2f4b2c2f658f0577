// jest globalSetup: probes the store tests' PostgreSQL once per run. Workers
// start after this and inherit the environment, so they read the result.
'use strict';
const { STATUS_ENV, testDatabaseUrl, probePostgres, unavailableMessage } = require('./postgres-probe');

module.exports = async function globalSetup() {
  const url = testDatabaseUrl();
  const status = await probePostgres(url);
  process.env[STATUS_ENV] = JSON.stringify(status);
  if (!status.available && process.env.CI) {
    // On CI the PostgreSQL tests must run: no silent skip.
    throw new Error(`${unavailableMessage(url, status.reason)}\nCI is set, so this run fails.`);
  }
};
