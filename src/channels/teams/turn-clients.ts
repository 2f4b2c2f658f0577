/**
 * botbuilder's CloudAdapter builds two HTTP clients for every inbound turn — a
 * ConnectorClient and a user-token client, each with a whole Azure request
 * pipeline — though a card press is answered without either. Neither holds
 * per-turn state, and every token this adapter accepts is addressed to its one
 * app id, so one client per service URL and audience serves every turn, as
 * botbuilder's older BotFrameworkAdapter kept them. In a burst of presses that
 * is about 0.6 ms of the one thread per turn, and the garbage with it.
 *
 * Only inbound turns share them: the outbox's proactive sends build their own
 * (it takes the retry policy out of its clients, src/channels/teams/transport.ts).
 */
import { ConfigurationBotFrameworkAuthentication } from 'botbuilder';

/** What botbuilder's token check gives a turn (defined here, re-exported by adapter.ts, so the two files do not import each other). */
export type AuthenticateRequestResult = Awaited<
  ReturnType<ConfigurationBotFrameworkAuthentication['authenticateRequest']>
>;

type ConnectorFactory = NonNullable<AuthenticateRequestResult['connectorFactory']>;
type ConnectorClient = Awaited<ReturnType<ConnectorFactory['create']>>;
type ClaimsIdentity = AuthenticateRequestResult['claimsIdentity'];
type UserTokenClient = Awaited<ReturnType<ConfigurationBotFrameworkAuthentication['createUserTokenClient']>>;

/** Service URLs are a handful per cloud region; the bound only guards against a flood of made-up ones. */
const MAX_CLIENTS = 32;

/** A map that forgets its oldest entry beyond MAX_CLIENTS, and a failed creation at once. */
class ClientCache<T> {
  private readonly clients = new Map<string, Promise<T>>();

  get(key: string, create: () => Promise<T>): Promise<T> {
    const known = this.clients.get(key);
    if (known !== undefined) return known;
    const created = create();
    created.catch(() => this.clients.delete(key));
    this.clients.set(key, created);
    if (this.clients.size > MAX_CLIENTS) this.clients.delete(this.clients.keys().next().value as string);
    return created;
  }
}

/** Connector clients for inbound turns, one per service URL and audience. */
export class InboundConnectors {
  private readonly cache = new ClientCache<ConnectorClient>();

  /** The request's factory, answering from the cache (the factory is built per request; the clients need not be). */
  wrap(factory: ConnectorFactory): ConnectorFactory {
    return {
      create: (serviceUrl, audience) =>
        this.cache.get(`${serviceUrl}\n${audience ?? ''}`, () => factory.create(serviceUrl, audience)),
    };
  }
}

/** The configured authentication, with one user-token client per bot app id (the audience of the turn's claims). */
export class TeamsBotAuthentication extends ConfigurationBotFrameworkAuthentication {
  private readonly tokenClients = new ClientCache<UserTokenClient>();

  override createUserTokenClient(claimsIdentity: ClaimsIdentity): Promise<UserTokenClient> {
    const appId = claimsIdentity.getClaimValue('aud') ?? '';
    return this.tokenClients.get(appId, () => super.createUserTokenClient(claimsIdentity));
  }
}
