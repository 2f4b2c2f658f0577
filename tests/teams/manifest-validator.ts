/**
 * Runs @microsoft/app-manifest's schema validation in a child Node process:
 * the library depends on ESM-only packages that Node loads but jest's
 * CommonJS runtime (before Node 24.9) cannot. Same library, same bundled schema.
 */
import { execFileSync } from 'node:child_process';
import type { ManifestValidator } from '../../src/channels/teams/app-package';

const SCRIPT = `
const { AppManifestUtils } = require('@microsoft/app-manifest');
let input = '';
process.stdin.on('data', (chunk) => (input += chunk));
process.stdin.on('end', () => {
  AppManifestUtils.validateAgainstSchema(JSON.parse(input)).then(
    (problems) => process.stdout.write(JSON.stringify(problems)),
    (error) => { process.stderr.write(String(error && error.stack || error)); process.exitCode = 2; },
  );
});`;

export const childProcessValidator: ManifestValidator = async (manifest) => {
  const output = execFileSync(process.execPath, ['-e', SCRIPT], {
    input: JSON.stringify(manifest),
    cwd: process.cwd(),
    encoding: 'utf8',
    timeout: 60_000,
  });
  return JSON.parse(output) as string[];
};
