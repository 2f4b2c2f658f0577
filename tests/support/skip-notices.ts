/**
 * Skipped test groups must be visible: a suite that could not run (no Chromium,
 * no PostgreSQL) records a notice here, and skip-reporter.js prints every
 * notice after jest's summary. Workers and the reporter share one file, named
 * by the reporter through the environment (workers inherit it).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

// Keep in step with skip-reporter.js.
export const SKIP_NOTICES_ENV = 'CHIBO_SKIP_NOTICES_FILE';

/** The notices file of this jest run (the reporter's choice, else one per parent process). */
export function skipNoticesFile(): string {
  return process.env[SKIP_NOTICES_ENV] ?? path.join(os.tmpdir(), `chibo-skip-notices-${process.ppid}.txt`);
}

/** Says loudly now, and again in the run summary, that some tests did not run. */
export function recordSkipNotice(message: string): void {
  console.warn(`\n!!! ${message}\n`);
  fs.appendFileSync(skipNoticesFile(), `${JSON.stringify(message)}\n`);
}
