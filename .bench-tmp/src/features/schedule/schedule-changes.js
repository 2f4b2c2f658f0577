"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingToChange = meetingToChange;
exports.moveMeeting = moveMeeting;
exports.cancelMeeting = cancelMeeting;
/**
 * Moving or cancelling one meeting, and the ledger work that follows: the old
 * occurrences still ahead are recorded 'cancelled' (so they never go out and
 * the CLI shows why), and when members were already told, a correction is
 * queued for the scheduler's next tick.
 */
const errors_1 = require("../../core/errors");
const zoned_time_1 = require("../../core/zoned-time");
const ledger_1 = require("../../scheduler/ledger");
const offsets_1 = require("../../scheduler/offsets");
const plan_1 = require("../../scheduler/plan");
const meeting_rule_1 = require("../meetings/meeting-rule");
const CHANGEABLE = ['draft', 'announced'];
function planMeeting(m) {
    return { id: m.id, period: m.period, kind: m.kind, status: m.status, startsAt: m.startsAt, plannedMinutes: m.plannedMinutes, virtual: false };
}
/** The meeting a change is about: the next one not yet held, else the rule's next meeting (stored now, as a draft). */
async function meetingToChange(services, cell) {
    const upcoming = await services.db.prisma.meeting.findFirst({
        where: { cellId: cell.id, status: { in: CHANGEABLE }, startsAt: { gt: services.clock.now() } },
        orderBy: { startsAt: 'asc' },
    });
    if (upcoming)
        return upcoming;
    const rule = (0, meeting_rule_1.parseScheduleRule)(cell.meetingRule);
    const date = (0, meeting_rule_1.suggestedMeetingDate)(rule, services.clock.now(), cell.timezone);
    const period = date.slice(0, 7);
    const id = (0, plan_1.ruleMeetingId)(cell.id, period);
    const existing = await services.db.prisma.meeting.findUnique({ where: { id } });
    if (existing)
        return existing;
    return services.db.prisma.meeting.create({ data: { id, cellId: cell.id, period, kind: 'regular', startsAt: (0, zoned_time_1.localDateTimeToUtc)(date, rule.time, cell.timezone) } });
}
/** Records the meeting's occurrences still ahead as cancelled. */
async function cancelAhead(services, cell, meeting) {
    const now = services.clock.now();
    const motions = await services.db.prisma.motion.findMany({ where: { meetingId: meeting.id }, select: { id: true, meetingId: true, deadline: true, status: true } });
    const ahead = (0, plan_1.meetingOccurrences)(cell.id, planMeeting(meeting), motions, (0, offsets_1.parseOffsets)(cell.reminderOffsets)).filter((o) => o.at > now);
    for (const o of ahead)
        await (0, ledger_1.closeOccurrence)(services.db, o, 'cancelled', now);
    return ahead.length;
}
/** Moves one meeting to a new local date and time; a correction follows when its notice was sent. */
async function moveMeeting(services, cell, actorMemberId, date, time) {
    const meeting = await meetingToChange(services, cell);
    if (!CHANGEABLE.includes(meeting.status))
        throw new errors_1.DomainError('meeting.closed');
    const startsAt = (0, zoned_time_1.localDateTimeToUtc)(date, time, cell.timezone);
    const now = services.clock.now();
    if (startsAt <= now)
        throw new errors_1.DomainError('meeting.invalid', date + ' ' + time);
    await cancelAhead(services, cell, meeting);
    const moved = await services.db.prisma.meeting.update({ where: { id: meeting.id }, data: { startsAt } });
    // Moving back to a time used before: its occurrences were cancelled by the first move; plan them again.
    const again = (0, plan_1.meetingOccurrences)(cell.id, planMeeting(moved), [], (0, offsets_1.parseOffsets)(cell.reminderOffsets)).map((o) => o.key);
    await services.db.prisma.jobRun.deleteMany({ where: { key: { in: again }, status: 'cancelled' } });
    await services.db.prisma.auditEvent.create({
        data: { cellId: cell.id, actorMemberId, type: 'meeting.moved', subjectId: meeting.id, data: JSON.stringify({ from: meeting.startsAt.toISOString(), to: startsAt.toISOString() }) },
    });
    const corrected = meeting.noticePostedAt !== null;
    if (corrected) {
        // Members already have the notice: the correction replaces a second notice at the new time.
        const notice = (0, plan_1.meetingOccurrences)(cell.id, planMeeting(moved), [], (0, offsets_1.parseOffsets)(cell.reminderOffsets)).find((o) => o.job === 'notice');
        if (notice)
            await (0, ledger_1.closeOccurrence)(services.db, notice, 'cancelled', now);
        const key = (0, plan_1.jobKey)('meeting.moved', cell.id, meeting.id, startsAt);
        await (0, ledger_1.planOccurrence)(services.db, { key, job: 'meeting.moved', cellId: cell.id, meetingId: meeting.id, at: now }, now);
    }
    return { meeting: moved, corrected };
}
/** Cancels one meeting: nothing more is sent for it, and a cancellation notice goes out when it was announced. */
async function cancelMeeting(services, cell, actorMemberId, reason) {
    const meeting = await meetingToChange(services, cell);
    if (!CHANGEABLE.includes(meeting.status))
        throw new errors_1.DomainError('meeting.closed');
    const now = services.clock.now();
    await cancelAhead(services, cell, meeting);
    const cancelled = await services.db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'cancelled' } });
    await services.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId, type: 'meeting.cancelled', subjectId: meeting.id, data: JSON.stringify({ reason }) } });
    const announced = meeting.noticePostedAt !== null;
    if (announced) {
        const key = (0, plan_1.jobKey)('meeting.cancelled', cell.id, meeting.id, meeting.startsAt);
        await (0, ledger_1.planOccurrence)(services.db, { key, job: 'meeting.cancelled', cellId: cell.id, meetingId: meeting.id, at: now }, now);
    }
    return { meeting: cancelled, announced };
}
//# sourceMappingURL=schedule-changes.js.map