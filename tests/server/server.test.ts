/**
 * The HTTP server over real loopback sockets: health, body limits, JSON errors,
 * the playground channel's validation, and a graceful close with a request in
 * flight.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log';
import { createServer, type RouteModule } from '../../src/server';
import { startTestApp, type TestApp } from '../support/app';

interface HttpResult {
  readonly status: number;
  readonly headers: http.IncomingHttpHeaders;
  readonly text: string;
  readonly json: { error?: { code: string; message: string; requestId?: string } } & Record<string, unknown>;
}

interface RequestOptions {
  readonly method?: string;
  readonly headers?: Record<string, string>;
  /** Sent with a Content-Length. */
  readonly body?: string;
  /** Sent chunked, without a Content-Length. */
  readonly chunks?: readonly string[];
  readonly agent?: http.Agent | false;
}

function request(url: string, options: RequestOptions = {}): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const headers = {
      ...options.headers,
      ...(options.body === undefined ? {} : { 'Content-Length': String(Buffer.byteLength(options.body)) }),
    };
    const req = http.request(
      url,
      { method: options.method ?? 'GET', headers, agent: options.agent ?? false },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (part: Buffer) => parts.push(part));
        res.on('end', () => {
          const text = Buffer.concat(parts).toString('utf8');
          const json = (res.headers['content-type'] ?? '').includes('json') ? JSON.parse(text) : {};
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json });
        });
      },
    );
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    for (const chunk of options.chunks ?? []) req.write(chunk);
    req.end();
  });
}

const postJson = (url: string, body: unknown): Promise<HttpResult> =>
  request(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) });

function deferred(): { promise: Promise<void>; resolve: () => void } {
  let resolve: () => void = () => undefined;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}

/** A test-only route module mounted through the open route list. */
function createProbe() {
  const probe = { echoCalls: 0, slowEntered: deferred(), slowGate: deferred() };
  const module: RouteModule = {
    name: 'test-probe',
    register(server) {
      server.post('/test/echo', async (req, res) => {
        probe.echoCalls += 1;
        res.send(200, { received: req.body as unknown });
      });
      server.get('/test/slow', async (_req, res) => {
        probe.slowEntered.resolve();
        await probe.slowGate.promise;
        res.send(200, { slow: 'done' });
      });
      server.get('/test/boom', async () => {
        throw new Error('secret internals at /srv/chibo/src/thing.ts:12');
      });
    },
  };
  return { probe, module };
}

