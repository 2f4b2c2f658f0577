// Whether the PostgreSQL of the store tests answers. Plain CommonJS: jest's
// globalSetup loads it, and the harness may run it as a script.
'use strict';

const DEFAULT_TEST_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/test';
/** Where globalSetup leaves the probe's result for the test workers. */
const STATUS_ENV = 'CHIBO_TEST_POSTGRES_STATUS';

function testDatabaseUrl() {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

/** `{ available: true }` or `{ available: false, reason }`, within a few seconds. */
async function probePostgres(url = testDatabaseUrl()) {
  const { Client } = require('pg');
  const client = new Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return { available: true };
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message || error.name : String(error) };
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** The result globalSetup stored, or undefined when it did not run. */
function storedStatus() {
  const raw = process.env[STATUS_ENV];
  return raw ? JSON.parse(raw) : undefined;
}

/** The same text from every test file, so the skip reporter prints it once. */
function unavailableMessage(url, reason) {
  return (
    `PostgreSQL not reachable at ${url} (${reason}): the PostgreSQL store tests did NOT run; ` +
    '.ci/run provides it (or: eval "$(scripts/ensure-postgres.sh)")'
  );
}

module.exports = {
  DEFAULT_TEST_DATABASE_URL,
  STATUS_ENV,
  testDatabaseUrl,
  probePostgres,
  storedStatus,
  unavailableMessage,
};

// `node tests/support/postgres-probe.js` prints the probe as JSON (the harness's fallback without globalSetup).
if (require.main === module) {
  probePostgres().then((status) => process.stdout.write(JSON.stringify(status)));
}
