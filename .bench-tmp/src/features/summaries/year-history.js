"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadYearHistory = loadYearHistory;
const attendance_data_1 = require("../attendance/attendance-data");
async function loadYearHistory(db, meeting) {
    const year = meeting.period.slice(0, 4);
    const meetings = await db.prisma.meeting.findMany({
        where: { cellId: meeting.cellId, status: { in: ['closed', 'in_progress'] }, period: { startsWith: year }, startsAt: { lte: meeting.startsAt } },
        orderBy: { startsAt: 'asc' },
    });
    const entries = [];
    for (const held of meetings) {
        const attendance = await (0, attendance_data_1.loadMeetingAttendance)(db, held);
        entries.push({ period: held.period, records: attendance.records });
    }
    return entries;
}
//# sourceMappingURL=year-history.js.map