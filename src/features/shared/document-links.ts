/**
 * The port through which chat features hand out signed, expiring links (the
 * minutes, the resolution, the spreadsheet, the dashboard). The implementation
 * lives with the HTTP routes (src/web/dashboard/links.ts); features only ask.
 */
import type { IssuedLink } from '../../core/issued-link';

export type { IssuedLink };

export interface DocumentLinks {
  /** The minutes (.docx) of a meeting, for this committee member. */
  minutes(memberId: string, meetingId: string): IssuedLink;
  /** The draft resolution (.docx) of a meeting. */
  resolution(memberId: string, meetingId: string): IssuedLink;
  /** Attendance and votes of a month ("2025-09") or a year ("2025") as .xlsx. */
  spreadsheet(memberId: string, cellId: string, period: string): IssuedLink;
  /** The dashboard page of the cell. */
  dashboard(memberId: string, cellId: string): IssuedLink;
}
