/**
 * Starting on a port that is already taken: listen() rejects with the
 * system's error (main prints "chibo-bot failed to start: …"), instead of an
 * unhandled 'error' event that kills the process with a stack.
 */
import net from 'node:net';
import { startTestApp } from '../support/app';

describe('listening on a port in use', () => {
  let taken: net.Server;
  let port: number;

  beforeAll(async () => {
    taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    port = (taken.address() as net.AddressInfo).port;
  });
  afterAll(() => new Promise<void>((resolve) => taken.close(() => resolve())));

  it('rejects with EADDRINUSE and leaves the process running', async () => {
    await expect(startTestApp({ env: { PORT: String(port) }, background: false })).rejects.toMatchObject({
      code: 'EADDRINUSE',
    });
    // The process is still alive: another app starts and answers.
    const other = await startTestApp({ background: false });
    try {
      expect((await fetch(`${other.url}/healthz`)).status).toBe(200);
    } finally {
      await other.close();
    }
  });
});
