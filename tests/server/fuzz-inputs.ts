/**
 * Malformed requests for tests/server/fuzz.test.ts, as fast-check arbitraries:
 * bodies that are not JSON, JSON of every shape, Bot Framework activities and
 * Zalo events with fields replaced or removed, playground turns and answer-page
 * forms with odd values, link tokens that are random, tampered or valid, odd
 * paths and queries; each sent plain or compressed, under varied content types.
 */
import { deflateSync, gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { CARD_VERBS } from '../../src/cards/view-models';

export interface Probe {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: Buffer;
}

/** Ids and tokens of the running app the probes may use, so some of them reach deep code. */
export interface FuzzWorld {
  readonly cellId: string;
  readonly memberIds: readonly string[];
  readonly meetingIds: readonly string[];
  /** Valid signed tokens (every purpose) for a member with a linked Zalo account. */
  readonly tokens: readonly string[];
  /** Where activities say the Bot Connector is (a local stand-in, so replies sent in a turn are answered at once). */
  readonly serviceUrl: string;
}

const json = fc.jsonValue({ maxDepth: 3 });
// fast-check strings may hold lone surrogates, which encodeURIComponent refuses: encode their UTF-8 replacement.
const uri = (text: string): string => encodeURIComponent(Buffer.from(text, 'utf8').toString('utf8'));
const hex = fc.string({ unit: fc.constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 });
const nasty = fc.constantFrom(
  '',
  ' ',
  '{',
  '[',
  '{"type":',
  'null',
  '\u0000',
  '\ud800',
  '{"a":1}{"b":2}',
  '[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]',
  '1e999',
  '"\\u0000"',
  '__proto__',
  '{"__proto__":{"polluted":true}}',
  '{"constructor":{"prototype":{"x":1}}}',
);
const text = fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 40 }), nasty);
const anyValue = fc.oneof(json, text, fc.integer(), fc.constant(null), fc.array(json, { maxLength: 3 }));

/** `value` with the dotted `path` set (or removed, for `undefined`), creating objects on the way. */
function setPath(value: unknown, path: readonly string[], replacement: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return replacement;
  const record: Record<string, unknown> =
    typeof value === 'object' && value !== null && !Array.isArray(value)
      ? { ...(value as Record<string, unknown>) }
      : {};
  if (rest.length === 0 && replacement === undefined) delete record[head];
  else record[head] = setPath(record[head], rest, replacement);
  return record;
}

function mutated(template: fc.Arbitrary<object>, paths: readonly string[]): fc.Arbitrary<unknown> {
  const edit = fc.tuple(fc.constantFrom(...paths), fc.oneof(anyValue, fc.constant(undefined)));
  return fc
    .tuple(template, fc.array(edit, { minLength: 1, maxLength: 3 }))
    .map(([base, edits]) => edits.reduce<unknown>((v, [path, to]) => setPath(v, path.split('.'), to), base));
}

const ACTIVITY_PATHS = [
  'type',
  'id',
  'name',
  'text',
  'locale',
  'channelId',
  'serviceUrl',
  'replyToId',
  'from',
  'from.id',
  'from.name',
  'from.aadObjectId',
  'conversation',
  'conversation.id',
  'conversation.conversationType',
  'conversation.isGroup',
  'recipient',
  'recipient.id',
  'entities',
  'entities.0',
  'entities.0.mentioned',
  'entities.0.text',
  'membersAdded',
  'value',
  'value.action',
  'value.action.verb',
  'value.action.data',
  'value.verb',
  'channelData',
  'channelData.tenant',
];

