/**
 * A local stand-in for the Zalo OA Open API and its OAuth endpoint on one
 * loopback port: records every message the bot sends, enforces single-use
 * refresh tokens and the `access_token` header, and can be told to answer
 * with a Zalo error (-216 once, -32, -230…) or to answer the OAuth call slowly.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedZaloCall {
  readonly path: string;
  readonly accessToken: string;
  readonly body: Record<string, unknown>;
  /** The Zalo error the stand-in answered with (0 = sent). */
  readonly error: number;
}

export interface OAuthCall {
  readonly refreshToken: string;
  readonly appId: string;
  readonly secretKey: string;
  readonly ok: boolean;
}

export interface ZaloFailRule {
  readonly path?: string;
  readonly error: number;
  readonly times?: number;
}

export interface ZaloStandIn {
  readonly url: string;
  readonly calls: RecordedZaloCall[];
  readonly oauthCalls: OAuthCall[];
  /** Successful sends only. */
  sent(): RecordedZaloCall[];
  /** Makes `token` the one valid refresh token (what the API explorer would hand out). */
  setRefreshToken(token: string): void;
  failNext(rule: ZaloFailRule): void;
  /** Delay before the OAuth endpoint answers (to overlap concurrent refreshes). */
  setOAuthDelay(ms: number): void;
  /** Runs before an API call is answered (e.g. to look at the database at that moment). */
  onApiCall(hook: ((call: { path: string; accessToken: string }) => Promise<void>) | undefined): void;
  close(): Promise<void>;
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function json(res: ServerResponse, value: unknown): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify(value));
}

export async function startZaloStandIn(options: { appId: string; appSecret: string }): Promise<ZaloStandIn> {
  const calls: RecordedZaloCall[] = [];
  const oauthCalls: OAuthCall[] = [];
  const accessTokens = new Set<string>();
  const rules: { path?: string; error: number; left: number }[] = [];
  let refreshToken = '';
  let serial = 0;
  let oauthDelay = 0;
  let hook: ((call: { path: string; accessToken: string }) => Promise<void>) | undefined;

  const oauth = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const form = new URLSearchParams(await readText(req));
    const call = {
      refreshToken: form.get('refresh_token') ?? '',
      appId: form.get('app_id') ?? '',
      secretKey: String(req.headers['secret_key'] ?? ''),
    };
    if (oauthDelay > 0) await new Promise((resolve) => setTimeout(resolve, oauthDelay));
    const ok =
      call.secretKey === options.appSecret &&
      call.appId === options.appId &&
      call.refreshToken === refreshToken &&
      refreshToken !== '' &&
      form.get('grant_type') === 'refresh_token';
    oauthCalls.push({ ...call, ok });
    if (!ok)
      return json(res, {
        error: -14014,
        error_name: 'Invalid refresh token',
        error_description: 'refresh token is invalid or used',
      });
    serial += 1;
    refreshToken = `RT-${serial}`;
    accessTokens.add(`AT-${serial}`);
    json(res, { access_token: `AT-${serial}`, refresh_token: refreshToken, expires_in: '90000' });
  };

  const api = async (req: IncomingMessage, res: ServerResponse, path: string): Promise<void> => {
    const text = await readText(req);
    const accessToken = String(req.headers['access_token'] ?? '');
    if (hook) await hook({ path, accessToken });
    const body = (text === '' ? {} : JSON.parse(text)) as Record<string, unknown>;
    const rule = rules.find((r) => r.left > 0 && (r.path === undefined || r.path === path));
    const error = !accessTokens.has(accessToken) ? -216 : (rule?.error ?? 0);
    if (rule && accessTokens.has(accessToken)) rule.left -= 1;
    calls.push({ path, accessToken, body, error });
    if (error !== 0) return json(res, { error, message: `stand-in error ${error}` });
    serial += 1;
    json(res, { error: 0, message: 'Success', data: { message_id: `mid-${serial}`, user_id: '1' } });
  };

  const server = createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0] ?? '';
    const work =
      path === '/v4/oa/access_token'
        ? oauth(req, res)
        : path.startsWith('/v3.0/oa/')
          ? api(req, res, path)
          : Promise.resolve(json(res, { error: -404, message: 'no route' }));
    work.catch((error: unknown) => {
      res.writeHead(500);
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    oauthCalls,
    sent: () => calls.filter((c) => c.error === 0),
    setRefreshToken: (token) => {
      refreshToken = token;
    },
    failNext: (rule) => {
      rules.push({ ...(rule.path === undefined ? {} : { path: rule.path }), error: rule.error, left: rule.times ?? 1 });
    },
    setOAuthDelay: (ms) => {
      oauthDelay = ms;
    },
    onApiCall: (next) => {
      hook = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
