"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toRsvp = exports.toPresence = exports.toVoteChoice = exports.toMotionKind = exports.toMeetingStatus = exports.toMeetingForm = exports.toMeetingKind = exports.toMemberRole = exports.toMemberStatus = void 0;
exports.toRosterMember = toRosterMember;
exports.toCellRules = toCellRules;
exports.parseJsonColumn = parseJsonColumn;
/**
 * Strict conversions from stored strings to the domain's types. The database
 * keeps enumerations as strings (one schema for SQLite and PostgreSQL), so a
 * value outside the list is corrupt data and fails loudly here.
 */
const types_1 = require("../core/types");
function oneOf(list, what) {
    return (value) => {
        if (list.includes(value))
            return value;
        throw new Error(`Stored ${what} "${value}" is not one of ${list.join(', ')}`);
    };
}
function optional(convert) {
    return (value) => (value === null ? null : convert(value));
}
exports.toMemberStatus = oneOf(types_1.MEMBER_STATUSES, 'member status');
exports.toMemberRole = oneOf(types_1.MEMBER_ROLES, 'member role');
exports.toMeetingKind = oneOf(types_1.MEETING_KINDS, 'meeting kind');
exports.toMeetingForm = oneOf(types_1.MEETING_FORMS, 'meeting form');
exports.toMeetingStatus = oneOf(types_1.MEETING_STATUSES, 'meeting status');
exports.toMotionKind = oneOf(types_1.MOTION_KINDS, 'motion kind');
exports.toVoteChoice = oneOf(types_1.VOTE_CHOICES, 'vote choice');
exports.toPresence = optional(oneOf(types_1.PRESENCES, 'presence'));
exports.toRsvp = optional(oneOf(types_1.RSVP_ANSWERS, 'RSVP answer'));
/** A stored member as the rules see them. */
function toRosterMember(member) {
    return {
        id: member.id,
        fullName: member.fullName,
        status: (0, exports.toMemberStatus)(member.status),
        role: (0, exports.toMemberRole)(member.role),
        partyGroup: member.partyGroup,
    };
}
/** The configurable rules a cell's secretary set. */
function toCellRules(cell) {
    return {
        quorum: { numerator: cell.quorumNumerator, denominator: cell.quorumDenominator },
        excusedInDenominator: cell.excusedInDenominator,
        attachedInMayVote: cell.attachedInMayVote,
    };
}
/** JSON columns: parse, or fail naming the column. */
function parseJsonColumn(text, column, guard) {
    const value = JSON.parse(text);
    if (!guard(value))
        throw new Error(`Stored ${column} has an unexpected shape`);
    return value;
}
//# sourceMappingURL=mappers.js.map