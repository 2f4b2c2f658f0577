"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TOKEN_ROW_ID = void 0;
exports.loadTokens = loadTokens;
exports.connectOa = connectOa;
exports.storeRefreshed = storeRefreshed;
exports.acquireRefreshLease = acquireRefreshLease;
exports.releaseRefreshLease = releaseRefreshLease;
/**
 * The OA's tokens in the database (one row, id "oa") and the lease that makes
 * a refresh happen once across instances: the refresh token is single use, so
 * two instances refreshing at once would leave one of them with a dead token.
 */
const enqueue_1 = require("../../outbox/enqueue");
exports.TOKEN_ROW_ID = 'oa';
const LEASE_NAME = 'zalo.token.refresh';
async function loadTokens(db) {
    return db.prisma.zaloToken.findUnique({ where: { id: exports.TOKEN_ROW_ID }, select: { oaId: true, refreshToken: true, accessToken: true, accessExpiresAt: true, version: true } });
}
/** The first refresh token (zalo-connect): replaces whatever was there, access token cleared. */
async function connectOa(db, input) {
    const data = { oaId: input.oaId, refreshToken: input.refreshToken, accessToken: null, accessExpiresAt: null, cellId: input.cellId ?? null };
    await db.prisma.zaloToken.upsert({ where: { id: exports.TOKEN_ROW_ID }, create: { id: exports.TOKEN_ROW_ID, ...data }, update: { ...data, version: { increment: 1 } } });
}
/**
 * Stores a refreshed pair, only if nobody stored one since `version` was read.
 * Both tokens are written in one statement, committed before the access token is handed out.
 */
async function storeRefreshed(db, version, tokens) {
    const { count } = await db.prisma.zaloToken.updateMany({ where: { id: exports.TOKEN_ROW_ID, version }, data: { ...tokens, version: { increment: 1 } } });
    return count === 1;
}
/** Takes the refresh lease unless another holder's is still running. */
async function acquireRefreshLease(db, holder, now, ttlMs) {
    const expiresAt = new Date(now.getTime() + ttlMs);
    try {
        await db.prisma.lease.create({ data: { name: LEASE_NAME, holder, expiresAt } });
        return true;
    }
    catch (error) {
        if (!(0, enqueue_1.isUniqueViolation)(error))
            throw error;
    }
    // Held: take it over only when it expired (its holder crashed mid-refresh).
    const { count } = await db.prisma.lease.updateMany({ where: { name: LEASE_NAME, expiresAt: { lt: now } }, data: { holder, expiresAt } });
    return count === 1;
}
async function releaseRefreshLease(db, holder) {
    await db.prisma.lease.deleteMany({ where: { name: LEASE_NAME, holder } });
}
//# sourceMappingURL=token-store.js.map