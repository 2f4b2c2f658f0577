/**
 * A local stand-in for the Bot Connector service (and the Bot Framework's
 * token issuer), for end-to-end tests over loopback: activities' `serviceUrl`
 * points here. It records what the bot posts and updates, serves the members
 * list (paged, as Teams does), can be told to refuse the next calls (429 with
 * Retry-After…) or to misbehave for a while (injectFaults: down for N
 * seconds, a seeded random share of failures, of 429s), and signs Bot Framework tokens with a key it publishes via an
 * OpenID metadata document — or with a foreign key, to test refusal.
 */
import { generateKeyPairSync, createSign, type KeyObject } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { seededRandom } from './seeded-random';

export interface StandInMember {
  readonly id: string;
  readonly aadObjectId: string;
  readonly name: string;
  readonly email?: string;
  readonly userPrincipalName?: string;
}

export interface RecordedActivity {
  readonly method: 'POST' | 'PUT';
  readonly conversationId: string;
  /** The id the stand-in gave (POST) or the id updated (PUT). */
  readonly activityId: string;
  readonly replyToId?: string;
  readonly activity: Record<string, unknown>;
  readonly at: number;
}

export interface FailRule {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly status: number;
  readonly retryAfter?: string;
  /** How many matching calls to refuse (default 1). */
  readonly times?: number;
}

/** Answer matching connector calls only after `ms` (a slow Bot Connector); tokens and keys are never delayed. */
export interface DelayRule {
  readonly method?: 'GET' | 'POST' | 'PUT';
  readonly ms: number;
}

/**
 * Misbehaviour of the activity routes (POST and PUT of activities, opening a personal chat) from now on.
 * A refused call is refused before anything is recorded: the bot may safely send it again.
 */
export interface Faults {
  /** Every call fails for this long (on `clock`): the connector is down. */
  readonly downForMs?: number;
  /** Share of calls (0…1) that fail at random, drawn from a generator seeded with `seed`. */
  readonly failureRate?: number;
  /** Share of calls (0…1) answered 429 with `retryAfter` (seconds), from the same generator. */
  readonly throttleRate?: number;
  /** Retry-After of the 429s (default "1"), and of failures with a status when given. */
  readonly retryAfter?: string;
  /** How a failure looks: a reset connection (default) or this HTTP status. */
  readonly failWith?: 'reset' | number;
  readonly seed?: number;
  /** The time the outage is measured on (default Date.now): tests pass their manual clock. */
  readonly clock?: () => number;
}

export interface FaultCounts {
  failed: number;
  throttled: number;
}

export interface RequestLogEntry {
  readonly method: string;
  readonly path: string;
  readonly status: number;
  readonly authorization?: string;
}

export interface ConnectorStandIn {
  /** With a trailing slash, as Teams sends it. */
  readonly serviceUrl: string;
  readonly openIdMetadataUrl: string;
  readonly posted: RecordedActivity[];
  readonly updated: RecordedActivity[];
  readonly requests: RequestLogEntry[];
  /** Parameters of every personal chat the bot opened (POST /v3/conversations). */
  readonly createdConversations: Record<string, unknown>[];
  setMembers(members: readonly StandInMember[]): void;
  failNext(rule: FailRule): void;
  /** Every matching call from now on waits `rule.ms` before it is handled; `null` stops delaying. */
  delayCalls(rule: DelayRule | null): void;
  /** Calls being held by delayCalls right now. */
  readonly delayedNow: number;
  /** Replaces the current faults (none: behave again); see Faults. */
  injectFaults(faults?: Faults): void;
  /** How many calls the injected faults refused so far. */
  readonly faultCounts: FaultCounts;
  /** A Bot Framework channel token for `audience` (the bot's app id); `foreignKey` signs it with a key nobody published. */
  signToken(options: { audience: string; serviceUrl: string; foreignKey?: boolean; expiresInSeconds?: number }): string;
  close(): Promise<void>;
}

const ISSUER = 'https://api.botframework.com';

