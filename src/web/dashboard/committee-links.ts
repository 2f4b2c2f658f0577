/** Signed links to a committee's report files and its dashboard page (src/reports/committee-report-links.ts). */
import type { IssuedLink } from '../../core/issued-link';
import { encodeReader, reportSubject, type CommitteeReportLinks } from '../../reports/committee-report-links';
import { signLink, type LinkPurpose } from '../signed-links';
import { DASHBOARD_TTL_MS, DOWNLOAD_TTL_MS, type LinkSettings } from './links';

export function createCommitteeReportLinks(settings: LinkSettings): CommitteeReportLinks {
  const issue = (
    purpose: LinkPurpose,
    memberId: string,
    subjectId: string,
    path: string,
    ttlMs: number,
  ): IssuedLink => {
    const now = settings.clock.now();
    const token = signLink(settings.secret, { purpose, memberId, subjectId }, now, ttlMs);
    const expiresAt = new Date(Math.floor((now.getTime() + ttlMs) / 1000) * 1000);
    return { url: path.replace('{token}', encodeURIComponent(token)).replace(/^/, settings.baseUrl()), expiresAt };
  };
  return {
    report: (reader, committeeId, periodKey, format) =>
      issue(
        'committee_report',
        encodeReader(reader),
        reportSubject(committeeId, periodKey),
        `/links/committee-report/{token}?format=${format}`,
        DOWNLOAD_TTL_MS,
      ),
    dashboard: (reader, committeeId) =>
      issue(
        'committee_dashboard',
        encodeReader(reader),
        committeeId,
        `/tab/committee?committee=${encodeURIComponent(committeeId)}&token={token}`,
        DASHBOARD_TTL_MS,
      ),
  };
}
