/**
 * PLACEHOLDER (branch committee-out): the real check is written on branch
 * committee-core and replaces this file at merge. Until then nobody may read a
 * committee report, so the routes built on it answer 403.
 */
import type { Database } from '../store/database';

/** Whether this platform identity may read the reports of this committee (its members and those of the committees above). */
export async function canReadCommitteeReport(db: Database, identity: { platform: string; userId: string }, committeeId: string): Promise<boolean> {
  void db;
  void identity;
  void committeeId;
  return Promise.resolve(false);
}
