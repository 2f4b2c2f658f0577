// jest reporter: after the summary, says loudly when the PostgreSQL store tests
// were skipped because no PostgreSQL answered (never on CI: the run fails there).
'use strict';
const { testDatabaseUrl, storedStatus, probePostgres, unavailableMessage } = require('./postgres-probe');

const POSTGRES_TAG = '[postgresql]';

class DatabaseReporter {
  constructor() {
    this.skippedPostgresTests = 0;
  }

  onTestResult(_test, testResult) {
    for (const result of testResult.testResults) {
      const tagged = result.ancestorTitles.some((title) => title.endsWith(POSTGRES_TAG));
      if (tagged && (result.status === 'pending' || result.status === 'skipped')) this.skippedPostgresTests += 1;
    }
  }

  async onRunComplete() {
    if (this.skippedPostgresTests === 0) return;
    // Without the globalSetup the workers probed on their own: ask again.
    const status = storedStatus() ?? (await probePostgres());
    if (status.available) return;
    const line = unavailableMessage(testDatabaseUrl(), status.reason, this.skippedPostgresTests);
    const bar = '!'.repeat(Math.min(line.length, 100));
    process.stderr.write(`\n${bar}\n${line}\n${bar}\n\n`);
  }
}

module.exports = DatabaseReporter;
