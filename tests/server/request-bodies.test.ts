/**
 * Request bodies at the edge, over loopback against a real app with every
 * route mounted (Teams with authentication on, Zalo, the playground): content
 * encodings are refused before a byte is read (a body that is not gzip used to
 * crash the process, and a small gzip inflated past the body limit), bodies
 * over the limit are refused whether declared or chunked, and odd content
 * types get a 4xx, never a 5xx.
 */
import { gzipSync } from 'node:zlib';
import type { RouteModule } from '../../src/server';
import { startTestApp, type TestApp } from '../support/app';
import { errorCode, rawRequest } from './raw-http';

const LIMIT = 4096;
const TEAMS_AUTH = {
  MicrosoftAppId: '3f1b5a3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
};
// Zalo on, its API on a loopback port where nothing listens.
const ZALO = {
  ZALO_APP_ID: '4242424242424242424',
  ZALO_APP_SECRET: 'app-secret',
  ZALO_OA_SECRET_KEY: 'oa-secret',
  ZALO_API_BASE_URL: 'http://127.0.0.1:9',
  ZALO_OAUTH_BASE_URL: 'http://127.0.0.1:9',
};
const POST_ROUTES = ['/test/echo', '/api/messages', '/api/zalo/webhook', '/playground/api/turn'] as const;

function createEcho(): { calls: () => number; module: RouteModule } {
  let calls = 0;
  const module: RouteModule = {
    name: 'test-echo',
    register(server) {
      server.post('/test/echo', async (req, res) => {
        calls += 1;
        res.send(200, { length: JSON.stringify(req.body ?? null).length });
      });
    },
  };
  return { calls: () => calls, module };
}

describe('request bodies', () => {
  const echo = createEcho();
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({
      env: { BODY_LIMIT_BYTES: String(LIMIT), PUBLIC_BASE_URL: 'http://127.0.0.1:1', ...TEAMS_AUTH, ...ZALO },
      routes: [echo.module],
      background: false,
    });
  });
  afterAll(() => t.close());

  const healthy = async () => expect((await rawRequest(`${t.url}/healthz`)).status).toBe(200);

  it.each(POST_ROUTES)(
    'refuses a gzip-labelled body that is not gzip on %s with 415, and keeps running',
    async (route) => {
      const res = await rawRequest(`${t.url}${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body: '{"type":"message","text":"not gzip at all"}',
      });
      expect(res.status).toBe(415);
      expect(errorCode(res)).toBe('request.unsupported_encoding');
      expect(res.headers['accept-encoding']).toBe('identity');
      await healthy();
    },
  );

  it('refuses a small gzip that would inflate far past the body limit, before any handler runs', async () => {
    const bomb = gzipSync(JSON.stringify({ text: 'x'.repeat(2 * 1024 * 1024) }));
    expect(bomb.length).toBeLessThan(LIMIT);
    const before = echo.calls();
    for (const route of POST_ROUTES) {
      const res = await rawRequest(`${t.url}${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
        body: bomb,
      });
      expect({ route, status: res.status }).toEqual({ route, status: 415 });
    }
    expect(echo.calls()).toBe(before);
    await healthy();
  });

  it.each(['deflate', 'br', 'x-gzip', 'GZIP', 'gzip, identity', 'identity, gzip', 'compress', 'zstd'])(
    'refuses Content-Encoding: %s with 415',
    async (encoding) => {
      const res = await rawRequest(`${t.url}/test/echo`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Encoding': encoding },
        body: '{}',
      });
      expect(res.status).toBe(415);
    },
  );

  it('refuses a chunked gzip body as well', async () => {
    const res = await rawRequest(`${t.url}/api/messages`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'gzip' },
      chunks: ['\x1f\x8b garbage', 'more garbage'],
    });
    expect(res.status).toBe(415);
    await healthy();
  });

  it('accepts an identity encoding as no encoding', async () => {
    const res = await rawRequest(`${t.url}/test/echo`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Content-Encoding': 'identity' },
      body: '{"a":1}',
    });
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ length: 7 });
  });

  it.each(POST_ROUTES)(
    'refuses a chunked body over the limit without a Content-Length on %s with 413',
    async (route) => {
      const before = echo.calls();
      const big = JSON.stringify({ text: 'y'.repeat(LIMIT * 4) });
      const res = await rawRequest(`${t.url}${route}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        chunks: [big.slice(0, LIMIT), big.slice(LIMIT)],
      });
      expect(res.status).toBe(413);
      expect(errorCode(res)).toBe('request.too_large');
      expect(echo.calls()).toBe(before);
    },
  );

  it.each([
    ['no content type', undefined],
    ['an empty content type', ''],
    ['a content type of semicolons', ';;;'],
    ['a content type with a broken parameter', 'application/json; charset='],
    ['plain text', 'text/plain'],
    ['form data', 'application/x-www-form-urlencoded'],
    ['a made-up type', 'application/x-chibo'],
    ['octet-stream', 'application/octet-stream'],
  ])('answers a body with %s with a 4xx (or the route’s own 200), never a 5xx', async (_case, contentType) => {
    for (const route of ['/api/messages', '/api/zalo/webhook', '/playground/api/turn']) {
      const headers: Record<string, string> = contentType === undefined ? {} : { 'Content-Type': contentType };
      const res = await rawRequest(`${t.url}${route}`, {
        method: 'POST',
        headers,
        body: '{"type":"message","text":"hi"}',
      });
      expect({ route, status: res.status < 500 }).toEqual({ route, status: true });
      expect(res.text).not.toMatch(/\.ts:\d|node_modules|stack/i);
    }
    await healthy();
  });
});
