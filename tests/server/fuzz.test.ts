/**
 * A bounded, seeded fuzz of every route over loopback against two real apps
 * (Teams authentication on, with the connector stand-in's keys, and off), both
 * with Zalo and the playground: malformed bodies, mutated activities, events,
 * turns and forms, tokens random/tampered/valid, odd paths, plain and
 * compressed. Fails on any crash, any 5xx, and any stack trace, file path or
 * SQL in a response. The seed is fixed, so a failure reproduces; the first
 * offending request is reported.
 */
import http from 'node:http';
import fc from 'fast-check';
import { signLink, LINK_PURPOSES } from '../../src/web/signed-links';
import { startTestApp, type TestApp } from '../support/app';
import { startConnectorStandIn, type ConnectorStandIn } from '../support/connector-stand-in';
import {
  linkFormProbes,
  linkGetProbes,
  oddPathProbes,
  playgroundProbes,
  teamsProbes,
  zaloWebhookProbes,
  type FuzzWorld,
  type Probe,
} from './fuzz-inputs';

const SEED = Number(process.env['FUZZ_SEED'] ?? 20261203);
// Per route. The default keeps the file to about half a minute on a busy 2-core machine; FUZZ_RUNS=3000 (and another
// FUZZ_SEED) for a deeper run by hand (about 3.5 minutes).
const RUNS = Number(process.env['FUZZ_RUNS'] ?? 400);
const IN_FLIGHT = 6;
const TEAMS_AUTH = {
  MicrosoftAppId: '3f1b5a3e-2c4d-4e5f-8a9b-0c1d2e3f4a5b',
  MicrosoftAppPassword: 'not-a-real-secret',
  MicrosoftAppTenantId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
};
const ZALO = {
  ZALO_APP_ID: '4242424242424242424',
  ZALO_APP_SECRET: 'app-secret',
  ZALO_OA_SECRET_KEY: 'oa-secret',
  ZALO_API_BASE_URL: 'http://127.0.0.1:9',
  ZALO_OAUTH_BASE_URL: 'http://127.0.0.1:9',
};
const COMMON = {
  LOG_LEVEL: 'silent',
  BODY_LIMIT_BYTES: '16384',
  PUBLIC_BASE_URL: 'http://127.0.0.1:1',
  SCHEDULER_ENABLED: 'false',
  ...ZALO,
};

/** What must never be in an answer: a stack frame, a file path of the service, SQL or the ORM's words. */
const LEAKS: readonly [string, RegExp][] = [
  ['stack trace', /\bat (?:async )?[\w$.<>[\]]+ \([^)]*:\d+:\d+\)|\n\s+at \S+ \(/],
  ['file path', /\/work\/|node_modules|\/src\/[\w/-]+\.[jt]s|\.ts:\d/],
  [
    'SQL',
    /\b(?:SELECT\b[\s\S]{1,200}\bFROM|INSERT INTO|UPDATE\b[\s\S]{1,100}\bSET|DELETE FROM)\b|SQLITE_|\bPrisma\w*|relation "\w+"/,
  ],
];

interface Answer {
  readonly status: number;
  readonly text: string;
}

function send(agent: http.Agent, base: string, probe: Probe): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const headers = {
      ...probe.headers,
      ...(probe.body === undefined ? {} : { 'Content-Length': String(probe.body.length) }),
    };
    const req = http.request(`${base}${probe.path}`, { method: probe.method, headers, agent }, (res) => {
      const parts: Buffer[] = [];
      res.on('data', (part: Buffer) => parts.push(part));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(parts).toString('utf8') }));
      res.on('error', reject);
    });
    req.on('error', reject);
    // A request the server never answers (a parser stuck on a broken stream) is a failure, not a hung suite.
    req.setTimeout(10_000, () => req.destroy(new Error('no answer within 10 s')));
    req.end(probe.body);
  });
}

function problemOf(answer: Answer): string | undefined {
  if (answer.status >= 500) return `status ${answer.status}`;
  for (const [name, pattern] of LEAKS) if (pattern.test(answer.text)) return name;
  return undefined;
}

