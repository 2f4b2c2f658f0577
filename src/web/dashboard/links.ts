/**
 * Signed, expiring links to the documents and the dashboard, for one member
 * (src/web/signed-links.ts). The chat features get them through the
 * DocumentLinks port; the dashboard uses them for its download buttons.
 */
import type { Clock } from '../../features/ports';
import type { DocumentLinks, IssuedLink } from '../../features/shared/document-links';
import { signLink, type LinkPurpose } from '../signed-links';

/** Downloads are for the day; the dashboard for a working session. */
export const DOWNLOAD_TTL_MS = 24 * 3600_000;
export const DASHBOARD_TTL_MS = 8 * 3600_000;

export interface LinkSettings {
  readonly secret: string;
  /** The server's public address without a trailing slash (PUBLIC_BASE_URL, or the local one in development). */
  readonly baseUrl: () => string;
  readonly clock: Clock;
}

/** Subject of an export link: the cell and the period ("2025" or "2025-09"). */
export function exportSubject(cellId: string, period: string): string {
  return `${cellId}|${period}`;
}

export function parseExportSubject(subject: string): { cellId: string; period: string } | null {
  const cut = subject.lastIndexOf('|');
  if (cut <= 0) return null;
  return { cellId: subject.slice(0, cut), period: subject.slice(cut + 1) };
}

export function createDocumentLinks(settings: LinkSettings): DocumentLinks {
  const issue = (
    purpose: LinkPurpose,
    memberId: string,
    subjectId: string,
    path: string,
    ttlMs: number,
    query = '',
  ): IssuedLink => {
    const now = settings.clock.now();
    const token = signLink(settings.secret, { purpose, memberId, subjectId }, now, ttlMs);
    // The token is checked to the second; report the expiry the same way.
    const expiresAt = new Date(Math.floor((now.getTime() + ttlMs) / 1000) * 1000);
    return { url: `${settings.baseUrl()}${path}${encodeURIComponent(token)}${query}`, expiresAt };
  };
  return {
    minutes: (memberId, meetingId) => issue('minutes', memberId, meetingId, '/links/minutes/', DOWNLOAD_TTL_MS),
    resolution: (memberId, meetingId) =>
      issue('minutes', memberId, meetingId, '/links/minutes/', DOWNLOAD_TTL_MS, '?doc=resolution'),
    spreadsheet: (memberId, cellId, period) =>
      issue('export', memberId, exportSubject(cellId, period), '/links/export/', DOWNLOAD_TTL_MS),
    dashboard: (memberId, cellId) => issue('dashboard', memberId, cellId, '/tab?token=', DASHBOARD_TTL_MS),
  };
}