describe('HTTP server', () => {
  const { probe, module } = createProbe();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ seedDemo: true, env: { BODY_LIMIT_BYTES: '4096' }, routes: [module] });
  });
  afterAll(() => t.close());

  it('answers /healthz with the database checked and a request id', async () => {
    const res = await request(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(res.json).toEqual({ status: 'ok', db: 'ok' });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it("keeps a caller's safe x-request-id and logs the request under it", async () => {
    const res = await request(`${t.url}/test/boom`, { headers: { 'x-request-id': 'trace-42' } });
    expect(res.headers['x-request-id']).toBe('trace-42');
    expect(t.logs.some((line) => line.requestId === 'trace-42' && line.msg === 'request' && line.status === 500)).toBe(
      true,
    );
    const unsafe = await request(`${t.url}/healthz`, { headers: { 'x-request-id': 'two words' } });
    expect(unsafe.headers['x-request-id']).not.toBe('two words');
  });

  it('answers a thrown error with a JSON error and no stack', async () => {
    const res = await request(`${t.url}/test/boom`);
    expect(res.status).toBe(500);
    expect(res.json.error).toMatchObject({ code: 'internal' });
    expect(res.text).not.toContain('secret internals');
    expect(res.text).not.toMatch(/stack|\.ts:\d+/);
  });

  it('answers an unknown route with 404 in the same shape', async () => {
    const res = await request(`${t.url}/nowhere`);
    expect(res.status).toBe(404);
    expect(res.json.error?.code).toBe('route.not_found');
  });

  it('refuses a body over BODY_LIMIT_BYTES with 413 before any handler runs', async () => {
    const before = probe.echoCalls;
    const big = JSON.stringify({ text: 'x'.repeat(5000) });
    const declared = await postJson(`${t.url}/test/echo`, JSON.parse(big));
    expect(declared.status).toBe(413);
    expect(declared.json.error).toMatchObject({
      code: 'request.too_large',
      message: expect.stringContaining('4096 bytes'),
    });
    const chunked = await request(`${t.url}/test/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      chunks: [big.slice(0, 2500), big.slice(2500)],
    });
    expect(chunked.status).toBe(413);
    expect(probe.echoCalls).toBe(before);
    const small = await postJson(`${t.url}/test/echo`, { text: 'ok' });
    expect(small.status).toBe(200);
    expect(small.json.received).toEqual({ text: 'ok' });
  });

  it('refuses multipart uploads with 415 before reading them', async () => {
    const before = probe.echoCalls;
    const res = await request(`${t.url}/test/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
      chunks: ['--x\r\nContent-Disposition: form-data; name="f"; filename="a.txt"\r\n\r\nhello\r\n--x--\r\n'],
    });
    expect(res.status).toBe(415);
    expect(res.json.error?.code).toBe('request.unsupported_media_type');
    expect(probe.echoCalls).toBe(before);
  });

  it('refuses malformed JSON with 400', async () => {
    const res = await request(`${t.url}/test/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: '{"text": ',
    });
    expect(res.status).toBe(400);
    expect(res.json.error?.code).toBe('request.invalid_json');
  });

  describe('playground channel', () => {
    const turnUrl = () => `${t.url}/playground/api/turn`;
    let cellId: string;
    let memberId: string;

    beforeAll(async () => {
      cellId = t.demoCellId ?? '';
      const members = await request(`${t.url}/playground/api/cells/${cellId}/members`);
      const roster = members.json.members as { id: string; role: string; fullName: string; status: string }[];
      expect(roster[0]?.role).toBe('secretary');
      memberId = roster[0]?.id ?? '';
    });

    it('lists cells and rosters', async () => {
      const cells = await request(`${t.url}/playground/api/cells`);
      expect(cells.json.cells).toEqual(
        expect.arrayContaining([expect.objectContaining({ id: cellId, name: expect.any(String) })]),
      );
      const unknown = await request(`${t.url}/playground/api/cells/nope/members`);
      expect(unknown.status).toBe(404);
    });

    it.each([
      ['no text and no action', {}, 'exactly one of "text" or "action"'],
      [
        'both text and action',
        { text: 'hi', action: { verb: 'vote.cast', data: {} } },
        'exactly one of "text" or "action"',
      ],
      ['an empty text', { text: '   ' }, 'text must not be empty'],
      ['a text over 2000 characters', { text: 'a'.repeat(2001) }, 'text must be at most 2000 characters'],
      ['an unknown verb', { action: { verb: 'vote.steal', data: {} } }, 'action.verb must be one of'],
      ['an unknown locale', { text: 'hi', locale: 'fr' }, 'locale must be "vi" or "en"'],
      ['an unknown field', { text: 'hi', admin: true }, 'unknown field(s): admin'],
    ])('refuses %s with 400 and says why', async (_case, extra, message) => {
      const res = await postJson(turnUrl(), { cellId, memberId, ...extra });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({ code: 'input.invalid', message: expect.stringContaining(message) });
    });

    it('refuses a missing memberId and a member of another cell', async () => {
      const missing = await postJson(turnUrl(), { cellId, text: 'hi' });
      expect(missing.status).toBe(400);
      expect(missing.json.error?.message).toContain('memberId is required');
      const other = await postJson(turnUrl(), { cellId: 'another-cell', memberId, text: 'hi' });
      expect(other.status).toBe(400);
      expect(other.json.error?.message).toContain('is not a member of cell');
    });

    it('turns a message into a turn and renders the replies as Adaptive Cards', async () => {
      const res = await postJson(turnUrl(), { cellId, memberId, text: 'trợ giúp' });
      expect(res.status).toBe(200);
      const replies = res.json.replies as { kind: string; card?: { type: string; version: string } }[];
      expect(replies.length).toBeGreaterThan(0);
      for (const reply of replies.filter((r) => r.kind === 'card'))
        expect(reply.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
      expect(res.json.refreshes).toEqual(expect.any(Array));
    });

    it('renders a shared card for a member and refuses bad card requests', async () => {
      const noMember = await request(`${t.url}/playground/api/cards/vote:x`);
      expect(noMember.status).toBe(400);
      const badKey = await request(
        `${t.url}/playground/api/cards/${encodeURIComponent('nonsense')}?memberId=${memberId}&locale=en`,
      );
      expect(badKey.status).toBe(422);
      expect(badKey.json.error?.message).toMatch(/not valid/);
    });

    it('serves the page as HTML and no file outside the built folder', async () => {
      const page = await request(`${t.url}/playground`);
      expect([200, 503]).toContain(page.status);
      expect(page.headers['content-type']).toContain('text/html');
      expect(page.headers['content-security-policy']).toContain("script-src 'self'");
      for (const name of ['..%2F..%2F..%2Fpackage.json', '.%2E/index.html', 'secret.txt']) {
        expect((await request(`${t.url}/playground/assets/${name}`)).status).toBe(404);
      }
    });
  });
});

describe('HTTP server without the playground', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { PLAYGROUND_ENABLED: 'false' } });
  });
  afterAll(() => t.close());

  it.each([
    ['GET', '/playground'],
    ['GET', '/playground/assets/app.js'],
    ['GET', '/playground/api/cells'],
    ['POST', '/playground/api/turn'],
  ])('%s %s is 404', async (method, path) => {
    const res = await request(`${t.url}${path}`, {
      method,
      headers: { 'Content-Type': 'application/json' },
      body: '{}',
    });
    expect(res.status).toBe(404);
  });
});

describe('/healthz when the database does not answer', () => {
  it('answers 503', async () => {
    const logger = createLogger({ logLevel: 'silent' }, new Writable({ write: (_c, _e, done) => done() }));
    const server = createServer({
      config: { bodyLimitBytes: 1024 },
      logger,
      checkDatabase: () => Promise.reject(new Error('database is down')),
    });
    await new Promise<void>((resolve) => server.server.listen(0, '127.0.0.1', resolve));
    try {
      const res = await request(`http://127.0.0.1:${(server.server.address() as AddressInfo).port}/healthz`);
      expect(res.status).toBe(503);
      expect(res.json).toMatchObject({ status: 'unavailable', db: 'error' });
    } finally {
      await new Promise<void>((resolve) => server.close(resolve));
    }
  });
});

