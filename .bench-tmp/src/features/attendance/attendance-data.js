"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.effectivePresence = effectivePresence;
exports.loadMeetingAttendance = loadMeetingAttendance;
exports.memberPresence = memberPresence;
const mappers_1 = require("../../store/mappers");
const statuses_1 = require("../../core/statuses");
/**
 * Presence as the rules should count it: the roll-call answer when there is one;
 * once the meeting has started, an accepted excuse from the RSVP counts as
 * "excused"; once it is closed, an invited member with no answer is "unexcused".
 */
function effectivePresence(meeting, member, row) {
    const recorded = (0, mappers_1.toPresence)(row?.presence ?? null);
    if (recorded)
        return recorded;
    const started = meeting.status === 'in_progress' || meeting.status === 'closed';
    if (started && (0, mappers_1.toRsvp)(row?.rsvp ?? null) === 'excused')
        return 'excused';
    if (meeting.status === 'closed' && (0, statuses_1.isInvited)((0, mappers_1.toMemberStatus)(member.status)))
        return 'unexcused';
    return null;
}
function toRecord(meeting, member, row) {
    const presence = effectivePresence(meeting, member, row);
    return {
        memberId: member.id,
        presence,
        venue: row?.presenceVenue ?? row?.rsvpVenue ?? null,
        reason: row?.presenceReason ?? row?.rsvpReason ?? null,
    };
}
async function loadMeetingAttendance(db, meeting) {
    const [members, rows] = await Promise.all([
        db.prisma.member.findMany({ where: { cellId: meeting.cellId }, orderBy: { fullName: 'asc' } }),
        db.prisma.attendance.findMany({ where: { meetingId: meeting.id } }),
    ]);
    const byMember = new Map(rows.map((row) => [row.memberId, row]));
    return {
        members,
        roster: members.map(mappers_1.toRosterMember),
        rows,
        records: members.map((m) => toRecord(meeting, m, byMember.get(m.id))),
    };
}
/** One member's effective presence, without loading the whole roster (the hot path of a vote). */
async function memberPresence(db, meeting, member) {
    const row = await db.prisma.attendance.findUnique({ where: { meetingId_memberId: { meetingId: meeting.id, memberId: member.id } } });
    return effectivePresence(meeting, member, row ?? undefined);
}
//# sourceMappingURL=attendance-data.js.map