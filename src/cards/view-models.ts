/**
 * View models: what a card shows, with no platform in it. Features build them;
 * src/cards renders them as Adaptive Card 1.5 JSON (Teams, playground, tab) and
 * the Zalo channel renders them as text and buttons. Dates and numbers arrive
 * already formatted in the view's locale, so every renderer shows the same words.
 */
import type {
  Locale,
  MeetingKind,
  MemberRole,
  MemberStatus,
  MotionKind,
  Presence,
  RsvpAnswer,
  VoteChoice,
} from '../core/types';
import type { SetupFormView, SetupRosterView } from './setup-views';
import type { CardVerb } from './verbs';
import type { CommitteeReport } from '../reports/committee-report-types';
import type { ReportDownloadLinks } from '../reports/committee-report-links';

export type { SetupFormView, SetupRosterEntry, SetupRosterView } from './setup-views';

/** Every verb a card action may carry (cards/verbs.ts); card data carries `verb` plus ids, never who acts. */
export { CARD_VERBS, type CardVerb } from './verbs';

export interface CardAction {
  readonly verb: CardVerb;
  readonly title: string;
  readonly data: Readonly<Record<string, string>>;
  readonly style?: 'positive' | 'destructive';
}

export interface MessageView {
  readonly type: 'message';
  readonly locale: Locale;
  readonly tone: 'info' | 'success' | 'warning' | 'error';
  readonly title?: string;
  readonly text: string;
  /** Follow-up buttons (e.g. "Gửi thông báo" after a meeting is created). */
  readonly actions?: readonly CardAction[];
  /** Links that open in the browser (Action.OpenUrl): signed downloads, the dashboard. Zalo shows them as text. */
  readonly links?: readonly LinkAction[];
}

/** A button that opens an absolute http(s) URL; anything else is dropped by the renderer. */
export interface LinkAction {
  readonly title: string;
  readonly url: string;
}

export interface HelpView {
  readonly type: 'help';
  readonly locale: Locale;
  readonly isCommittee: boolean;
  readonly commands: readonly { readonly command: string; readonly description: string }[];
}

export interface MeetingFormView {
  readonly type: 'meeting.form';
  readonly locale: Locale;
  readonly cellName: string;
  /** Identifies this form: a second submit of it creates no second meeting (not an identity, only a key). */
  readonly formKey?: string;
  /** Suggested values, already as the inputs want them ("2025-09-05", "14:00"). */
  readonly defaults: {
    readonly date: string;
    readonly time: string;
    readonly form: 'in_person' | 'online' | 'mixed';
    /** When the form comes back with errors: what the secretary entered, so nothing typed is lost. */
    readonly kind?: MeetingKind;
    readonly venues?: string;
    readonly joinUrl?: string;
    readonly agenda?: string;
    readonly documents?: string;
    readonly guests?: string;
    readonly chairMemberId?: string;
    readonly minuteTakerMemberId?: string;
  };
  readonly members: readonly { readonly id: string; readonly name: string }[];
  readonly errors?: readonly string[];
}

export interface AgendaItemView {
  readonly position: number;
  readonly title: string;
  readonly presenter?: string;
  readonly documentUrl?: string;
}

export interface RsvpCounts {
  readonly attend: number;
  readonly attendOnline: number;
  readonly excused: number;
  readonly noAnswer: number;
  /** Of those attending (counted in attend / attendOnline), exempt members: not summoned, they may attend. */
  readonly exemptAttending: number;
}

export interface NoticeView {
  readonly type: 'notice';
  readonly locale: Locale;
  readonly meetingId: string;
  readonly cellName: string;
  readonly parentOrganisation: string;
  /** "THÔNG BÁO sinh hoạt chi bộ định kỳ tháng 9/2025" */
  readonly heading: string;
  /** "14 giờ 00, ngày 05/9/2025 (thứ Sáu)" */
  readonly when: string;
  /** "Trực tuyến kết hợp trực tiếp" etc. */
  readonly formLabel: string;
  readonly venues: readonly { readonly name: string; readonly main: boolean }[];
  /** Held online or mixed ("Tham dự trực tuyến" offered even with one venue); joinUrl: its one online room. */
  readonly online: boolean;
  readonly joinUrl?: string;
  readonly agenda: readonly AgendaItemView[];
  readonly documents: readonly { readonly title: string; readonly url: string }[];
  readonly guests: readonly { readonly name: string; readonly position: string }[];
  readonly chair?: string;
  readonly minuteTaker?: string;
  /** The closing request: "Đề nghị các đồng chí tham dự đầy đủ, đúng giờ; …" */
  readonly request: string;
  readonly counts: RsvpCounts;
  /** The viewer's own answer, when the card is rendered for one member. */
  readonly myAnswer?: { readonly answer: RsvpAnswer; readonly venue?: string; readonly reason?: string };
  readonly cancelled: boolean;
  /** A draft shown to the committee before it is posted: no RSVP buttons. */
  readonly preview?: boolean;
  /** Warnings for the committee (online meeting without approval reference, documents marked MẬT). */
  readonly warnings: readonly string[];
}

