/**
 * Leadership among instances sharing a database: a Lease row with an expiry.
 * Taking or renewing it is one conditional UPDATE (held by me, or expired), so
 * two instances never both hold it on SQLite or PostgreSQL; the first holder
 * creates the row (a unique violation means someone else did).
 */
import { isUniqueViolation } from '../store/errors';
import type { Database } from '../store/database';

export interface LeaseOptions {
  readonly db: Pick<Database, 'prisma'>;
  readonly holder: string;
  readonly name?: string;
  /** How long a holder that stops renewing keeps the lease (default 40 s; renewed every 20 s). */
  readonly ttlMs?: number;
}

export interface Lease {
  readonly holder: string;
  readonly ttlMs: number;
  /** Takes or renews the lease at `now`; false when another live instance holds it. */
  acquire(now: Date): Promise<boolean>;
  /** Gives the lease up (on shutdown) so another instance takes over at once. */
  release(): Promise<void>;
}

export const DEFAULT_LEASE_TTL_MS = 40_000;
export const LEASE_RENEW_MS = 20_000;

export function createLease(options: LeaseOptions): Lease {
  const name = options.name ?? 'scheduler';
  const ttlMs = options.ttlMs ?? DEFAULT_LEASE_TTL_MS;
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
      if (renewed.count === 1) return true;
      try {
        await db.prisma.lease.create({ data: { name, holder, expiresAt } });
        return true;
      } catch (error) {
        if (isUniqueViolation(error)) return false;
        throw error;
      }
    },
    async release() {
      await db.prisma.lease.deleteMany({ where: { name, holder } });
    },
  };
}
