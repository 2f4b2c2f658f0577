import type { Locale } from './types';

/** Expected outcomes a user is told about, each with a stable code and wording in both languages. */
export const DOMAIN_ERRORS = {
  'member.unknown': {
    vi: 'Đồng chí chưa có trong danh sách đảng viên của chi bộ. Đề nghị liên hệ đồng chí Bí thư.',
    en: 'You are not on the cell roster. Please contact the cell secretary.',
  },
  'member.not_invited': {
    vi: 'Theo danh sách của chi bộ, đồng chí không thuộc diện triệu tập kỳ sinh hoạt này.',
    en: 'According to the roster, you are not summoned to this meeting.',
  },
  'cell.unknown': {
    vi: 'Cuộc trò chuyện này chưa được gắn với chi bộ nào. Đề nghị đồng chí Bí thư thiết lập chi bộ.',
    en: 'This conversation is not bound to a cell yet. The secretary should set it up.',
  },
  'role.secretary_only': {
    vi: 'Chỉ đồng chí Bí thư, Phó Bí thư hoặc chi ủy viên được thực hiện thao tác này.',
    en: 'Only the secretary, deputy secretary or a committee member may do this.',
  },
  'role.chair_only': {
    vi: 'Chỉ đồng chí chủ trì hoặc Bí thư được kết thúc biểu quyết.',
    en: 'Only the chair or the secretary may close the vote.',
  },
  'meeting.none': {
    vi: 'Chi bộ chưa có kỳ sinh hoạt nào đang chuẩn bị hoặc đang diễn ra.',
    en: 'The cell has no upcoming or ongoing meeting.',
  },
  'meeting.not_found': {
    vi: 'Không tìm thấy kỳ sinh hoạt này.',
    en: 'Meeting not found.',
  },
  'meeting.closed': {
    vi: 'Kỳ sinh hoạt đã kết thúc hoặc đã bị hủy.',
    en: 'The meeting is over or was cancelled.',
  },
  'meeting.invalid': {
    vi: 'Thông tin kỳ sinh hoạt chưa hợp lệ.',
    en: 'The meeting details are not valid.',
  },
  'rollcall.not_open': {
    vi: 'Điểm danh chưa bắt đầu hoặc kỳ sinh hoạt đã kết thúc.',
    en: 'The roll call has not started, or the meeting is over.',
  },
  'meeting.not_announced': {
    vi: 'Kỳ sinh hoạt chưa được thông báo.',
    en: 'The meeting has not been announced yet.',
  },
  'rsvp.reason_required': {
    vi: 'Đề nghị đồng chí nêu rõ lý do xin vắng.',
    en: 'Please give a reason for your absence.',
  },
  'rsvp.venue_unknown': {
    vi: 'Điểm cầu này không có trong thông báo của kỳ sinh hoạt.',
    en: 'This venue is not listed in the meeting notice.',
  },
  'motion.not_found': {
    vi: 'Không tìm thấy nội dung biểu quyết này.',
    en: 'Motion not found.',
  },
  'motion.closed': {
    vi: 'Biểu quyết đã kết thúc; phiếu của đồng chí không được ghi nhận.',
    en: 'The vote is closed; your ballot was not recorded.',
  },
  'motion.secret_ballot': {
    vi: 'Nội dung này phải biểu quyết bằng phiếu kín (bầu cử, kỷ luật, nhân sự), không tổ chức qua tin nhắn.',
    en: 'This matter needs a secret ballot (election, discipline, personnel); it cannot be voted on in chat.',
  },
  'motion.already_open': {
    vi: 'Đang có một nội dung biểu quyết chưa kết thúc.',
    en: 'Another vote is still open.',
  },
  'vote.not_eligible_probationary': {
    vi: 'Đảng viên dự bị tham gia ý kiến, không biểu quyết (Điều lệ Đảng, Điều 3). Ý kiến của đồng chí được ghi nhận riêng nếu đồng chí gửi kèm nội dung.',
    en: 'Probationary members give opinions but do not vote (Party Charter, art. 3). Send a comment to have your opinion recorded apart.',
  },
  'vote.not_eligible': {
    vi: 'Theo quy định, đồng chí không thuộc diện biểu quyết nội dung này.',
    en: 'Under the rules you may not vote on this motion.',
  },
  'vote.exempt_not_present': {
    vi: 'Đảng viên miễn sinh hoạt chỉ biểu quyết khi có mặt; đề nghị đồng chí điểm danh trước.',
    en: 'Exempt members vote only when present; please answer the roll call first.',
  },
  'vote.not_present': {
    vi: 'Đồng chí chưa được ghi nhận có mặt tại kỳ sinh hoạt nên chưa biểu quyết được. Đề nghị đồng chí điểm danh trước (bấm «Có mặt» trên thẻ điểm danh hoặc gõ «có mặt»), rồi biểu quyết lại.',
    en: 'You are not recorded as present at this meeting, so you cannot vote yet. Please check in first (press "Present" on the roll-call card or type "present"), then vote again.',
  },
  'vote.not_present_excused': {
    vi: 'Đồng chí đã báo xin vắng và chưa điểm danh có mặt nên chưa biểu quyết được. Nếu đồng chí đã có mặt, đề nghị điểm danh (bấm «Có mặt» trên thẻ điểm danh hoặc gõ «có mặt»), rồi biểu quyết lại.',
    en: 'You sent an apology and have not checked in, so you cannot vote. If you are at the meeting, please check in (press "Present" on the roll-call card or type "present"), then vote again.',
  },
  'motion.already_closed': {
    vi: 'Biểu quyết này đã kết thúc trước đó; không có gì thay đổi.',
    en: 'This vote was already closed; nothing changed.',
  },
  'motion.already_opened': {
    vi: 'Nội dung này đã được đưa ra biểu quyết tại kỳ sinh hoạt; không mở lại lần nữa.',
    en: 'This motion was already put to the vote at this meeting; it is not opened again.',
  },
  'motion.no_rollcall': {
    vi: 'Chưa điểm danh nên chưa thể biểu quyết: theo trình tự sinh hoạt, điểm danh trước, biểu quyết sau. Đề nghị đồng chí gõ «điểm danh» để mở điểm danh, rồi mở biểu quyết.',
    en: 'The roll call has not been opened, so the vote cannot start: the roll call comes before any vote. Type "roll call" to open it, then open the vote.',
  },
  'rollcall.names_unknown': {
    vi: 'Không tìm thấy trong danh sách chi bộ (hoặc tên trùng, đề nghị ghi đủ họ tên); chưa ghi nhận ai',
    en: 'Not found on the cell roster (or the name is ambiguous: please write the full name); nobody was recorded',
  },
  'role.recorder_only': {
    vi: 'Chỉ đồng chí chủ trì, thư ký kỳ sinh hoạt hoặc chi ủy viên được ghi nhận thay cho đảng viên.',
    en: 'Only the chair, the minute-taker or a committee member may record for other members.',
  },
  'vote.comment_required': {
    vi: 'Đề nghị đồng chí ghi rõ ý kiến khác.',
    en: 'Please write your other opinion.',
  },
  'committee.unknown': {
    vi: 'Không tìm thấy đảng ủy (đảng bộ) này.',
    en: 'This party committee was not found.',
  },
  'committee.forbidden': {
    vi: 'Chỉ các đồng chí trong đảng ủy này hoặc đảng ủy cấp trên được xem báo cáo.',
    en: 'Only members of this committee or of a committee above it may read its reports.',
  },
  'links.unavailable': {
    vi: 'Máy chủ chưa được cấu hình để cấp đường dẫn tải tài liệu (PUBLIC_BASE_URL). Đề nghị liên hệ quản trị hệ thống.',
    en: 'The server is not configured to issue download links (PUBLIC_BASE_URL). Please contact the administrator.',
  },
  not_implemented: {
    vi: 'Chức năng này chưa có trong phiên bản hiện tại.',
    en: 'This feature is not available in this version yet.',
  },
  'input.invalid': {
    vi: 'Dữ liệu gửi lên chưa hợp lệ.',
    en: 'The submitted data is not valid.',
  },
} as const satisfies Record<string, Record<Locale, string>>;

