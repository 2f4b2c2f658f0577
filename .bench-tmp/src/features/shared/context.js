"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.requireCell = requireCell;
exports.requireMember = requireMember;
exports.requireCommittee = requireCommittee;
exports.memberIsCommittee = memberIsCommittee;
/**
 * The typed context every feature handler receives: the turn, the ports, and
 * who and where the turn is, resolved once per turn (authenticate → resolve cell).
 */
const errors_1 = require("../../core/errors");
const statuses_1 = require("../../core/statuses");
const mappers_1 = require("../../store/mappers");
/** The cell, or a domain error telling the user the conversation is not set up. */
function requireCell(ctx) {
    if (!ctx.cell)
        throw new errors_1.DomainError('cell.unknown');
    return ctx.cell;
}
/** The acting roster member, or a domain error for a stranger. */
function requireMember(ctx) {
    if (!ctx.member)
        throw new errors_1.DomainError('member.unknown');
    return ctx.member;
}
/** The acting member when they are on the committee (secretary, deputy, committee member). */
function requireCommittee(ctx) {
    const member = requireMember(ctx);
    if (!(0, statuses_1.isCommittee)((0, mappers_1.toMemberRole)(member.role)))
        throw new errors_1.DomainError('role.secretary_only');
    return member;
}
function memberIsCommittee(member) {
    return member !== null && (0, statuses_1.isCommittee)((0, mappers_1.toMemberRole)(member.role));
}
//# sourceMappingURL=context.js.map