function activity(world: FuzzWorld): fc.Arbitrary<object> {
  const from = fc.record({
    id: fc.constantFrom('29:1user-a', '29:1user-b'),
    name: fc.constantFrom('Nguyễn Văn A', ''),
    aadObjectId: fc.constantFrom(...world.memberIds, '00000000-0000-4000-8000-000000000001'),
  });
  const conversation = fc.record({
    id: fc.constantFrom('19:chan@thread.tacv2', 'a:1personal', `19:chan@thread.tacv2;messageid=1`),
    conversationType: fc.constantFrom('channel', 'personal', 'groupChat'),
    tenantId: fc.constant('t1'),
  });
  const verb = fc.oneof(fc.constantFrom(...CARD_VERBS, 'card.refresh'), text);
  const data = fc.oneof(
    fc.record(
      {
        meetingId: fc.constantFrom(...world.meetingIds, 'x'),
        motionId: text,
        choice: fc.constantFrom('approve', 'reject', 'other', 'x'),
        cardKey: fc.oneof(text, fc.constantFrom(`vote:${world.meetingIds[0] ?? ''}`, 'notice:x')),
      },
      { requiredKeys: [] },
    ),
    json,
  );
  const base = {
    channelId: 'msteams',
    serviceUrl: world.serviceUrl,
    recipient: { id: '28:bot', name: 'chibo' },
    locale: 'vi-VN',
  };
  const message = fc
    .record({
      type: fc.constant('message'),
      id: fc.constant('1700000000001'),
      from,
      conversation,
      text: fc.oneof(fc.constantFrom('<at>chibo</at> trợ giúp', 'help', 'biểu quyết', 'điểm danh', 'thông báo'), text),
    })
    .map((a) => ({
      ...base,
      ...a,
      entities: [{ type: 'mention', text: '<at>chibo</at>', mentioned: { id: '28:bot' } }],
    }));
  const invoke = fc.record({ from, conversation, verb, data }).map(({ verb: v, data: d, ...a }) => ({
    ...base,
    ...a,
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb: v, data: d } },
  }));
  const update = fc
    .record({ from, conversation })
    .map((a) => ({ ...base, ...a, type: 'conversationUpdate', membersAdded: [{ id: '28:bot' }] }));
  return fc.oneof(message, invoke, update);
}

const rawBody = fc.oneof(
  json.map((v) => JSON.stringify(v)),
  nasty,
  fc.string({ maxLength: 200 }),
  fc.uint8Array({ maxLength: 200 }).map((bytes) => Buffer.from(bytes).toString('latin1')),
);

/** A body: an object serialized (sometimes truncated) or raw text. */
function serialized(value: fc.Arbitrary<unknown>): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: value.map((v) => JSON.stringify(v) ?? 'undefined') },
    {
      weight: 1,
      arbitrary: fc.tuple(value, fc.nat()).map(([v, n]) => {
        const s = JSON.stringify(v) ?? '';
        return s.slice(0, n % (s.length + 1));
      }),
    },
    { weight: 1, arbitrary: rawBody },
  );
}

const contentType = fc.oneof(
  { weight: 6, arbitrary: fc.constant('application/json') },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      'text/plain',
      '',
      ';',
      'application/json; charset=utf-16',
      'application/x-www-form-urlencoded',
      'application/octet-stream',
      'application/vnd.api+json',
      'multipart/form-data; boundary=x',
      'APPLICATION/JSON',
    ),
  },
);
const encoding = fc.oneof(
  { weight: 5, arbitrary: fc.constant('none') },
  { weight: 1, arbitrary: fc.constantFrom('gzip', 'gzip-label', 'deflate', 'br', 'identity') },
);

/** A POST of `body` to `path`, plain or compressed. */
function post(
  path: fc.Arbitrary<string>,
  body: fc.Arbitrary<string>,
  extraHeaders: fc.Arbitrary<Record<string, string>> = fc.constant({}),
  type = contentType,
): fc.Arbitrary<Probe> {
  return fc
    .record({ path, body, type, encoding, extra: extraHeaders })
    .map(({ path: p, body: b, type: t, encoding: e, extra }) => {
      const plain = Buffer.from(b);
      const headers: Record<string, string> = { ...extra, ...(t === '' ? {} : { 'Content-Type': t }) };
      if (e === 'gzip')
        return { method: 'POST', path: p, headers: { ...headers, 'Content-Encoding': 'gzip' }, body: gzipSync(plain) };
      if (e === 'deflate')
        return {
          method: 'POST',
          path: p,
          headers: { ...headers, 'Content-Encoding': 'deflate' },
          body: deflateSync(plain),
        };
      if (e === 'gzip-label')
        return { method: 'POST', path: p, headers: { ...headers, 'Content-Encoding': 'gzip' }, body: plain };
      if (e !== 'none') return { method: 'POST', path: p, headers: { ...headers, 'Content-Encoding': e }, body: plain };
      return { method: 'POST', path: p, headers, body: plain };
    });
}