export type DomainErrorCode = keyof typeof DOMAIN_ERRORS;

/**
 * What follows the sentence: the user's own words or names (the same in both
 * languages), a detail written in each language, or a note for the log only
 * (field ids, internal values) that a member must never see in English.
 */
export type ErrorDetail = string | Readonly<Record<Locale, string>> | { readonly log: string };

/** A detail in both languages: `localDetail('nội dung kỷ luật', 'a discipline matter')`. */
export function localDetail(vi: string, en: string): ErrorDetail {
  return { vi, en };
}

/** A detail for the log only; the user sees the sentence alone. */
export function logDetail(note: string): ErrorDetail {
  return { log: note };
}

function detailFor(detail: ErrorDetail | undefined, locale: Locale | 'log'): string {
  if (detail === undefined || typeof detail === 'string') return detail ?? '';
  if ('log' in detail) return locale === 'log' ? detail.log : '';
  return detail[locale === 'log' ? 'en' : locale];
}

/** An expected outcome (not a bug): carries a code the channels render in the user's language. */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    readonly detail?: ErrorDetail,
  ) {
    const note = detailFor(detail, 'log');
    super(note ? `${code}: ${note}` : code);
    this.name = 'DomainError';
  }

  /** The user-facing sentence, with the detail (e.g. which name or value) appended in the same language. */
  userMessage(locale: Locale): string {
    const base = DOMAIN_ERRORS[this.code][locale];
    const detail = detailFor(this.detail, locale);
    return detail ? `${base} (${detail})` : base;
  }
}

export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
