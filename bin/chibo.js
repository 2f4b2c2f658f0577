#!/usr/bin/env node
// `chibo <command>` (npx chibo, npm run cli --): the admin CLI, built first if
// its sources changed since the last build (scripts/build-if-stale.js), then
// run in this same process so a call costs one Node start.
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..');

try {
  require(path.join(root, 'scripts', 'build-if-stale.js')).buildIfStale();
} catch (error) {
  process.stderr.write(`\n${error.message}\n`);
  process.exit(1);
}

const { main } = require(path.join(root, 'dist', 'src', 'cli.js'));
main(process.argv.slice(2), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`${String(error)}\n`);
    process.exitCode = 1;
  },
);
