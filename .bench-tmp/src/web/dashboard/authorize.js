"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NOT_ALLOWED_VI = void 0;
exports.authorizeLink = authorizeLink;
exports.requireSameCell = requireSameCell;
/**
 * Who a signed link lets in: the member it names, only while they are on the
 * committee of the cell the subject belongs to (checked on every request, so a
 * link stops working when the role is taken away). Anyone else gets 403 and
 * no data.
 */
const statuses_1 = require("../../core/statuses");
const mappers_1 = require("../../store/mappers");
const server_1 = require("../../server");
const signed_links_1 = require("../signed-links");
exports.NOT_ALLOWED_VI = 'Không được phép: chỉ đồng chí Bí thư, Phó Bí thư và chi ủy viên của chi bộ được xem nội dung này.';
function notAllowed() {
    return new server_1.ApiError(403, 'link.not_allowed', exports.NOT_ALLOWED_VI);
}
/** Verifies the token and returns the committee member and the subject it names. */
async function authorizeLink(db, secret, token, now, purpose) {
    const check = (0, signed_links_1.verifyLink)(secret, token, now, purpose);
    if (!check.ok) {
        if (check.reason === 'expired')
            throw new server_1.ApiError(410, 'link.expired', 'Đường dẫn đã hết hiệu lực; đề nghị đồng chí yêu cầu đường dẫn mới từ Trợ lý chi bộ.');
        throw new server_1.ApiError(401, 'link.invalid', 'Đường dẫn không hợp lệ.');
    }
    const member = await db.prisma.member.findUnique({ where: { id: check.claims.memberId } });
    if (!member || !(0, statuses_1.isCommittee)((0, mappers_1.toMemberRole)(member.role)))
        throw notAllowed();
    return { member, subjectId: check.claims.subjectId };
}
/** The subject (meeting or cell) must belong to the member's own cell. */
function requireSameCell(member, cellId) {
    if (cellId !== member.cellId)
        throw notAllowed();
}
//# sourceMappingURL=authorize.js.map