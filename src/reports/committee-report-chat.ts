/**
 * The links a committee member's report carries in chat (issue 15): the .xlsx,
 * the .docx and the committee page of that period, signed for that member.
 * The feature computes the report and checks access; this only mints.
 */
import type { CommitteeReportLinks, ReaderIdentity, ReportDownloadLinks } from './committee-report-links';

export function reportDownloadLinks(
  reader: ReaderIdentity,
  committeeId: string,
  periodKey: string,
  links: CommitteeReportLinks,
): ReportDownloadLinks {
  return {
    xlsx: links.report(reader, committeeId, periodKey, 'xlsx').url,
    docx: links.report(reader, committeeId, periodKey, 'docx').url,
    dashboard: `${links.dashboard(reader, committeeId).url}&period=${encodeURIComponent(periodKey)}`,
  };
}
