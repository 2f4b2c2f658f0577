"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.postNotice = postNotice;
/** "Thông báo": posts the current (or named) meeting's notice to the cell. */
const errors_1 = require("../../core/errors");
const card_keys_1 = require("../shared/card-keys");
const context_1 = require("../shared/context");
const meeting_queries_1 = require("../meetings/meeting-queries");
const notice_view_1 = require("./notice-view");
/** Marks the meeting announced and answers with the shared notice card (channels post it to the conversation). */
async function postNotice(ctx, meetingId) {
    const member = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const meeting = meetingId ? await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, meetingId) : await (0, meeting_queries_1.requireCurrentMeeting)(ctx.db, cell.id);
    if (meeting.status === 'closed' || meeting.status === 'cancelled')
        throw new errors_1.DomainError('meeting.closed');
    const now = ctx.clock.now();
    if (meeting.status === 'draft') {
        await ctx.db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'announced', noticePostedAt: now } });
        await ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'notice.posted', subjectId: meeting.id } });
    }
    const fresh = await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cell.id, meeting.id);
    const shared = await (0, notice_view_1.noticeViewFor)(ctx, fresh, null);
    const key = (0, card_keys_1.cardKey)('notice', meeting.id);
    return { replies: [{ kind: 'card', view: shared, cardKey: key }], refreshes: [{ cardKey: key, view: shared }] };
}
//# sourceMappingURL=post-notice.js.map