"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CHANGE_JOBS = exports.PLANNED_JOBS = void 0;
exports.jobKey = jobKey;
exports.ruleMeetingId = ruleMeetingId;
exports.meetingEnd = meetingEnd;
exports.ruleMeetings = ruleMeetings;
exports.meetingOccurrences = meetingOccurrences;
exports.planOccurrences = planOccurrences;
/**
 * The occurrence planner, pure: from a cell's rule, zone and offsets and its
 * meetings and motions, every scheduled message with its due time and its
 * ledger key. The same function feeds the tick, the CLI and the tests.
 */
const zoned_time_1 = require("../core/zoned-time");
const meeting_rule_1 = require("../features/meetings/meeting-rule");
const MINUTE = 60_000;
/** Jobs planned from a meeting, then the corrections features queue when a meeting changes. */
exports.PLANNED_JOBS = ['notice', 'remind.rsvp', 'remind.join', 'rollcall', 'remind.vote', 'summary'];
exports.CHANGE_JOBS = ['meeting.moved', 'meeting.cancelled'];
/** The ledger key (job, cell, meeting[:motion], occurrence); the outbox keys of its messages embed it. */
function jobKey(job, cellId, meetingRef, at) {
    return [job, cellId, meetingRef, at.toISOString()].join('|');
}
/** The id a rule-derived meeting gets when stored: deterministic, so two writers store one row. */
function ruleMeetingId(cellId, period) {
    return `auto-${cellId}-${period}`;
}
function meetingEnd(meeting) {
    return new Date(meeting.startsAt.getTime() + meeting.plannedMinutes * MINUTE);
}
function monthsBetween(from, to) {
    const months = [];
    let y = from.getUTCFullYear();
    let m = from.getUTCMonth() + 1;
    while (y < to.getUTCFullYear() || (y === to.getUTCFullYear() && m <= to.getUTCMonth() + 1)) {
        months.push([y, m]);
        [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return months;
}
/**
 * The regular meetings the rule names for months around [from, to] whose
 * period has no regular meeting stored (any status: a cancelled month stays cancelled).
 */
function ruleMeetings(cellId, rule, timeZone, from, to, takenPeriods) {
    const start = new Date(from.getTime() - 31 * 24 * 60 * MINUTE);
    const end = new Date(to.getTime() + 62 * 24 * 60 * MINUTE);
    return monthsBetween(start, end).flatMap(([year, month]) => {
        const period = `${year}-${String(month).padStart(2, '0')}`;
        if (takenPeriods.has(period))
            return [];
        const startsAt = (0, zoned_time_1.localDateTimeToUtc)((0, meeting_rule_1.ruleDate)(rule, year, month), rule.time, timeZone);
        return [{ id: ruleMeetingId(cellId, period), period, kind: 'regular', status: 'draft', startsAt, plannedMinutes: 90, virtual: true }];
    });
}
/** Every occurrence of one meeting (none for a cancelled one). */
function meetingOccurrences(cellId, meeting, motions, offsets) {
    if (meeting.status === 'cancelled')
        return [];
    const start = meeting.startsAt.getTime();
    const endsAt = meetingEnd(meeting);
    const at = (job, time, ref = meeting.id) => {
        const when = new Date(time);
        return { key: jobKey(job, cellId, ref, when), job, cellId, meetingId: meeting.id, at: when, meetingEndsAt: endsAt };
    };
    const list = [
        at('notice', start - offsets.noticeMinutesBefore * MINUTE),
        ...offsets.rsvpMinutesBefore.map((m) => at('remind.rsvp', start - m * MINUTE)),
        ...offsets.joinMinutesBefore.map((m) => at('remind.join', start - m * MINUTE)),
        at('rollcall', start),
        at('summary', endsAt.getTime() + offsets.summaryMinutesAfter * MINUTE),
    ];
    for (const motion of motions) {
        if (motion.meetingId !== meeting.id || motion.deadline === null)
            continue;
        const occurrence = at('remind.vote', motion.deadline.getTime() - offsets.voteMinutesBefore * MINUTE, `${meeting.id}:${motion.id}`);
        list.push({ ...occurrence, motionId: motion.id });
    }
    return list;
}
/** The occurrences due in [from, to], in time order. */
function planOccurrences(input, from, to) {
    const taken = new Set(input.meetings.filter((m) => m.kind === 'regular').map((m) => m.period));
    const meetings = input.includeRule ? [...input.meetings, ...ruleMeetings(input.cellId, input.rule, input.timeZone, from, to, taken)] : input.meetings;
    return meetings
        .flatMap((m) => meetingOccurrences(input.cellId, m, input.motions, input.offsets))
        .filter((o) => o.at >= from && o.at <= to)
        .sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
//# sourceMappingURL=plan.js.map