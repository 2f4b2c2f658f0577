"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTokenManager = createTokenManager;
const errors_1 = require("./errors");
const oauth_1 = require("./oauth");
const token_store_1 = require("./token-store");
const LEASE_MS = 30_000;
const POLL_MS = 100;
function notConnected() {
    return new errors_1.ZaloApiError(0, 'zalo: the Official Account is not connected (run `npm run cli -- zalo-connect`)', 'oauth');
}
function createTokenManager(deps) {
    const earlyMs = deps.earlyMs ?? 3_600_000;
    const waitMs = deps.waitMs ?? 20_000;
    const usable = (row, stale) => row !== null && row.accessToken !== null && row.accessToken !== stale && row.accessExpiresAt !== null && row.accessExpiresAt.getTime() - deps.clock.now().getTime() > earlyMs;
    // Per manager (one per channel instance), never module-level: the refresh in flight, if any.
    let inFlight;
    const refreshOnce = async (stale) => {
        const deadline = Date.now() + waitMs;
        for (;;) {
            const row = await (0, token_store_1.loadTokens)(deps.db);
            if (row === null)
                throw notConnected();
            if (usable(row, stale))
                return row.accessToken;
            if (await (0, token_store_1.acquireRefreshLease)(deps.db, deps.instanceId, deps.clock.now(), LEASE_MS)) {
                try {
                    return await refreshHeld(deps, stale, usable);
                }
                finally {
                    await (0, token_store_1.releaseRefreshLease)(deps.db, deps.instanceId);
                }
            }
            if (Date.now() > deadline)
                throw new errors_1.ZaloApiError(0, 'zalo: another instance is still refreshing the token', 'http');
            await new Promise((resolve) => setTimeout(resolve, POLL_MS));
        }
    };
    const refresh = (stale) => {
        inFlight ??= refreshOnce(stale).finally(() => {
            inFlight = undefined;
        });
        return inFlight;
    };
    return {
        async accessToken() {
            const row = await (0, token_store_1.loadTokens)(deps.db);
            if (row === null)
                throw notConnected();
            return usable(row, undefined) ? row.accessToken : refresh(row.accessToken ?? undefined);
        },
        refreshAfterRejection: (stale) => refresh(stale),
    };
}
/** Under the lease: re-read (someone may have refreshed), call OAuth, commit the new pair, then use it. */
async function refreshHeld(deps, stale, usable) {
    const row = await (0, token_store_1.loadTokens)(deps.db);
    if (row === null)
        throw notConnected();
    if (usable(row, stale))
        return row.accessToken;
    const fresh = await (0, oauth_1.refreshTokens)(deps.oauth, row.refreshToken).catch((error) => {
        deps.logger.error({ err: error }, 'zalo: token refresh refused; if it persists, connect the OA again with `zalo-connect`');
        throw error;
    });
    const accessExpiresAt = new Date(deps.clock.now().getTime() + fresh.expiresInSeconds * 1000);
    const stored = await (0, token_store_1.storeRefreshed)(deps.db, row.version, { refreshToken: fresh.refreshToken, accessToken: fresh.accessToken, accessExpiresAt }).catch((error) => {
        deps.logger.error({ err: error }, 'zalo: the refreshed tokens could not be stored; the old refresh token is spent, run `zalo-connect` again');
        throw error;
    });
    if (!stored)
        throw new errors_1.ZaloApiError(0, 'zalo: the token row changed during a refresh under the lease', 'http');
    deps.logger.info({ version: row.version + 1, expiresAt: accessExpiresAt.toISOString() }, 'zalo: tokens refreshed and stored');
    return fresh.accessToken;
}
//# sourceMappingURL=tokens.js.map