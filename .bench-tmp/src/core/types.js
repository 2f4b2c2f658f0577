"use strict";
/**
 * The domain's vocabulary (DOMAIN.md). Pure types: no I/O, no vendor imports.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_CELL_RULES = exports.VOTE_CHOICES = exports.SECRET_BALLOT_KINDS = exports.MOTION_KINDS = exports.PRESENCES = exports.RSVP_ANSWERS = exports.MEETING_STATUSES = exports.MEETING_FORMS = exports.MEETING_KINDS = exports.MEMBER_ROLES = exports.MEMBER_STATUSES = void 0;
exports.MEMBER_STATUSES = [
    'official', // chính thức
    'probationary', // dự bị
    'exempt', // miễn công tác và sinh hoạt đảng
    'attached_in', // sinh hoạt tạm thời đến (SHT)
    'attached_out', // sinh hoạt tạm thời đi
    'suspended', // đình chỉ sinh hoạt
];
exports.MEMBER_ROLES = ['secretary', 'deputy_secretary', 'committee', 'member'];
exports.MEETING_KINDS = ['regular', 'thematic', 'extraordinary'];
exports.MEETING_FORMS = ['in_person', 'online', 'mixed'];
exports.MEETING_STATUSES = ['draft', 'announced', 'in_progress', 'closed', 'cancelled'];
exports.RSVP_ANSWERS = ['attend', 'attend_online', 'excused'];
exports.PRESENCES = ['present', 'excused', 'unexcused'];
/** Motions the bot may put to an open vote in chat, and the secret-ballot kinds it refuses. */
exports.MOTION_KINDS = ['resolution', 'admission', 'confirmation', 'other'];
exports.SECRET_BALLOT_KINDS = ['election', 'discipline', 'personnel'];
exports.VOTE_CHOICES = ['approve', 'reject', 'other'];
exports.DEFAULT_CELL_RULES = Object.freeze({
    quorum: Object.freeze({ numerator: 2, denominator: 3 }),
    excusedInDenominator: true,
    attachedInMayVote: false,
});
//# sourceMappingURL=types.js.map