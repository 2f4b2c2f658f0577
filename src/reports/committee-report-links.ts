/**
 * The port through which outputs get signed, expiring links to a committee's
 * report (.xlsx, .docx) and its dashboard page. Committee members are not
 * members of a cell, so the link names the reader by platform identity; the
 * route checks canReadCommitteeReport for that identity on every request.
 */
import type { IssuedLink } from '../core/issued-link';
import type { ReportReader } from './committee-access';

/** Who a link is for: the committee member's chat account (committee-access.ts). */
export type ReaderIdentity = ReportReader;

export type ReportFormat = 'xlsx' | 'docx';

export interface CommitteeReportLinks {
  /** The report of a period ("2026-11", "2026-Q4", "2026") as a file. */
  report(reader: ReaderIdentity, committeeId: string, periodKey: string, format: ReportFormat): IssuedLink;
  /** The committee page of the dashboard. */
  dashboard(reader: ReaderIdentity, committeeId: string): IssuedLink;
}

/** "teams" + "29:1abc" → "teams:29:1abc" (platform names have no colon). */
export function encodeReader(reader: ReaderIdentity): string {
  return `${reader.platform}:${reader.platformUserId}`;
}

export function decodeReader(text: string): ReaderIdentity | null {
  const cut = text.indexOf(':');
  if (cut <= 0 || cut === text.length - 1) return null;
  return { platform: text.slice(0, cut), platformUserId: text.slice(cut + 1) };
}

/** Subject of a report link: the committee and the period. */
export function reportSubject(committeeId: string, periodKey: string): string {
  return `${committeeId}|${periodKey}`;
}

export function parseReportSubject(subject: string): { committeeId: string; periodKey: string } | null {
  const cut = subject.lastIndexOf('|');
  if (cut <= 0 || cut === subject.length - 1) return null;
  return { committeeId: subject.slice(0, cut), periodKey: subject.slice(cut + 1) };
}

/** The links the chat card and the dashboard show for one report. */
export interface ReportDownloadLinks {
  readonly xlsx: string;
  readonly docx: string;
  readonly dashboard: string | null;
}
