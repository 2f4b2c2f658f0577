/**
 * What the chat feature sends a committee member who asks for a report: the
 * summary card with download links minted for that member (issue 15). The
 * feature computes the report and checks access; this only assembles.
 */
import { committeeReportCard } from '../cards/committee-report-card';
import type { AdaptiveCard } from '../cards/render';
import type { Locale } from '../core/types';
import type { CommitteeReportLinks, ReaderIdentity } from './committee-report-links';
import type { CommitteeReport } from './committee-report-types';

export function committeeReportCardFor(report: CommitteeReport, locale: Locale, reader: ReaderIdentity, links: CommitteeReportLinks): AdaptiveCard {
  const { id } = report.committee;
  return committeeReportCard(report, locale, {
    xlsx: links.report(reader, id, report.period.key, 'xlsx').url,
    docx: links.report(reader, id, report.period.key, 'docx').url,
    dashboard: `${links.dashboard(reader, id).url}&period=${encodeURIComponent(report.period.key)}`,
  });
}