const jwtLike = fc
  .tuple(fc.jsonValue({ maxDepth: 1 }), fc.jsonValue({ maxDepth: 1 }), fc.string({ maxLength: 20 }))
  .map(([h, p, s]) => [h, p, s].map((part) => Buffer.from(JSON.stringify(part) ?? '').toString('base64url')).join('.'));
const authorization = fc.oneof(
  fc.constant({}),
  fc.record({
    Authorization: fc.oneof(
      fc.constantFrom('Bearer', 'Bearer ', 'Basic dXNlcjpwYXNz', 'bearer x'),
      jwtLike.map((t) => `Bearer ${t}`),
      text.map((t) => `Bearer ${uri(t)}`),
    ),
  }),
);

export function teamsProbes(world: FuzzWorld): fc.Arbitrary<Probe> {
  const activities = fc.oneof(
    { weight: 3, arbitrary: mutated(activity(world), ACTIVITY_PATHS) },
    { weight: 1, arbitrary: activity(world) },
    { weight: 1, arbitrary: anyValue },
  );
  return post(fc.constant('/api/messages'), serialized(activities), authorization);
}

export function zaloWebhookProbes(): fc.Arbitrary<Probe> {
  const event = fc.record({
    app_id: fc.constantFrom('4242424242424242424', '1'),
    event_name: fc.constantFrom('user_send_text', 'user_withdraw', 'follow', 'x'),
    timestamp: fc.oneof(fc.constant(String(Date.now())), text),
    sender: fc.record({ id: text }),
    message: fc.record({ text, msg_id: text }),
  });
  const signature = fc.oneof(
    fc.constant({}),
    fc.record({ 'X-ZEvent-Signature': fc.oneof(hex, fc.string({ maxLength: 80 }).map(uri)) }, { requiredKeys: [] }),
    fc.record({
      'X-ZEvent-Timestamp': fc.string({ maxLength: 20 }).map(uri),
      'X-ZEvent-Signature': fc.constant('mac=00'),
    }),
  );
  return post(
    fc.constant('/api/zalo/webhook'),
    serialized(
      fc.oneof(
        mutated(event, [
          'app_id',
          'event_name',
          'timestamp',
          'sender',
          'sender.id',
          'message',
          'message.text',
          'message.msg_id',
          'recipient',
        ]),
        anyValue,
      ),
    ),
    signature,
  );
}

export function playgroundProbes(world: FuzzWorld): fc.Arbitrary<Probe> {
  const id = (known: readonly string[]) => fc.oneof(fc.constantFrom(...known), text);
  const turn = fc.record(
    {
      cellId: id([world.cellId]),
      memberId: id(world.memberIds),
      text: fc.oneof(
        fc.constantFrom('trợ giúp', 'biểu quyết', 'điểm danh', 'thông báo', 'báo cáo', 'bảng điều khiển', 'xuất'),
        text,
      ),
      action: fc.record(
        {
          verb: fc.oneof(fc.constantFrom(...CARD_VERBS), text),
          data: fc.oneof(
            fc.record(
              { meetingId: id(world.meetingIds), motionId: text, choice: text, answer: text },
              { requiredKeys: [] },
            ),
            anyValue,
          ),
        },
        { requiredKeys: [] },
      ),
      locale: fc.oneof(fc.constantFrom('vi', 'en'), text),
    },
    { requiredKeys: [] },
  );
  return post(
    fc.constant('/playground/api/turn'),
    serialized(fc.oneof({ weight: 4, arbitrary: turn }, { weight: 1, arbitrary: anyValue })),
  );
}

