"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rollCallViewFor = rollCallViewFor;
const attendance_1 = require("../../core/attendance");
const format_1 = require("../../core/format");
const statuses_1 = require("../../core/statuses");
const types_1 = require("../../core/types");
const mappers_1 = require("../../store/mappers");
const meeting_details_1 = require("../meetings/meeting-details");
const attendance_data_1 = require("./attendance-data");
const meeting_numbers_1 = require("./meeting-numbers");
function myPresence(rows, viewer) {
    const row = viewer ? rows.find((r) => r.memberId === viewer.id) : undefined;
    const presence = (0, mappers_1.toPresence)(row?.presence ?? null);
    if (!row || !presence)
        return undefined;
    return { presence, ...(row.presenceVenue ? { venue: row.presenceVenue } : {}) };
}
/** The roll call as `viewer` sees it (their own check-in marked); viewer null = the shared card. */
async function rollCallViewFor(services, meeting, viewer, locale) {
    const attendance = await (0, attendance_data_1.loadMeetingAttendance)(services.db, meeting);
    const numbers = (0, meeting_numbers_1.computeMeetingNumbers)(attendance, (0, mappers_1.toCellRules)(meeting.cell), locale);
    const byStatus = types_1.MEMBER_STATUSES.filter((s) => numbers.stats.roster[s] > 0).map((status) => ({
        status,
        label: (0, statuses_1.statusLabel)(status, locale),
        total: numbers.stats.roster[status],
        present: numbers.stats.present[status],
    }));
    const mine = myPresence(attendance.rows, viewer);
    return {
        type: 'rollcall',
        locale,
        meetingId: meeting.id,
        heading: locale === 'vi' ? `ĐIỂM DANH – sinh hoạt chi bộ ${(0, format_1.periodLabel)(meeting.period, locale)}` : `ROLL CALL – cell meeting, ${(0, format_1.periodLabel)(meeting.period, locale)}`,
        venues: (0, meeting_details_1.parseVenues)(meeting.venues).map((v) => v.name),
        byStatus,
        summaryLine: (0, attendance_1.rollCallLine)(numbers.stats, locale),
        quorumLine: numbers.quorum.line,
        warnings: [...numbers.quorum.warnings],
        ...(mine ? { myPresence: mine } : {}),
        open: meeting.status === 'in_progress',
    };
}
//# sourceMappingURL=rollcall-view.js.map