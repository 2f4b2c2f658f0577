"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.refreshTokens = refreshTokens;
/** The OAuth call that rotates the OA's tokens: POST {oauth}/v4/oa/access_token. */
const errors_1 = require("./errors");
const json_1 = require("./json");
// Zalo documents 25 h for an access token; used when expires_in is missing or unreadable.
const DEFAULT_EXPIRES_IN = 90_000;
/** Exchanges the (single-use) refresh token for a new pair; throws ZaloApiError('oauth') when refused. */
async function refreshTokens(settings, refreshToken) {
    const body = new URLSearchParams({ refresh_token: refreshToken, app_id: settings.appId, grant_type: 'refresh_token' });
    let response;
    try {
        response = await fetch(`${settings.oauthBaseUrl}/v4/oa/access_token`, {
            method: 'POST',
            headers: { secret_key: settings.appSecret, 'content-type': 'application/x-www-form-urlencoded' },
            body,
            signal: AbortSignal.timeout(settings.timeoutMs),
        });
    }
    catch (error) {
        throw new errors_1.ZaloApiError(0, `zalo oauth: ${error instanceof Error ? error.message : String(error)}`, 'http', { cause: error });
    }
    const text = await response.text();
    const json = (0, json_1.recordOf)(safeParse(text)) ?? {};
    const access = json['access_token'];
    const refresh = json['refresh_token'];
    if (!response.ok || typeof access !== 'string' || typeof refresh !== 'string' || access === '' || refresh === '') {
        const code = typeof json['error'] === 'number' ? json['error'] : response.status;
        const reason = [json['error_name'], json['error_description'], json['message']].filter((v) => typeof v === 'string').join(': ');
        throw new errors_1.ZaloApiError(code, `zalo oauth: refresh refused (${code}${reason ? ` ${reason}` : ''})`, response.ok ? 'oauth' : 'http');
    }
    const expires = Number(json['expires_in']);
    return { accessToken: access, refreshToken: refresh, expiresInSeconds: Number.isFinite(expires) && expires > 0 ? expires : DEFAULT_EXPIRES_IN };
}
function safeParse(text) {
    try {
        return (0, json_1.parseZaloJson)(text);
    }
    catch {
        // Not JSON (an HTML error page): the caller reports the HTTP status instead.
        return undefined;
    }
}
//# sourceMappingURL=oauth.js.map