export interface StatusCount {
  readonly status: MemberStatus;
  readonly label: string;
  readonly total: number;
  readonly present: number;
}

export interface RollCallView {
  readonly type: 'rollcall';
  readonly locale: Locale;
  readonly meetingId: string;
  readonly heading: string;
  readonly venues: readonly string[];
  readonly byStatus: readonly StatusCount[];
  /** "Tổng số đảng viên: 72 (chính thức 49, dự bị 23). Có mặt: 70. Vắng: 2 (có lý do: 2 …; không lý do: 0)." */
  readonly summaryLine: string;
  readonly quorumLine: string;
  readonly warnings: readonly string[];
  readonly myPresence?: { readonly presence: Presence; readonly venue?: string };
  /** The venue the viewer gave in their answer to the notice: the roll call preselects it. */
  readonly myRsvpVenue?: string;
  /** Rendered for one member (Teams refresh, playground, Zalo). The shared card preselects no venue (rollcall.ts). */
  readonly personal?: boolean;
  readonly open: boolean;
  /** "Đến muộn: 2 đồng chí (…)." / "Ghi nhận hộ: 3 đồng chí (…)." (check-ins late or recorded for members). */
  readonly notes?: readonly string[];
}

export interface TallyView {
  readonly approve: number;
  readonly reject: number;
  readonly other: number;
  /** Eligible voters who have not voted yet. */
  readonly notVoted: number;
  readonly denominator: number;
  readonly threshold: string;
}

export interface VoteView {
  readonly type: 'vote';
  readonly locale: Locale;
  readonly motionId: string;
  readonly meetingId: string;
  readonly title: string;
  readonly kind: MotionKind;
  /** "Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua … (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)" */
  readonly call: string;
  readonly open: boolean;
  readonly tally: TallyView;
  /** When closed: "Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua." */
  readonly resultLines: readonly string[];
  readonly passed?: boolean;
  readonly myChoice?: { readonly choice: VoteChoice; readonly comment?: string };
  /** Whether the viewer may close the vote (chair or committee). */
  readonly canClose: boolean;
  /** Whether the viewer's ballot counts (false for probationary: the card offers an opinion field instead). */
  readonly canVote: boolean;
  /** The viewer may vote but is not recorded present: the card offers "Có mặt" first (only members present vote). */
  readonly canCheckIn?: boolean;
  readonly opinions: readonly { readonly name: string; readonly text: string }[];
}

export interface SummaryMotionView {
  readonly title: string;
  readonly lines: readonly string[];
  readonly passed: boolean | null;
}

export interface SummaryView {
  readonly type: 'summary';
  readonly locale: Locale;
  readonly meetingId: string;
  readonly heading: string;
  readonly when: string;
  readonly sections: readonly { readonly title: string; readonly lines: readonly string[] }[];
  readonly motions: readonly SummaryMotionView[];
  readonly flags: readonly string[];
}

export interface RosterView {
  readonly type: 'roster';
  readonly locale: Locale;
  readonly cellName: string;
  readonly totalsLine: string;
  readonly members: readonly {
    readonly id: string;
    readonly name: string;
    readonly status: MemberStatus;
    readonly statusLabel: string;
    readonly role: MemberRole;
    readonly roleLabel: string;
    readonly partyGroup?: string;
  }[];
}

export type CardView =
  | MessageView
  | HelpView
  | MeetingFormView
  | NoticeView
  | RollCallView
  | VoteView
  | SummaryView
  | RosterView
  | SetupFormView
  | SetupRosterView
  | CommitteeReportView;

export type CardViewType = CardView['type'];

/** The upper committee's report for a committee member (issue 15): rendered in code, not from a template. */
export interface CommitteeReportView {
  readonly type: 'committee.report';
  readonly locale: Locale;
  readonly report: CommitteeReport;
  /** Signed links minted for the member who asked. */
  readonly links: ReportDownloadLinks;
}

/** The views drawn from a cards/ template. */
export type TemplateView = Exclude<CardView, CommitteeReportView>;