/** A token: valid, tampered, random, or a valid one's payload with a random mac. */
function token(world: FuzzWorld): fc.Arbitrary<string> {
  const valid = fc.constantFrom(...world.tokens);
  return fc.oneof(
    valid,
    fc
      .tuple(valid, fc.nat())
      .map(([t, n]) => `${t.slice(0, n % t.length)}${'x'.repeat(n % 3)}${t.slice((n % t.length) + 1)}`),
    jwtLike,
    text.map(uri),
    fc.constantFrom('.', '..', 'a.b.c', '%', '%zz', '%00', 'eyJ9.'),
  );
}

export function linkFormProbes(world: FuzzWorld): fc.Arbitrary<Probe> {
  const field = fc.oneof(
    text,
    fc.constantFrom(...world.memberIds, ...world.meetingIds, 'approve', 'reject', 'attend', 'yes'),
  );
  const form = fc.dictionary(
    fc.constantFrom(
      'token',
      'nonce',
      'subject',
      'member',
      'choice',
      'answer',
      'present',
      'comment',
      'reason',
      'venue',
      'extra',
    ),
    field,
    { maxKeys: 8 },
  );
  const body = fc.oneof(
    form.map((f) => new URLSearchParams(f).toString()),
    rawBody,
  );
  const type = fc.oneof(
    { weight: 4, arbitrary: fc.constant('application/x-www-form-urlencoded') },
    { weight: 1, arbitrary: contentType },
  );
  return post(
    token(world).map((t) => `/links/zalo/${t}`),
    body,
    fc.constant({}),
    type,
  );
}

const query = fc.array(
  fc.tuple(
    fc.constantFrom('token', 'doc', 'memberId', 'locale', 'period', 'x', 'token[]', '__proto__'),
    fc.string({ maxLength: 30 }),
  ),
  { maxLength: 3 },
);
const queryString = query.map((pairs) =>
  pairs.length === 0 ? '' : `?${pairs.map(([k, v]) => `${uri(k)}=${uri(v)}`).join('&')}`,
);

export function linkGetProbes(world: FuzzWorld): fc.Arbitrary<Probe> {
  const prefix = fc.constantFrom(
    '/links/zalo/',
    '/links/minutes/',
    '/links/export/',
    '/tab/api/dashboard?token=',
    '/tab?token=',
  );
  return fc
    .record({ prefix, token: token(world), rest: queryString, auth: authorization })
    .map(({ prefix: p, token: t, rest, auth }) => ({
      method: 'GET',
      path: `${p}${p.endsWith('=') ? uri(t) : t}${p.endsWith('=') ? rest.replace('?', '&') : rest}`,
      headers: auth,
    }));
}

export function oddPathProbes(world: FuzzWorld): fc.Arbitrary<Probe> {
  const prefix = fc.constantFrom(
    '/',
    '/healthz',
    '/api/messages',
    '/api/zalo/webhook',
    '/playground',
    '/playground/assets/',
    '/playground/api/cells/',
    `/playground/api/cells/${world.cellId}/members`,
    '/playground/api/cards/',
    '/tab',
    '/tab/assets/',
    '/links/',
    '/links/zalo',
    '//',
    '/..',
  );
  const segment = fc.oneof(
    fc.string({ maxLength: 30 }).map(uri),
    fc.constantFrom(
      '..',
      '%2e%2e',
      '..%2f..%2fpackage.json',
      '%',
      '%zz',
      '%00',
      '%c0%ae',
      'index.html',
      'app.js',
      'vote:x',
      'notice:%00',
      '~',
      '.env',
      'a'.repeat(2000),
    ),
  );
  const method = fc.oneof(
    { weight: 5, arbitrary: fc.constant('GET') },
    { weight: 1, arbitrary: fc.constantFrom('HEAD', 'OPTIONS', 'DELETE', 'PUT', 'PATCH', 'POST') },
  );
  return fc
    .record({ prefix, segments: fc.array(segment, { maxLength: 3 }), rest: queryString, method })
    .map(({ prefix: p, segments, rest, method: m }) => ({
      method: m,
      path: `${p}${segments.join('/')}${rest}`,
      headers: {},
    }));
}
