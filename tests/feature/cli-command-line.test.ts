/**
 * The CLI as people call it: through npm, npx and the launcher, in real child
 * processes, on a seeded database. With --json, stdout must parse as JSON:
 * build chatter, warnings and logs belong on stderr.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
// Child processes on a shared machine: generous, since every call starts Node (and npm) afresh.
jest.setTimeout(120_000);
const ROOT = join(__dirname, '..', '..');
// The first call may build (tsc, web bundles) when dist/ is stale: allow for it.
const FIRST_CALL_TIMEOUT = 300_000;

let dir: string;
let env: NodeJS.ProcessEnv;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'chibo-cli-line-'));
  env = { ...process.env, DATABASE_URL: `file:${join(dir, 'chibo.db')}`, NODE_ENV: 'development' };
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function shell(command: string): Promise<{ stdout: string; stderr: string }> {
  return run('sh', ['-c', command], { cwd: ROOT, env, maxBuffer: 16 * 1024 * 1024 });
}

describe('cli: --json on the real command line', () => {
  beforeAll(async () => {
    const seeded = await shell('npm run -s cli -- demo --json');
    expect(JSON.parse(seeded.stdout)).toEqual({ cellId: 'demo-cell' });
  }, FIRST_CALL_TIMEOUT);

  it('npm run -s cli -- meetings --cell demo-cell --json prints only JSON', async () => {
    const { stdout } = await shell('npm run -s cli -- meetings --cell demo-cell --json');
    const meetings = JSON.parse(stdout) as { id: string; status: string }[];
    expect(meetings).toContainEqual(expect.objectContaining({ id: 'demo-meeting-held', status: 'closed' }));
  });

  it('pipes a summary into a JSON parser (the README command)', async () => {
    const parse = `node -e "const s = JSON.parse(require('fs').readFileSync(0, 'utf8')); process.stdout.write(s.meeting.id)"`;
    const { stdout } = await shell(`npm run -s cli -- summary --meeting demo-meeting-held --json | ${parse}`);
    expect(stdout).toBe('demo-meeting-held');
  });

  it('npx chibo and the launcher itself print only JSON too', async () => {
    const viaNpx = await shell('npx chibo cells --json');
    expect(JSON.parse(viaNpx.stdout)).toContainEqual(expect.objectContaining({ id: 'demo-cell', memberCount: 16 }));
    const viaLauncher = await shell('node bin/chibo.js members --cell demo-cell --json');
    expect(JSON.parse(viaLauncher.stdout)).toHaveLength(16);
  });

  it('keeps errors on stderr and stdout empty', async () => {
    const failed = await shell('npm run -s cli -- summary --meeting no-such-meeting --json').catch(
      (error: { stdout: string; stderr: string; code: number }) => error,
    );
    expect(failed).toMatchObject({ code: 1, stdout: '' });
    expect(failed.stderr).toContain('Lỗi');
  });
});
