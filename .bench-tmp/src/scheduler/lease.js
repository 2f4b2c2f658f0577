"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LEASE_RENEW_MS = exports.DEFAULT_LEASE_TTL_MS = void 0;
exports.createLease = createLease;
/**
 * Leadership among instances sharing a database: a Lease row with an expiry.
 * Taking or renewing it is one conditional UPDATE (held by me, or expired), so
 * two instances never both hold it on SQLite or PostgreSQL; the first holder
 * creates the row (a unique violation means someone else did).
 */
const enqueue_1 = require("../outbox/enqueue");
exports.DEFAULT_LEASE_TTL_MS = 40_000;
exports.LEASE_RENEW_MS = 20_000;
function createLease(options) {
    const name = options.name ?? 'scheduler';
    const ttlMs = options.ttlMs ?? exports.DEFAULT_LEASE_TTL_MS;
    const { db, holder } = options;
    return {
        holder,
        ttlMs,
        async acquire(now) {
            const expiresAt = new Date(now.getTime() + ttlMs);
            const renewed = await db.prisma.lease.updateMany({
                where: { name, OR: [{ holder }, { expiresAt: { lt: now } }] },
                data: { holder, expiresAt },
            });
            if (renewed.count === 1)
                return true;
            try {
                await db.prisma.lease.create({ data: { name, holder, expiresAt } });
                return true;
            }
            catch (error) {
                if ((0, enqueue_1.isUniqueViolation)(error))
                    return false;
                throw error;
            }
        },
        async release() {
            await db.prisma.lease.deleteMany({ where: { name, holder } });
        },
    };
}
//# sourceMappingURL=lease.js.map