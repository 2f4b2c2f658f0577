"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DomainError = exports.DOMAIN_ERRORS = void 0;
exports.isDomainError = isDomainError;
/** Expected outcomes a user is told about, each with a stable code and wording in both languages. */
exports.DOMAIN_ERRORS = {
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
    'vote.comment_required': {
        vi: 'Đề nghị đồng chí ghi rõ ý kiến khác.',
        en: 'Please write your other opinion.',
    },
    'input.invalid': {
        vi: 'Dữ liệu gửi lên chưa hợp lệ.',
        en: 'The submitted data is not valid.',
    },
};
/** An expected outcome (not a bug): carries a code the channels render in the user's language. */
class DomainError extends Error {
    code;
    detail;
    constructor(code, detail) {
        super(detail ? `${code}: ${detail}` : code);
        this.code = code;
        this.detail = detail;
        this.name = 'DomainError';
    }
    /** The user-facing sentence, with the detail (e.g. which field) appended. */
    userMessage(locale) {
        const base = exports.DOMAIN_ERRORS[this.code][locale];
        return this.detail ? `${base} (${this.detail})` : base;
    }
}
exports.DomainError = DomainError;
function isDomainError(error) {
    return error instanceof DomainError;
}
//# sourceMappingURL=errors.js.map