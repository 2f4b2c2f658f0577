/**
 * Inbound turns share their HTTP clients (src/channels/teams/turn-clients.ts):
 * one connector client per service URL and audience, one user-token client
 * per app id; a creation that failed is tried again, never kept.
 */
import type { Activity } from 'botbuilder';
import { TeamsCloudAdapter, type AuthenticateRequestResult } from '../../src/channels/teams/adapter';
import { InboundConnectors, TeamsBotAuthentication } from '../../src/channels/teams/turn-clients';

type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;

/** A request's factory that counts what it builds (a fresh factory per request, as botbuilder makes them). */
function countingFactory(built: string[], fail = false): ConnectorFactory {
  return {
    create: (serviceUrl, audience) => {
      built.push(`${serviceUrl} ${audience ?? ''}`);
      // A stand-in object: only its identity is compared.
      return fail
        ? Promise.reject(new Error('no token'))
        : Promise.resolve({ serviceUrl, audience } as unknown as ConnectorClient);
    },
  };
}

describe('clients shared by inbound Teams turns', () => {
  it('builds one connector client per service URL and audience, whichever request asks', async () => {
    const connectors = new InboundConnectors();
    const built: string[] = [];
    const first = await connectors
      .wrap(countingFactory(built))
      .create('https://smba.example/amer/', 'https://api.botframework.com');
    const again = await connectors
      .wrap(countingFactory(built))
      .create('https://smba.example/amer/', 'https://api.botframework.com');
    const elsewhere = await connectors
      .wrap(countingFactory(built))
      .create('https://smba.example/emea/', 'https://api.botframework.com');
    const otherAudience = await connectors
      .wrap(countingFactory(built))
      .create('https://smba.example/amer/', 'https://other.example');
    expect(again).toBe(first);
    expect(elsewhere).not.toBe(first);
    expect(otherAudience).not.toBe(first);
    expect(built).toEqual([
      'https://smba.example/amer/ https://api.botframework.com',
      'https://smba.example/emea/ https://api.botframework.com',
      'https://smba.example/amer/ https://other.example',
    ]);
  });

  it('does not keep a creation that failed', async () => {
    const connectors = new InboundConnectors();
    const built: string[] = [];
    await expect(connectors.wrap(countingFactory(built, true)).create('https://smba.example/amer/')).rejects.toThrow(
      'no token',
    );
    await connectors.wrap(countingFactory(built)).create('https://smba.example/amer/');
    expect(built).toHaveLength(2);
  });

  it('are what the adapter hands to each turn it runs', async () => {
    const adapter = new TeamsCloudAdapter({ appType: 'SingleTenant' });
    const built: string[] = [];
    const seen: unknown[] = [];
    // What the adapter reads of an activity; botbuilder's type lists every optional field as required.
    const activity = {
      type: 'message',
      channelId: 'msteams',
      serviceUrl: 'https://smba.example/amer/',
      conversation: { id: 'c1' },
      from: { id: 'u1' },
      recipient: { id: 'b1' },
      text: 'hi',
    } as unknown as Activity;
    for (let turn = 0; turn < 3; turn += 1) {
      const auth = await adapter.authenticate(activity, '', 1_000);
      await adapter.runAuthenticated(
        { ...auth, connectorFactory: countingFactory(built) },
        { ...activity, id: `a${turn}` },
        async (context) => {
          seen.push(context.turnState.get(context.adapter.ConnectorClientKey));
        },
      );
    }
    expect(built).toHaveLength(1);
    expect(new Set(seen).size).toBe(1);
  });

  it('keeps one user-token client per app id', async () => {
    const auth = new TeamsBotAuthentication({});
    const claimsOf = (appId: string) =>
      ({
        getClaimValue: (type: string) => (type === 'aud' ? appId : null),
      }) as unknown as AuthenticateRequestResult['claimsIdentity'];
    const first = await auth.createUserTokenClient(claimsOf('app-1'));
    expect(await auth.createUserTokenClient(claimsOf('app-1'))).toBe(first);
    expect(await auth.createUserTokenClient(claimsOf('app-2'))).not.toBe(first);
  });
});
