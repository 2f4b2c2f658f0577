/**
 * The OA's access token, refreshed early and one refresh at a time: in this
 * process (single flight) and across instances (a lease row). The new refresh
 * token is committed to the database before the new access token is handed
 * out; a crash after Zalo answered but before the commit loses the pair, and
 * the secretary runs `zalo-connect` again (logged loudly).
 */
import type { Clock, Logger } from '../../features/ports';
import type { Database } from '../../store/database';
import { ZaloApiError } from './errors';
import { refreshTokens, type OAuthSettings } from './oauth';
import { acquireRefreshLease, loadTokens, releaseRefreshLease, storeRefreshed, type StoredTokens } from './token-store';

export interface TokenManager {
  /** A usable access token, refreshed first when it expires within the margin. */
  accessToken(): Promise<string>;
  /** Zalo refused `stale`: refresh unless another caller already replaced it. */
  refreshAfterRejection(stale: string): Promise<string>;
}

export interface TokenManagerDependencies {
  readonly db: Database;
  readonly clock: Clock;
  readonly logger: Logger;
  readonly oauth: OAuthSettings;
  /** Lease holder name (this instance). */
  readonly instanceId: string;
  /** Refresh when the token has less than this left (default 1 h of its 25 h). */
  readonly earlyMs?: number;
  /** How long to wait for another instance's refresh (default 20 s). */
  readonly waitMs?: number;
}

const LEASE_MS = 30_000;
const POLL_MS = 100;

function notConnected(): ZaloApiError {
  return new ZaloApiError(
    0,
    'zalo: the Official Account is not connected (run `npm run cli -- zalo-connect`)',
    'oauth',
  );
}

export function createTokenManager(deps: TokenManagerDependencies): TokenManager {
  const earlyMs = deps.earlyMs ?? 3_600_000;
  const waitMs = deps.waitMs ?? 20_000;
  const usable = (row: StoredTokens | null, stale: string | undefined): row is StoredTokens & { accessToken: string } =>
    row !== null &&
    row.accessToken !== null &&
    row.accessToken !== stale &&
    row.accessExpiresAt !== null &&
    row.accessExpiresAt.getTime() - deps.clock.now().getTime() > earlyMs;
  // Per manager (one per channel instance), never module-level: the refresh in flight, if any.
  let inFlight: Promise<string> | undefined;

  const refreshOnce = async (stale: string | undefined): Promise<string> => {
    const deadline = Date.now() + waitMs;
    for (;;) {
      const row = await loadTokens(deps.db);
      if (row === null) throw notConnected();
      if (usable(row, stale)) return row.accessToken;
      if (await acquireRefreshLease(deps.db, deps.instanceId, deps.clock.now(), LEASE_MS)) {
        try {
          return await refreshHeld(deps, stale, usable);
        } finally {
          await releaseRefreshLease(deps.db, deps.instanceId);
        }
      }
      if (Date.now() > deadline)
        throw new ZaloApiError(0, 'zalo: another instance is still refreshing the token', 'http');
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  };

  const refresh = (stale: string | undefined): Promise<string> => {
    inFlight ??= refreshOnce(stale).finally(() => {
      inFlight = undefined;
    });
    return inFlight;
  };

  return {
    async accessToken() {
      const row = await loadTokens(deps.db);
      if (row === null) throw notConnected();
      return usable(row, undefined) ? row.accessToken : refresh(row.accessToken ?? undefined);
    },
    refreshAfterRejection: (stale) => refresh(stale),
  };
}

/** Under the lease: re-read (someone may have refreshed), call OAuth, commit the new pair, then use it. */
async function refreshHeld(
  deps: TokenManagerDependencies,
  stale: string | undefined,
  usable: (row: StoredTokens | null, stale: string | undefined) => row is StoredTokens & { accessToken: string },
): Promise<string> {
  const row = await loadTokens(deps.db);
  if (row === null) throw notConnected();
  if (usable(row, stale)) return row.accessToken;
  const fresh = await refreshTokens(deps.oauth, row.refreshToken).catch((error: unknown) => {
    deps.logger.error(
      { err: error },
      'zalo: token refresh refused; if it persists, connect the OA again with `zalo-connect`',
    );
    throw error;
  });
  const accessExpiresAt = new Date(deps.clock.now().getTime() + fresh.expiresInSeconds * 1000);
  const stored = await storeRefreshed(deps.db, row.version, {
    refreshToken: fresh.refreshToken,
    accessToken: fresh.accessToken,
    accessExpiresAt,
  }).catch((error: unknown) => {
    deps.logger.error(
      { err: error },
      'zalo: the refreshed tokens could not be stored; the old refresh token is spent, run `zalo-connect` again',
    );
    throw error;
  });
  if (!stored) throw new ZaloApiError(0, 'zalo: the token row changed during a refresh under the lease', 'http');
  deps.logger.info(
    { version: row.version + 1, expiresAt: accessExpiresAt.toISOString() },
    'zalo: tokens refreshed and stored',
  );
  return fresh.accessToken;
}
