/**
 * `npm run package` as the deployment guide runs it: with only the two
 * settings the package holds it writes the zip; without them it names both in
 * one message.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';

const run = promisify(execFile);
const ROOT = join(__dirname, '..', '..');
const APP_ID = '3f1b5a3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b';
jest.setTimeout(120_000);

let dir: string;
// Only what a person sets for packaging: no secret, no tenant, and none of the test run's own settings.
const baseEnv = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^(Microsoft|PUBLIC_BASE_URL)/.test(name)),
);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chibo-package-cmd-'));
  await run(process.execPath, [join(ROOT, 'scripts', 'build-if-stale.js')], { cwd: ROOT });
}, 300_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run package', () => {
  it('packages with MicrosoftAppId and PUBLIC_BASE_URL alone', async () => {
    const out = join(dir, 'chibo-bot.zip');
    const env = { ...baseEnv, MicrosoftAppId: APP_ID, PUBLIC_BASE_URL: 'https://chibo.example.org' };
    await run('npm', ['run', '-s', 'package', '--', '--out', out], { cwd: ROOT, env });
    const zip = await JSZip.loadAsync(readFileSync(out));
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string')) as {
      id: string;
      validDomains: string[];
    };
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.validDomains).toContain('chibo.example.org');
  });

  it('lists every missing setting in one message', async () => {
    const out = join(dir, 'missing.zip');
    // Run from an empty folder so a developer's .env plays no part.
    const failed = await run(process.execPath, [join(ROOT, 'scripts', 'package-teams.js'), '--out', out], {
      cwd: dir,
      env: baseEnv,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stderr: string }).stderr).toMatch(/MicrosoftAppId[\s\S]*PUBLIC_BASE_URL/);
    expect((failed as { stderr: string }).stderr).not.toMatch(/MicrosoftAppPassword|MicrosoftAppTenantId/);
    expect(existsSync(out)).toBe(false);
  });
});
