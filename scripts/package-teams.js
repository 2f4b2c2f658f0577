#!/usr/bin/env node
// Writes the Teams app package, manifest/build/chibo-bot.zip, with the
// manifest's placeholders filled from the two settings the package holds
// (MicrosoftAppId, PUBLIC_BASE_URL; from the environment or .env) and
// validated offline. The client secret and tenant id are the server's, not
// the package's: they are not asked for here.
//
//   npm run package                  (builds first: the code lives in src/channels/teams/app-package.ts)
//   npm run package -- --out FILE    another place for the zip
'use strict';
const path = require('node:path');

const root = path.resolve(__dirname, '..');

async function main() {
  const { loadPackageConfig, ConfigError } = require(path.join(root, 'dist/src/config.js'));
  const { packageInputsFrom, writeTeamsPackage } = require(path.join(root, 'dist/src/channels/teams/app-package.js'));
  const { version } = require(path.join(root, 'package.json'));
  let settings;
  try {
    settings = loadPackageConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    console.error(
      `npm run package needs these settings (in the environment or .env; see .env.example):\n${error.message}`,
    );
    process.exitCode = 1;
    return;
  }
  const outIndex = process.argv.indexOf('--out');
  const outFile =
    outIndex > 0 && process.argv[outIndex + 1]
      ? path.resolve(process.argv[outIndex + 1])
      : path.join(root, 'manifest', 'build', 'chibo-bot.zip');
  const out = await writeTeamsPackage(path.join(root, 'manifest'), outFile, packageInputsFrom(settings, version));
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
