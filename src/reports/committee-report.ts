/**
 * PLACEHOLDER (branch committee-out): the aggregate computation is written on
 * branch committee-core and replaces this file at merge.
 */
import type { Locale } from '../core/types';
import type { Database } from '../store/database';
import type { CommitteeReport } from './committee-report-types';

/** The committee's report for a period ("2026-11", "2026-Q4", "2026"), as of a moment. */
export async function computeCommitteeReport(db: Database, committeeId: string, periodKey: string, locale: Locale, asOf: Date): Promise<CommitteeReport> {
  void db;
  void locale;
  void asOf;
  return Promise.reject(new Error(`computeCommitteeReport(${committeeId}, ${periodKey}) is not available on this branch`));
}
