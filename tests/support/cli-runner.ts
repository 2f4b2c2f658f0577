/** Runs the CLI in-process, as `npm run cli` would, capturing what it writes to stdout and stderr. */
import { main, type CliDeps } from '../../src/cli';

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `deps` is read at each call, so a suite may build it in beforeAll. */
export function cliRunner(deps: () => CliDeps): {
  cli: (...argv: string[]) => Promise<CliRun>;
  json: <T>(...argv: string[]) => Promise<T>;
} {
  const cli = async (...argv: string[]): Promise<CliRun> => {
    let stdout = '';
    let stderr = '';
    const io = { stdout: { write: (t: string) => (stdout += t) }, stderr: { write: (t: string) => (stderr += t) } };
    const code = await main(argv, io, deps());
    return { code, stdout, stderr };
  };
  const json = async <T>(...argv: string[]): Promise<T> => {
    const result = await cli(...argv, '--json');
    expect(result).toMatchObject({ code: 0 });
    return JSON.parse(result.stdout) as T;
  };
  return { cli, json };
}
