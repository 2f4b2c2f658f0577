#!/usr/bin/env node
// Writes the Teams app package, manifest/build/chibo-bot.zip, with the
// manifest's placeholders filled from the configuration (MicrosoftAppId,
// PUBLIC_BASE_URL; see .env.example) and validated offline.
//
//   npm run package        (builds first: the code lives in src/channels/teams/app-package.ts)
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..');

async function main() {
  const { loadConfig, ConfigError } = require(path.join(root, 'dist/src/config.js'));
  const { packageInputsFrom, writeTeamsPackage } = require(path.join(root, 'dist/src/channels/teams/app-package.js'));
  const { version } = require(path.join(root, 'package.json'));
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(error.message);
    process.exitCode = 1;
    return;
  }
  const out = await writeTeamsPackage(path.join(root, 'manifest'), path.join(root, 'manifest', 'build', 'chibo-bot.zip'), packageInputsFrom(config, version));
  console.log(`wrote ${path.relative(root, out)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
