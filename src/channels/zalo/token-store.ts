/**
 * The OA's tokens in the database (one row, id "oa") and the lease that makes
 * a refresh happen once across instances: the refresh token is single use, so
 * two instances refreshing at once would leave one of them with a dead token.
 */
import { isUniqueViolation } from '../../outbox/enqueue';
import type { Database } from '../../store/database';

export const TOKEN_ROW_ID = 'oa';
const LEASE_NAME = 'zalo.token.refresh';

export interface StoredTokens {
  readonly oaId: string;
  readonly refreshToken: string;
  readonly accessToken: string | null;
  readonly accessExpiresAt: Date | null;
  readonly version: number;
}

export async function loadTokens(db: Database): Promise<StoredTokens | null> {
  return db.prisma.zaloToken.findUnique({
    where: { id: TOKEN_ROW_ID },
    select: { oaId: true, refreshToken: true, accessToken: true, accessExpiresAt: true, version: true },
  });
}

/** The first refresh token (zalo-connect): replaces whatever was there, access token cleared. */
export async function connectOa(
  db: Database,
  input: { oaId: string; refreshToken: string; cellId?: string },
): Promise<void> {
  const data = {
    oaId: input.oaId,
    refreshToken: input.refreshToken,
    accessToken: null,
    accessExpiresAt: null,
    cellId: input.cellId ?? null,
  };
  await db.prisma.zaloToken.upsert({
    where: { id: TOKEN_ROW_ID },
    create: { id: TOKEN_ROW_ID, ...data },
    update: { ...data, version: { increment: 1 } },
  });
}

/**
 * Stores a refreshed pair, only if nobody stored one since `version` was read.
 * Both tokens are written in one statement, committed before the access token is handed out.
 */
export async function storeRefreshed(
  db: Database,
  version: number,
  tokens: { refreshToken: string; accessToken: string; accessExpiresAt: Date },
): Promise<boolean> {
  const { count } = await db.prisma.zaloToken.updateMany({
    where: { id: TOKEN_ROW_ID, version },
    data: { ...tokens, version: { increment: 1 } },
  });
  return count === 1;
}

/** Takes the refresh lease unless another holder's is still running. */
export async function acquireRefreshLease(db: Database, holder: string, now: Date, ttlMs: number): Promise<boolean> {
  const expiresAt = new Date(now.getTime() + ttlMs);
  try {
    await db.prisma.lease.create({ data: { name: LEASE_NAME, holder, expiresAt } });
    return true;
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
  }
  // Held: take it over only when it expired (its holder crashed mid-refresh).
  const { count } = await db.prisma.lease.updateMany({
    where: { name: LEASE_NAME, expiresAt: { lt: now } },
    data: { holder, expiresAt },
  });
  return count === 1;
}

export async function releaseRefreshLease(db: Database, holder: string): Promise<void> {
  await db.prisma.lease.deleteMany({ where: { name: LEASE_NAME, holder } });
}
