/** The OAuth call that rotates the OA's tokens: POST {oauth}/v4/oa/access_token. */
import { ZaloApiError } from './errors';
import { parseZaloJson, recordOf } from './json';

export interface OAuthSettings {
  readonly appId: string;
  readonly appSecret: string;
  readonly oauthBaseUrl: string;
  readonly timeoutMs: number;
}

export interface RefreshedTokens {
  readonly accessToken: string;
  readonly refreshToken: string;
  readonly expiresInSeconds: number;
}

// Zalo documents 25 h for an access token; used when expires_in is missing or unreadable.
const DEFAULT_EXPIRES_IN = 90_000;

/** Exchanges the (single-use) refresh token for a new pair; throws ZaloApiError('oauth') when refused. */
export async function refreshTokens(settings: OAuthSettings, refreshToken: string): Promise<RefreshedTokens> {
  const body = new URLSearchParams({
    refresh_token: refreshToken,
    app_id: settings.appId,
    grant_type: 'refresh_token',
  });
  let response: Response;
  try {
    response = await fetch(`${settings.oauthBaseUrl}/v4/oa/access_token`, {
      method: 'POST',
      headers: { secret_key: settings.appSecret, 'content-type': 'application/x-www-form-urlencoded' },
      body,
      signal: AbortSignal.timeout(settings.timeoutMs),
    });
  } catch (error) {
    throw new ZaloApiError(0, `zalo oauth: ${error instanceof Error ? error.message : String(error)}`, 'http', {
      cause: error,
    });
  }
  const text = await response.text();
  const json = recordOf(safeParse(text)) ?? {};
  const access = json['access_token'];
  const refresh = json['refresh_token'];
  if (!response.ok || typeof access !== 'string' || typeof refresh !== 'string' || access === '' || refresh === '') {
    const code = typeof json['error'] === 'number' ? json['error'] : response.status;
    const reason = [json['error_name'], json['error_description'], json['message']]
      .filter((v) => typeof v === 'string')
      .join(': ');
    throw new ZaloApiError(
      code,
      `zalo oauth: refresh refused (${code}${reason ? ` ${reason}` : ''})`,
      response.ok ? 'oauth' : 'http',
    );
  }
  const expires = Number(json['expires_in']);
  return {
    accessToken: access,
    refreshToken: refresh,
    expiresInSeconds: Number.isFinite(expires) && expires > 0 ? expires : DEFAULT_EXPIRES_IN,
  };
}

function safeParse(text: string): unknown {
  try {
    return parseZaloJson(text);
  } catch {
    // Not JSON (an HTML error page): the caller reports the HTTP status instead.
    return undefined;
  }
}