/** Sends every probe, a few at a time; resolves with the first failures (at most 5) and how many answered. */
async function fuzz(base: string, probes: readonly Probe[]): Promise<{ failures: string[]; answered: number }> {
  const agent = new http.Agent({ keepAlive: true, maxSockets: IN_FLIGHT });
  const failures: string[] = [];
  let next = 0;
  let answered = 0;
  const worker = async (): Promise<void> => {
    while (next < probes.length && failures.length < 5) {
      const probe = probes[next++] as Probe;
      const shown = `${probe.method} ${probe.path.slice(0, 200)} ${JSON.stringify(probe.headers)} ${probe.body?.toString('utf8').slice(0, 300) ?? ''}`;
      try {
        const answer = await send(agent, base, probe);
        answered += 1;
        const problem = problemOf(answer);
        if (problem !== undefined)
          failures.push(`${problem}: ${shown}\n  → ${answer.status} ${answer.text.slice(0, 400)}`);
      } catch (error) {
        failures.push(`no answer (${error instanceof Error ? error.message : String(error)}): ${shown}`);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
  } finally {
    agent.destroy();
  }
  return { failures, answered };
}

async function worldOf(t: TestApp, serviceUrl: string): Promise<FuzzWorld> {
  const cellId = t.demoCellId ?? '';
  const members = await t.db.prisma.member.findMany({ where: { cellId }, orderBy: { id: 'asc' } });
  const meetings = await t.db.prisma.meeting.findMany({ where: { cellId } });
  const secretary = members.find((m) => m.role === 'secretary') ?? members[0];
  if (secretary === undefined) throw new Error('the demo cell has no members');
  await t.db.prisma.channelAccount.create({
    data: { platform: 'zalo', platformUserId: 'fuzz-zalo-user', memberId: secretary.id },
  });
  const subjects = [cellId, ...meetings.map((m) => m.id), `${cellId}|2025`];
  const tokens = LINK_PURPOSES.flatMap((purpose) =>
    subjects.map((subjectId) =>
      signLink(t.config.linkSigningSecret, { purpose, memberId: secretary.id, subjectId }, t.clock.now(), 3_600_000),
    ),
  );
  return { cellId, memberIds: members.map((m) => m.id), meetingIds: meetings.map((m) => m.id), tokens, serviceUrl };
}

const sample = (arbitrary: fc.Arbitrary<Probe>, salt: number): Probe[] =>
  fc.sample(arbitrary, { seed: SEED + salt, numRuns: RUNS });

describe(`fuzz (seed ${SEED}, ${RUNS} requests per route)`, () => {
  let connector: ConnectorStandIn;
  let secured: TestApp;
  let open: TestApp;
  let securedWorld: FuzzWorld;
  let openWorld: FuzzWorld;

  beforeAll(async () => {
    connector = await startConnectorStandIn();
    secured = await startTestApp({
      seedDemo: true,
      background: false,
      env: { ...COMMON, ...TEAMS_AUTH },
      channels: { teamsAuthEndpoints: { openIdMetadataUrl: connector.openIdMetadataUrl }, teamsAuthTimeoutMs: 2_000 },
    });
    open = await startTestApp({ seedDemo: true, background: false, env: COMMON });
    securedWorld = await worldOf(secured, connector.serviceUrl);
    openWorld = await worldOf(open, connector.serviceUrl);
  });
  afterAll(async () => {
    await secured?.close();
    await open?.close();
    await connector?.close();
  });

  const cases: [string, () => TestApp, (w: FuzzWorld) => fc.Arbitrary<Probe>][] = [
    ['POST /api/messages with an app id', () => secured, teamsProbes],
    ['POST /api/messages without an app id', () => open, teamsProbes],
    ['POST /api/zalo/webhook', () => secured, zaloWebhookProbes],
    ['POST /playground/api/turn', () => open, playgroundProbes],
    ['POST /links/zalo/<token>', () => secured, linkFormProbes],
    ['GET the link and dashboard routes', () => secured, linkGetProbes],
    ['odd paths, methods and queries', () => open, oddPathProbes],
  ];

  it.each(cases.map(([name, app, probes], salt) => [name, app, probes, salt] as const))(
    '%s: no crash, no 5xx, nothing internal in any answer',
    async (_name, app, probes, salt) => {
      const t = app();
      const world = t === secured ? securedWorld : openWorld;
      const { failures, answered } = await fuzz(t.url, sample(probes(world), salt));
      expect(failures).toEqual([]);
      expect(answered).toBe(RUNS);
      expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    },
    120_000,
  );
});
