/**
 * The real entry point (src/main.ts) in a child Node process, on a database
 * the test prepared, so a test can send it signals — SIGTERM, SIGKILL — the
 * way a process manager does. TypeScript runs through SWC as under jest.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export interface ChildApp {
  readonly url: string;
  readonly process: ChildProcess;
  /** Everything it wrote to stdout and stderr so far (JSON log lines and the development banner). */
  output(): string;
  /** Resolves with the exit code (or the signal that ended it). */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

const ROOT = join(__dirname, '..', '..');
const LISTENING = /"url":"(http:\/\/[^"]+)"[^\n]*listening on/;

/** Starts `src/main.ts` in development mode on 127.0.0.1 (a free port) with `env` on top; resolves once it listens. */
export async function startChildApp(env: Readonly<Record<string, string>>, startTimeoutMs = 60_000): Promise<ChildApp> {
  const child = spawn(process.execPath, ['-r', join(ROOT, 'tests/support/ts-register.js'), join(ROOT, 'src/main.ts')], {
    cwd: ROOT,
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'development',
      HOST: '127.0.0.1',
      PORT: '0',
      LOG_LEVEL: 'info',
      PLAYGROUND_ENABLED: 'false',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`the child app did not listen within ${startTimeoutMs} ms:\n${output}`)),
      startTimeoutMs,
    );
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      const found = LISTENING.exec(output);
      if (found?.[1] === undefined) return;
      clearTimeout(timer);
      resolve(found[1]);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    void exited.then(({ code, signal }) => {
      clearTimeout(timer);
      reject(new Error(`the child app exited (${code ?? signal}) before listening:\n${output}`));
    });
  });
  return { url, process: child, output: () => output, exited };
}
