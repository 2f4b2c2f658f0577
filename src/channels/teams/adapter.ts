/**
 * botbuilder's CloudAdapter with Bot Framework authentication built from the
 * config (single-tenant credentials), and authentication as a step of its own
 * so a refused token is an HTTP refusal and never reaches the bot.
 */
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  type Activity,
  type ConfigurationBotFrameworkAuthenticationOptions,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { MicrosoftAppConfig } from '../../config';
import { quietTokenRefusals } from './quiet-token-refusals';
import { InboundConnectors, TeamsBotAuthentication, type AuthenticateRequestResult } from './turn-clients';

export type { AuthenticateRequestResult };

/**
 * Where tokens are verified. Production uses the Bot Framework's public cloud
 * defaults; tests point the OpenID metadata at a local stand-in that signs
 * tokens with its own key (the other values are then required by botbuilder,
 * so the public-cloud ones are spelled out).
 */
export interface AuthEndpoints {
  readonly openIdMetadataUrl: string;
}

/** The audience of the Bot Connector in the public cloud (outbound tokens). */
export const BOT_FRAMEWORK_SCOPE = 'https://api.botframework.com';

const PUBLIC_CLOUD = {
  ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
  ToChannelFromBotOAuthScope: 'https://api.botframework.com',
  ToBotFromChannelTokenIssuer: 'https://api.botframework.com',
  OAuthUrl: 'https://api.botframework.com',
  CallerId: 'urn:botframework:azure',
} as const;

/** The options ConfigurationBotFrameworkAuthentication reads; no app id = authentication off. */
export function authenticationOptions(
  app: MicrosoftAppConfig,
  endpoints?: AuthEndpoints,
): ConfigurationBotFrameworkAuthenticationOptions {
  const credentials: ConfigurationBotFrameworkAuthenticationOptions =
    app.appId === undefined
      ? {}
      : {
          MicrosoftAppId: app.appId,
          MicrosoftAppType: app.appType,
          ...(app.appPassword === undefined ? {} : { MicrosoftAppPassword: app.appPassword }),
          ...(app.tenantId === undefined ? {} : { MicrosoftAppTenantId: app.tenantId }),
        };
  if (endpoints === undefined) return credentials;
  return {
    ...credentials,
    ...PUBLIC_CLOUD,
    ToBotFromChannelOpenIdMetadataUrl: endpoints.openIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: endpoints.openIdMetadataUrl,
  };
}

/** A request the adapter refuses before any bot code runs. */
export class RequestRefused extends Error {
  constructor(
    readonly status: 401 | 503,
    readonly code: string,
    message: string,
    options?: { cause: unknown },
  ) {
    super(message, options);
    this.name = 'RequestRefused';
  }
}

const TOKEN_ERRORS = new Set(['JsonWebTokenError', 'TokenExpiredError', 'NotBeforeError']);

/**
 * A token that fails verification is 401. Anything else (the signing keys
 * could not be fetched, a timeout) means we could not check it: 503, so the
 * Bot Connector retries later — and still nothing is processed.
 */
export function classifyAuthFailure(error: unknown): RequestRefused {
  const name = error instanceof Error ? error.name : '';
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (TOKEN_ERRORS.has(name) || status === 401 || status === 403) {
    return new RequestRefused(401, 'auth.unauthorized', 'The request does not carry a valid Bot Framework token.', {
      cause: error,
    });
  }
  return new RequestRefused(
    503,
    'auth.unavailable',
    'The Bot Framework token could not be verified now; try again later.',
    { cause: error },
  );
}

export class TeamsCloudAdapter extends CloudAdapter {
  private readonly auth: ConfigurationBotFrameworkAuthentication;
  private readonly connectors = new InboundConnectors();

  constructor(app: MicrosoftAppConfig, endpoints?: AuthEndpoints) {
    const auth = new TeamsBotAuthentication(authenticationOptions(app, endpoints));
    super(auth);
    this.auth = auth;
    // botbuilder prints the whole key set to stderr for every refused token (see quiet-token-refusals.ts).
    if (app.appId !== undefined) quietTokenRefusals();
  }

  /** Verifies the request's JWT (against the activity's serviceUrl and channel); throws RequestRefused. */
  async authenticate(activity: Activity, authHeader: string, timeoutMs: number): Promise<AuthenticateRequestResult> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => reject(new Error(`token verification took longer than ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      return await Promise.race([this.auth.authenticateRequest(activity, authHeader), timeout]);
    } catch (error) {
      throw classifyAuthFailure(error);
    } finally {
      clearTimeout(timer);
    }
  }

  /** Runs the turn for an already authenticated request; resolves with the invoke answer, if any. */
  runAuthenticated(
    auth: AuthenticateRequestResult,
    activity: Activity,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<InvokeResponse | undefined> {
    const connectorFactory =
      auth.connectorFactory === undefined ? undefined : this.connectors.wrap(auth.connectorFactory);
    return this.processActivity(
      { ...auth, ...(connectorFactory === undefined ? {} : { connectorFactory }) },
      activity,
      logic,
    );
  }
}