describe('log redaction', () => {
  it('never writes secrets', () => {
    const lines: string[] = [];
    const logger = createLogger(
      { logLevel: 'info' },
      new Writable({ write: (chunk: Buffer, _e, done) => done(void lines.push(chunk.toString())) }),
    );
    logger.info(
      {
        headers: { authorization: 'Bearer abc' },
        config: { microsoftApp: { appPassword: 'p4ss' } },
        MicrosoftAppPassword: 'p4ss',
      },
      'x',
    );
    expect(lines.join('')).not.toMatch(/abc|p4ss/);
    expect(lines.join('')).toContain('[redacted]');
  });
});

describe('graceful close', () => {
  it('finishes the request in flight, says 503 on /healthz while draining and does not wait for idle keep-alive sockets', async () => {
    const { probe, module } = createProbe();
    const t = await startTestApp({ routes: [module] });
    const idleAgent = new http.Agent({ keepAlive: true });
    const busyAgent = new http.Agent({ keepAlive: true });
    try {
      // An idle keep-alive connection, as a browser or a load balancer leaves open.
      expect((await request(`${t.url}/healthz`, { agent: idleAgent })).status).toBe(200);
      const slow = request(`${t.url}/test/slow`, { agent: busyAgent });
      await probe.slowEntered.promise;

      const started = Date.now();
      const closing = t.app.close();
      // Draining: still accepting (a request already on its way is answered), but a load balancer is told to go elsewhere.
      const health = await request(`${t.url}/healthz`);
      expect(health.status).toBe(503);
      expect(health.headers.connection).toBe('close');

      probe.slowGate.resolve();
      const res = await slow;
      expect(res.status).toBe(200);
      expect(res.json).toEqual({ slow: 'done' });
      expect(res.headers.connection).toBe('close');
      await closing;
      expect(Date.now() - started).toBeLessThan(2000);
    } finally {
      idleAgent.destroy();
      busyAgent.destroy();
      await t.close();
    }
  });
});
