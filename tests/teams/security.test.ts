/**
 * Bot Framework authentication over HTTP: with an app id configured, every
 * request must carry a token signed by the Bot Framework's published keys (here
 * the stand-in's). Unsigned, foreign-signed or unverifiable requests are
 * refused before any bot code runs, and nothing is stored or sent.
 */
import { botAdded, execute, mention, scene, teamsUser } from './activities';
import { APP_ID, startTeamsHarness, type TeamsHarness } from './harness';

const secretary = teamsUser(1, 'Nguyễn Thị Thu Hà', 'ha.nguyen@hunglong.vn');

async function nothingHappened(h: TeamsHarness): Promise<void> {
  const [conversations, audit, outbox, accounts] = await Promise.all([
    h.db.prisma.conversation.count(),
    h.db.prisma.auditEvent.count(),
    h.db.prisma.outboxMessage.count(),
    h.db.prisma.channelAccount.count(),
  ]);
  expect({ conversations, audit, outbox, accounts }).toEqual({ conversations: 0, audit: 0, outbox: 0, accounts: 0 });
  expect(h.connector.posted).toHaveLength(0);
  expect(h.connector.requests.filter((r) => r.path.startsWith('/v3/'))).toHaveLength(0);
}

/** What reached console.error that botbuilder's token extractor writes: the key set, or an expired token's stack. */
function keyDumps(printed: jest.SpyInstance): unknown[][] {
  return printed.mock.calls.filter((args: unknown[]) =>
    args.some(
      (arg) =>
        (typeof arg === 'string' && arg.includes('Available keys')) ||
        (arg instanceof Error && arg.name === 'TokenExpiredError'),
    ),
  );
}

describe('Teams with Bot Framework authentication on', () => {
  let h: TeamsHarness;
  // Installed before the app starts, as the process's console.error is when the server starts.
  let printed: jest.SpyInstance;
  beforeAll(async () => {
    printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    h = await startTeamsHarness({ auth: true });
    h.connector.setMembers([secretary]);
  });
  afterAll(async () => {
    await h?.close();
    printed.mockRestore();
  });

  it('refuses unsigned requests with 401 and processes nothing', async () => {
    const s = scene(h.connector.serviceUrl);
    for (const activity of [
      botAdded(s, secretary),
      mention(s, secretary, 'trợ giúp'),
      execute(s, secretary, 'setup.start', {}),
    ]) {
      const result = await h.post(activity);
      expect(result.status).toBe(401);
      expect(result.body).toMatchObject({ error: { code: 'auth.unauthorized' } });
    }
    await nothingHappened(h);
  });

  it('refuses a token signed with a key the Bot Framework did not publish (401), and a token for another bot', async () => {
    const s = scene(h.connector.serviceUrl);
    const forged = h.connector.signToken({ audience: APP_ID, serviceUrl: s.serviceUrl, foreignKey: true });
    expect((await h.post(execute(s, secretary, 'setup.start', {}), `Bearer ${forged}`)).status).toBe(401);
    const otherBot = h.connector.signToken({
      audience: '00000000-1111-2222-3333-444444444444',
      serviceUrl: s.serviceUrl,
    });
    expect((await h.post(execute(s, secretary, 'setup.start', {}), `Bearer ${otherBot}`)).status).toBe(401);
    const otherService = h.connector.signToken({
      audience: APP_ID,
      serviceUrl: 'https://smba.trafficmanager.net/evil/',
    });
    expect((await h.post(execute(s, secretary, 'setup.start', {}), `Bearer ${otherService}`)).status).toBe(401);
    await nothingHappened(h);
  });

  it("does not dump the signing keys (or an expired token's stack) to stderr for each forged token", async () => {
    const s = scene(h.connector.serviceUrl);
    const forgeries = [
      h.connector.signToken({ audience: APP_ID, serviceUrl: s.serviceUrl, foreignKey: true }),
      h.connector.signToken({ audience: '00000000-1111-2222-3333-444444444444', serviceUrl: s.serviceUrl }),
      h.connector.signToken({ audience: APP_ID, serviceUrl: s.serviceUrl, expiresInSeconds: -3600 }),
    ];
    for (let round = 0; round < 10; round += 1) {
      for (const token of forgeries)
        expect((await h.post(mention(s, secretary, 'trợ giúp'), `Bearer ${token}`)).status).toBe(401);
    }
    expect(keyDumps(printed)).toEqual([]);
    await nothingHappened(h);
  });

  it('accepts a properly signed request', async () => {
    const s = scene(h.connector.serviceUrl);
    const token = h.connector.signToken({ audience: APP_ID, serviceUrl: s.serviceUrl });
    // A card refresh is answered in the HTTP response itself (no outbound call, which would need Entra ID).
    const result = await h.post(execute(s, secretary, 'card.refresh', { cardKey: 'vote:unknown' }), `Bearer ${token}`);
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ statusCode: 403, type: 'application/vnd.microsoft.error' });
  });
});

describe('Teams when the signing keys cannot be fetched', () => {
  let h: TeamsHarness;
  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens, the key fetch fails at once.
    h = await startTeamsHarness({ auth: true, openIdMetadataUrl: 'http://127.0.0.1:9/openid' });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('refuses with 503 (not a crash) and processes nothing', async () => {
    const s = scene(h.connector.serviceUrl);
    const token = h.connector.signToken({ audience: APP_ID, serviceUrl: s.serviceUrl });
    const result = await h.post(execute(s, secretary, 'setup.start', {}), `Bearer ${token}`);
    expect(result.status).toBe(503);
    expect(result.body).toMatchObject({ error: { code: 'auth.unavailable' } });
    await nothingHappened(h);
    expect((await fetch(`${h.url}/healthz`)).status).toBe(200);
  });
});
