/**
 * The upper committee's report over its cells for a month, a quarter or a year (issue 15).
 * The shape every output reads: chat card, dashboard page, .xlsx, .docx and `cli report --json`.
 * Computed by aggregate queries (committee-report.ts); rendered elsewhere, never recomputed there.
 */
import type { MeetingRowFigures } from '../core/meeting-figures';

/** "2026-11" (month), "2026-Q4" (quarter), "2026" (year). */
export type ReportPeriodKind = 'month' | 'quarter' | 'year';

export interface ReportPeriod {
  readonly kind: ReportPeriodKind;
  /** As typed: "2026-11", "2026-Q4", "2026". */
  readonly key: string;
  /** First and last month covered, "YYYY-MM". */
  readonly fromMonth: string;
  readonly toMonth: string;
  /** Every month covered, oldest first. */
  readonly months: readonly string[];
  /** "tháng 11/2026", "quý IV/2026", "năm 2026" (or the English forms). */
  readonly label: string;
}

export type MeetingKind = 'regular' | 'thematic' | 'extraordinary';
export type MeetingForm = 'in_person' | 'online' | 'mixed';

/** Why a cell is listed among those needing attention, most serious first when sorted by this order. */
export type AttentionCode =
  | 'meeting.missing' // a month of the period without a regular meeting held
  | 'thematic.missing' // a quarter of the period without a thematic meeting
  | 'minutes.missing' // a held meeting whose minutes were not sent (see CellMeetingRow.minutesSent)
  | 'online.unapproved' // an online or mixed meeting held without an approval reference
  | 'absence.unexcused'
  | 'attendance.low' // a meeting at or below 85 % (12-HD/BTCTW)
  | 'absence.excused_streak' // a member excused 3 times in a row within a year
  | 'meeting.short' // under 90 / 120 minutes (42-HD/BTCTW)
  | 'documents.late' // documents posted less than a day ahead (42-HD/BTCTW)
  | 'probation.due'; // a probationary member's 12 months end within the period

/** One meeting held (in_progress or closed) by a cell within the period. */
/** Its counts are those of the cell's own summary (MeetingRowFigures). */
export interface CellMeetingRow extends MeetingRowFigures {
  readonly meetingId: string;
  /** The meeting's period, "YYYY-MM". */
  readonly month: string;
  readonly kind: MeetingKind;
  readonly form: MeetingForm;
  /** ISO instants; null when not recorded. */
  readonly startedAt: string | null;
  readonly endedAt: string | null;
  readonly durationMinutes: number | null;
  /** Online or mixed while the cell records no approval reference (Cell.onlineApprovalRef, 03-HD/TW). */
  readonly onlineWithoutApproval: boolean;
  /**
   * The meeting is closed: closing is the "thông qua biên bản" step, after which the bot holds the minutes the
   * committee reads (the store records no separate sending). A meeting still in progress has not sent them.
   */
  readonly minutesSent: boolean;
  /** Quality criteria not met by this meeting. */
  readonly flags: readonly AttentionCode[];
}

export interface ProbationDue {
  readonly memberId: string;
  readonly fullName: string;
  /** The day the 12 months end, "YYYY-MM-DD" in the cell's zone. */
  readonly endsOn: string;
}

/** One row per cell of the committee (and of its sub-committees). */
export interface CellReportRow {
  readonly cell: {
    readonly id: string;
    readonly name: string;
    readonly committeeId: string;
    readonly committeeName: string;
  };
  readonly members: { readonly total: number; readonly official: number; readonly probationary: number };
  readonly meetings: readonly CellMeetingRow[];
  readonly regularHeld: number;
  readonly thematicHeld: number;
  /** Months of the period without a regular meeting held, "YYYY-MM". */
  readonly monthsWithoutMeeting: readonly string[];
  /** Quarters of the period without a thematic meeting, "2026-Q4". */
  readonly quartersWithoutThematic: readonly string[];
  readonly byForm: Readonly<Record<MeetingForm, number>>;
  /** Sums over the period's meetings; rate = present / expected. */
  readonly attendance: {
    readonly present: number;
    readonly expected: number;
    readonly rate: number | null;
    readonly excused: number;
    readonly unexcused: number;
  };
  readonly motions: { readonly total: number; readonly passed: number };
  readonly excusedStreakMemberIds: readonly string[];
  readonly probationDue: readonly ProbationDue[];
  /** Distinct reasons, in AttentionCode order; empty when all is well. */
  readonly attention: readonly AttentionCode[];
}

/** A target summed over the cells that set it (same metric, scope and period). */
export interface TargetTotal {
  readonly metric: string;
  readonly scope: 'year' | 'month';
  readonly period: string;
  readonly unit: string;
  readonly goal: number;
  readonly progress: number;
  readonly cells: number;
}

export interface CommitteeReport {
  /** `locality`: the place before the date in the report's header ('' leaves dots to write by hand). */
  readonly committee: {
    readonly id: string;
    readonly name: string;
    readonly parentName: string | null;
    readonly locality: string;
  };
  readonly period: ReportPeriod;
  /** ISO instant the report was computed. */
  readonly generatedAt: string;
  /** Cells sorted: those needing attention first, then by name (Vietnamese collation). */
  readonly cells: readonly CellReportRow[];
  readonly totals: {
    readonly cells: number;
    readonly cellsHeldAll: number;
    readonly cellsNeedingAttention: number;
    readonly meetings: number;
    readonly byForm: Readonly<Record<MeetingForm, number>>;
    readonly attendance: {
      readonly present: number;
      readonly expected: number;
      readonly rate: number | null;
      readonly excused: number;
      readonly unexcused: number;
    };
    readonly motions: { readonly total: number; readonly passed: number };
    readonly onlineWithoutApproval: number;
    readonly probationDue: number;
  };
  readonly targets: readonly TargetTotal[];
}
