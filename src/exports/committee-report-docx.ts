/**
 * The committee report as a Word document ("BÁO CÁO tình hình sinh hoạt chi bộ …"): written on the
 * committee-out branch. This stand-in keeps the name and the signature the CLI imports until that branch is merged.
 */
import { DomainError } from '../core/errors';
import type { Locale } from '../core/types';
import type { CommitteeReport } from '../reports/committee-report-types';

export function committeeReportDocx(report: CommitteeReport, locale: Locale): Promise<Buffer> {
  void report;
  void locale;
  return Promise.reject(new DomainError('not_implemented'));
}