type FaultDecision =
  | { kind: 'none' }
  | { kind: 'fail'; with: 'reset' | number; retryAfter?: string }
  | { kind: 'throttle'; retryAfter: string };

/** Decides, call by call, what the injected faults do. */
function faultPlan(faults: Faults | undefined, counts: FaultCounts): () => FaultDecision {
  if (faults === undefined) return () => ({ kind: 'none' });
  const clock = faults.clock ?? Date.now;
  const downUntil = clock() + (faults.downForMs ?? 0);
  const random = seededRandom(faults.seed ?? 1);
  const failWith = faults.failWith ?? 'reset';
  return () => {
    const draw = random();
    if (clock() < downUntil || draw < (faults.failureRate ?? 0)) {
      counts.failed += 1;
      return {
        kind: 'fail',
        with: failWith,
        ...(failWith !== 'reset' && faults.retryAfter !== undefined ? { retryAfter: faults.retryAfter } : {}),
      };
    }
    if (draw < (faults.failureRate ?? 0) + (faults.throttleRate ?? 0)) {
      counts.throttled += 1;
      return { kind: 'throttle', retryAfter: faults.retryAfter ?? '1' };
    }
    return { kind: 'none' };
  };
}
const KEY_ID = 'stand-in-key';

function base64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

function signJwt(claims: object, key: KeyObject): string {
  const head = base64url(JSON.stringify({ alg: 'RS256', typ: 'JWT', kid: KEY_ID }));
  const body = base64url(JSON.stringify(claims));
  const signature = createSign('RSA-SHA256').update(`${head}.${body}`).sign(key);
  return `${head}.${body}.${base64url(signature)}`;
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  return text === '' ? undefined : (JSON.parse(text) as unknown);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

export async function startConnectorStandIn(): Promise<ConnectorStandIn> {
  const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const foreign = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const jwk = publicKey.export({ format: 'jwk' });
  const posted: RecordedActivity[] = [];
  const updated: RecordedActivity[] = [];
  const requests: RequestLogEntry[] = [];
  const created: Record<string, unknown>[] = [];
  const failures: { rule: FailRule; left: number }[] = [];
  let members: readonly StandInMember[] = [];
  let delay: DelayRule | null = null;
  let delayedNow = 0;
  const faultCounts: FaultCounts = { failed: 0, throttled: 0 };
  let fault = faultPlan(undefined, faultCounts);
  let nextId = 1;
  let base = '';

  const refusal = (method: string): FailRule | undefined => {
    const entry = failures.find((f) => f.left > 0 && (f.rule.method === undefined || f.rule.method === method));
    if (entry === undefined) return undefined;
    entry.left -= 1;
    return entry.rule;
  };

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<number> => {
    const url = new URL(req.url ?? '/', base);
    const method = req.method ?? 'GET';
    if (url.pathname === '/openid')
      return send(res, 200, {
        issuer: ISSUER,
        jwks_uri: `${base}/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
      });
    if (url.pathname === '/keys')
      return send(res, 200, {
        keys: [{ kty: 'RSA', use: 'sig', kid: KEY_ID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }],
      });
    if (delay !== null && (delay.method === undefined || delay.method === method)) {
      delayedNow += 1;
      await new Promise((resolve) => setTimeout(resolve, delay?.ms));
      delayedNow -= 1;
    }
    if (method !== 'GET') {
      const decision = fault();
      if (decision.kind === 'fail' && decision.with === 'reset') {
        req.socket.destroy();
        return 0;
      }
      if (decision.kind === 'fail')
        return send(
          res,
          decision.with as number,
          { error: { code: 'ServiceUnavailable', message: 'stand-in fault' } },
          decision.retryAfter === undefined ? {} : { 'Retry-After': decision.retryAfter },
        );
      if (decision.kind === 'throttle')
        return send(
          res,
          429,
          { error: { code: 'Throttled', message: 'stand-in fault' } },
          { 'Retry-After': decision.retryAfter },
        );
    }
    const rule = refusal(method);
    if (rule)
      return send(
        res,
        rule.status,
        { error: { code: 'Throttled', message: 'stand-in refusal' } },
        rule.retryAfter ? { 'Retry-After': rule.retryAfter } : {},
      );
    const parts = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    if (method === 'POST' && parts.join('/') === 'v3/conversations')
      return createConversation(res, (await readBody(req)) as Record<string, unknown>);
    if (parts[0] !== 'v3' || parts[1] !== 'conversations' || parts[2] === undefined)
      return send(res, 404, { error: { code: 'NotFound' } });
    const conversationId = parts[2];
    if (method === 'GET' && parts[3] === 'pagedmembers') return pagedMembers(res, url);
    if (method === 'GET' && parts[3] === 'members' && parts[4] !== undefined) {
      const member = members.find((m) => m.id === parts[4] || m.aadObjectId === parts[4]);
      return member ? send(res, 200, member) : send(res, 404, { error: { code: 'MemberNotFound' } });
    }
    if (parts[3] !== 'activities') return send(res, 404, { error: { code: 'NotFound' } });
    const activity = (await readBody(req)) as Record<string, unknown>;
    if (method === 'POST') {
      const activityId = `1700000${String(nextId++).padStart(6, '0')}`;
      posted.push({
        method: 'POST',
        conversationId,
        activityId,
        ...(parts[4] ? { replyToId: parts[4] } : {}),
        activity,
        at: Date.now(),
      });
      return send(res, 201, { id: activityId });
    }
    if (method === 'PUT' && parts[4] !== undefined) {
      updated.push({ method: 'PUT', conversationId, activityId: parts[4], activity, at: Date.now() });
      return send(res, 200, { id: parts[4] });
    }
    return send(res, 405, { error: { code: 'MethodNotAllowed' } });
  };

  /** A personal chat with one member: Teams returns the same conversation every time for the same pair. */
  const createConversation = (res: ServerResponse, parameters: Record<string, unknown>): number => {
    const member = (parameters['members'] as { id?: string }[] | undefined)?.[0]?.id;
    if (parameters['isGroup'] !== false || member === undefined)
      return send(res, 400, { error: { code: 'BadArgument' } });
    created.push(parameters);
    return send(res, 201, { id: `a:personal-${member}`, activityId: '' });
  };

  const pagedMembers = (res: ServerResponse, url: URL): number => {
    const size = Math.max(1, Math.min(500, Number(url.searchParams.get('pageSize') ?? 200)));
    const start = Number(url.searchParams.get('continuationToken') ?? 0);
    const page = members.slice(start, start + size);
    const next = start + size < members.length ? String(start + size) : undefined;
    return send(res, 200, { members: page, ...(next === undefined ? {} : { continuationToken: next }) });
  };

  const send = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): number => {
    json(res, status, body, headers);
    return status;
  };

  const server = createServer((req, res) => {
    route(req, res).then(
      (status) =>
        requests.push({
          method: req.method ?? '',
          path: req.url ?? '',
          status,
          ...(req.headers.authorization ? { authorization: req.headers.authorization } : {}),
        }),
      (error: unknown) => json(res, 500, { error: { code: 'StandInError', message: String(error) } }),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  return {
    serviceUrl: `${base}/`,
    openIdMetadataUrl: `${base}/openid`,
    posted,
    updated,
    requests,
    createdConversations: created,
    setMembers(list) {
      members = [...list];
    },
    failNext(rule) {
      failures.push({ rule, left: rule.times ?? 1 });
    },
    delayCalls(rule) {
      delay = rule;
    },
    get delayedNow() {
      return delayedNow;
    },
    injectFaults(faults) {
      fault = faultPlan(faults, faultCounts);
    },
    faultCounts,
    signToken({ audience, serviceUrl, foreignKey, expiresInSeconds }) {
      const now = Math.floor(Date.now() / 1000);
      const claims = {
        iss: ISSUER,
        aud: audience,
        serviceurl: serviceUrl,
        nbf: now - 60,
        iat: now,
        exp: now + (expiresInSeconds ?? 600),
      };
      return signJwt(claims, foreignKey ? foreign.privateKey : privateKey);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
