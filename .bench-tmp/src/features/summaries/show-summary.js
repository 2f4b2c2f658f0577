"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.showSummary = showSummary;
/** "Tóm tắt [tháng 9/2025]": the committee asks for a meeting's summary. */
const errors_1 = require("../../core/errors");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const meeting_queries_1 = require("../meetings/meeting-queries");
const load_summary_1 = require("./load-summary");
const summary_view_1 = require("./summary-view");
async function pickMeetingId(ctx, cellId, request) {
    if (request.meetingId)
        return (await (0, meeting_queries_1.requireMeetingOfCell)(ctx.db, cellId, request.meetingId)).id;
    const meeting = request.period ? await (0, meeting_queries_1.findMeetingOfPeriod)(ctx.db, cellId, request.period) : await (0, meeting_queries_1.findLatestHeldMeeting)(ctx.db, cellId);
    if (!meeting)
        throw new errors_1.DomainError(request.period ? 'meeting.not_found' : 'meeting.none', request.period);
    return meeting.id;
}
async function showSummary(ctx, request) {
    (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const meetingId = await pickMeetingId(ctx, cell.id, request);
    const summary = await (0, load_summary_1.loadMeetingSummary)(ctx.db, meetingId, ctx.turn.locale);
    return (0, results_1.replyWith)((0, summary_view_1.summaryView)(summary, ctx.turn.locale));
}
//# sourceMappingURL=show-summary.js.map