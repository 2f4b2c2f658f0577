/**
 * No bearer token reaches the log. A real app (Zalo on, the demo cell, every
 * log level) mints signed links of every kind the way the app does (Zalo
 * vote/RSVP/roll-call pages, minutes, draft resolution, spreadsheet,
 * dashboard) and uses each of them over loopback: as sent, tampered, with the
 * wrong method, with a path after it, compressed, as a query and as a Bearer
 * header. Then the whole log is searched for every token and for each half of
 * it: zero hits, while the request lines are still there.
 */
import { answerLink } from '../../src/channels/zalo/render';
import type { Question } from '../../src/channels/zalo/questions';
import { Writable } from 'node:stream';
import { createLogger } from '../../src/log';
import { redactUrl } from '../../src/log-redaction';
import { createDocumentLinks } from '../../src/web/dashboard/links';
import { signLink } from '../../src/web/signed-links';
import { startTestApp, type TestApp } from '../support/app';
import { rawRequest } from './raw-http';

const ZALO = {
  ZALO_APP_ID: '4242424242424242424',
  ZALO_APP_SECRET: 'app-secret',
  ZALO_OA_SECRET_KEY: 'oa-secret',
  ZALO_API_BASE_URL: 'http://127.0.0.1:9',
  ZALO_OAUTH_BASE_URL: 'http://127.0.0.1:9',
};

interface Minted {
  readonly kind: string;
  readonly url: string;
  readonly token: string;
}

function tokenOf(url: string): string {
  const parsed = new URL(url);
  return decodeURIComponent(parsed.searchParams.get('token') ?? parsed.pathname.split('/').at(-1) ?? '');
}

describe('tokens in the log', () => {
  let t: TestApp;
  const minted: Minted[] = [];

  beforeAll(async () => {
    t = await startTestApp({
      seedDemo: true,
      env: { LOG_LEVEL: 'trace', PUBLIC_BASE_URL: 'http://127.0.0.1:1', LINK_SIGNING_SECRET: 'r'.repeat(64), ...ZALO },
      background: false,
    });
    const cellId = t.demoCellId ?? '';
    const secretary = await t.db.prisma.member.findFirstOrThrow({ where: { cellId, role: 'secretary' } });
    const meeting = await t.db.prisma.meeting.findFirstOrThrow({ where: { cellId } });
    // The secretary's Zalo account, so the answer pages bind and render.
    await t.db.prisma.channelAccount.create({
      data: { platform: 'zalo', platformUserId: 'zalo-user-1', memberId: secretary.id },
    });
    const links = createDocumentLinks({ secret: t.config.linkSigningSecret, baseUrl: () => t.url, clock: t.clock });
    const documents = {
      minutes: links.minutes(secretary.id, meeting.id).url,
      resolution: links.resolution(secretary.id, meeting.id).url,
      spreadsheet: links.spreadsheet(secretary.id, cellId, '2025').url,
      dashboard: links.dashboard(secretary.id, cellId).url,
    };
    const pages = { publicBaseUrl: t.url, linkSigningSecret: t.config.linkSigningSecret, clock: t.clock };
    const questions: Question[] = [
      { kind: 'vote', subjectId: 'motion-1' },
      { kind: 'rsvp', subjectId: meeting.id },
      { kind: 'rollcall', subjectId: meeting.id },
    ];
    for (const [kind, url] of Object.entries(documents)) minted.push({ kind, url, token: tokenOf(url) });
    for (const question of questions) {
      const url = answerLink(pages, question, secretary.id) ?? '';
      minted.push({ kind: `zalo ${question.kind}`, url, token: tokenOf(url) });
    }
  });
  afterAll(() => t.close());

  it('uses every link in every way and finds none of the tokens in the log', async () => {
    expect(minted.map((m) => m.token.split('.').length)).toEqual(minted.map(() => 2));
    const statuses: number[] = [];
    const use = async (url: string, options: Parameters<typeof rawRequest>[1] = {}) =>
      statuses.push((await rawRequest(url, options)).status);
    for (const { url, token } of minted) {
      const path = new URL(url).pathname;
      await use(url);
      await use(`${url}x`);
      await use(url, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{}' });
      await use(`${t.url}${path}/more/path?token=${encodeURIComponent(token)}`);
      await use(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'Content-Encoding': 'gzip' },
        body: 'x',
      });
      await use(url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: `token=${encodeURIComponent(token)}&nonce=1.x&subject=s&member=m&choice=approve`,
      });
      await use(`${t.url}/tab/api/dashboard?token=${encodeURIComponent(token)}&code=${encodeURIComponent(token)}`);
      await use(`${t.url}/tab/api/dashboard`, { headers: { Authorization: `Bearer ${token}` } });
      await use(`${t.url}/tab?token=${token.replace('.', '%2E')}`);
    }
    // The links did reach their routes: pages, documents and refusals, not only 404s.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(5);

    const log = t.logs.map((line) => JSON.stringify(line)).join('\n');
    for (const { kind, token } of minted) {
      const [payload = '', mac = ''] = token.split('.');
      expect({ kind, leaked: [token, payload, mac].filter((part) => log.includes(part)) }).toEqual({
        kind,
        leaked: [],
      });
    }
    const requests = t.logs.filter((line) => line.msg === 'request');
    expect(requests.length).toBeGreaterThanOrEqual(minted.length * 9);
    expect(requests.map((line) => line.path)).toEqual(
      expect.arrayContaining([
        '/links/zalo/[redacted]',
        '/links/minutes/[redacted]',
        '/links/export/[redacted]',
        '/tab/api/dashboard',
      ]),
    );
  });
});

describe('the log backstop', () => {
  it('scrubs link tokens, JWTs and bearer credentials from any field or message of any line', () => {
    const lines: string[] = [];
    const logger = createLogger(
      { logLevel: 'info' },
      new Writable({ write: (chunk: Buffer, _e, done) => done(void lines.push(chunk.toString())) }),
    );
    const token = signLink('s'.repeat(32), { purpose: 'vote', memberId: 'm1', subjectId: 'x' }, new Date(), 60_000);
    const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJhdWQiOiJib3QifQ.c2lnbmF0dXJl';
    logger.error(
      { err: new Error(`GET /links/zalo/${token} failed`), note: `see ?code=${token}`, header: 'Bearer abc.def-123' },
      `forwarded ${jwt} and ${token.replace('.', '%2E')}`,
    );
    const text = lines.join('');
    for (const secret of [token, token.split('.')[0] ?? '', jwt, 'abc.def-123']) expect(text).not.toContain(secret);
    expect(() => JSON.parse(text)).not.toThrow();
  });

  it('redacts signed paths and secret query values in URLs, and keeps the rest', () => {
    expect(redactUrl('/links/zalo/abc.def?doc=resolution&token=abc.def&x=1')).toBe(
      '/links/zalo/[redacted]?doc=resolution&token=[redacted]&x=1',
    );
    expect(redactUrl('/tab?token=abc')).toBe('/tab?token=[redacted]');
    expect(redactUrl('/healthz')).toBe('/healthz');
  });
});
