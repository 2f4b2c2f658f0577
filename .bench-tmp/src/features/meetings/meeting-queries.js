"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingInclude = void 0;
exports.findCurrentMeeting = findCurrentMeeting;
exports.requireCurrentMeeting = requireCurrentMeeting;
exports.requireMeetingOfCell = requireMeetingOfCell;
exports.findMeetingOfPeriod = findMeetingOfPeriod;
exports.findLatestHeldMeeting = findLatestHeldMeeting;
/** Finding the meeting a command is about, and loading it with what the cards show. */
const errors_1 = require("../../core/errors");
const ACTIVE_STATUSES = ['in_progress', 'announced', 'draft'];
exports.meetingInclude = {
    agendaItems: { orderBy: { position: 'asc' } },
    guests: true,
    cell: true,
};
/**
 * The cell's current meeting: the one in progress, else the earliest announced
 * or draft one (the next meeting being prepared).
 */
async function findCurrentMeeting(db, cellId) {
    const candidates = await db.prisma.meeting.findMany({
        where: { cellId, status: { in: ACTIVE_STATUSES } },
        orderBy: { startsAt: 'asc' },
        include: exports.meetingInclude,
    });
    return candidates.find((m) => m.status === 'in_progress') ?? candidates[0] ?? null;
}
async function requireCurrentMeeting(db, cellId) {
    const meeting = await findCurrentMeeting(db, cellId);
    if (!meeting)
        throw new errors_1.DomainError('meeting.none');
    return meeting;
}
/** A meeting of this cell by id (a meeting of another cell is "not found", never shown). */
async function requireMeetingOfCell(db, cellId, meetingId) {
    const meeting = await db.prisma.meeting.findUnique({ where: { id: meetingId }, include: exports.meetingInclude });
    if (!meeting || meeting.cellId !== cellId)
        throw new errors_1.DomainError('meeting.not_found');
    return meeting;
}
/** The most recent meeting of a period ("2025-09"), for summaries of a named month. */
async function findMeetingOfPeriod(db, cellId, period) {
    return db.prisma.meeting.findFirst({
        where: { cellId, period, status: { not: 'cancelled' } },
        orderBy: { startsAt: 'desc' },
    });
}
/** The latest meeting that was held or is being held, for "tóm tắt" without a month. */
async function findLatestHeldMeeting(db, cellId) {
    return db.prisma.meeting.findFirst({
        where: { cellId, status: { in: ['in_progress', 'closed'] } },
        orderBy: { startsAt: 'desc' },
    });
}
//# sourceMappingURL=meeting-queries.js.map