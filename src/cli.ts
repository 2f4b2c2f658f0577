#!/usr/bin/env node
/**
 * Admin command line (`npm run cli -- <command>`): import a roster, list
 * cells, members and meetings, print a meeting summary, seed the demo cell,
 * run migrations. The commands live in src/cli/, one file each.
 */
import { readFile } from 'node:fs/promises';
import { runCli } from './cli/run';
import type { CliDeps, CliIo } from './cli/context';
import { loadConfig } from './config';
import { systemClock } from './features/ports';
import { openDatabase } from './store/database';

export type { CliDeps, CliIo } from './cli/context';
export { usageText } from './cli/run';

/** The production wiring: configuration from the environment, the real database and clock. */
export function defaultCliDeps(): CliDeps {
  return {
    config: () => loadConfig(),
    openDatabase: (url) => openDatabase(url),
    readFile: (path) => readFile(path),
    clock: systemClock,
  };
}

/** Runs one command line and resolves to its exit code (0 ok, 1 failure, 2 usage). */
export function main(argv: readonly string[], io: CliIo, deps: CliDeps = defaultCliDeps()): Promise<number> {
  return runCli(argv, io, deps);
}

if (require.main === module) {
  main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      // runCli reports every error itself; this is a failure to write to stdout/stderr.
      process.stderr.write(`${String(error)}\n`);
      process.exitCode = 1;
    },
  );
}
