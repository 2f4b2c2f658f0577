/** View models of the setup cards: the cell's settings form and the roster page (see view-models.ts). */
import type { Locale, MemberRole, MemberStatus } from '../core/types';

/** The cell's setup form (secretary): values as the inputs want them, errors when it comes back. */
export interface SetupFormView {
  readonly type: 'setup.form';
  readonly locale: Locale;
  readonly values: {
    readonly cellName: string;
    readonly parentOrganisation: string;
    /** The committee the cell is under, or 'none' (see `committees`). */
    readonly committeeId: string;
    /** The place before the date in the documents' header ("Hà Nội"); '' leaves dots. */
    readonly locality: string;
    /** "5" (day of month, 1–28), or "rule" to keep the weekday rule set with "lịch" */
    readonly meetingDay: string;
    /** "14:00" */
    readonly meetingTime: string;
    readonly timezone: string;
    /** Reminder offsets in minutes before the meeting, comma-separated ("10080,1440,120"). */
    readonly reminders: string;
    /** "2/3" */
    readonly quorum: string;
    /** "true" | "false" */
    readonly excusedInDenominator: string;
    /** "true" | "false" */
    readonly attachedInMayVote: string;
    readonly approvalRef: string;
    /** "2025-08-01" or '' */
    readonly approvalDate: string;
  };
  /** The stored weekday rule in words ("thứ Hai đầu tiên của tháng, 19 giờ 30"), offered as meeting day "rule". */
  readonly weekdayRule?: string;
  /** The instance's committees the cell may be put under; the choice is shown only when there are some. */
  readonly committees: readonly { readonly id: string; readonly name: string }[];
  readonly errors?: readonly string[];
}

/** One line of the roster card: a roster member, or a conversation account not on the roster yet. */
export interface SetupRosterEntry {
  /** Input key: the member id, or `new.<account id>` for an account not on the roster. */
  readonly key: string;
  readonly name: string;
  /** "Đã liên kết tài khoản Teams", "Chưa có trong danh sách – a@b.vn" … */
  readonly detail: string;
  /** Absent for an account not on the roster: choosing a status adds it. */
  readonly status?: MemberStatus;
  readonly role: MemberRole;
  readonly partyGroup: string;
}

/** The secretary's roster card: one page of members with status, role and party group to set. */
export interface SetupRosterView {
  readonly type: 'setup.roster';
  readonly locale: Locale;
  readonly cellName: string;
  /** "Tổng số đảng viên: 72 …", "Đã liên kết 70 tài khoản Teams; 2 đồng chí chưa liên kết." */
  readonly summaryLines: readonly string[];
  /** 1-based. */
  readonly page: number;
  readonly pageCount: number;
  readonly entries: readonly SetupRosterEntry[];
}
