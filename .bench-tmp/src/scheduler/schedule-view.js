"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.planSchedule = planSchedule;
/**
 * A cell's schedule as a secretary reads it: every occurrence in a range —
 * planned from the rule and the stored meetings, merged with the ledger — and
 * its status (planned / running / sent / missed / cancelled).
 */
const meeting_rule_1 = require("../features/meetings/meeting-rule");
const offsets_1 = require("./offsets");
const plan_1 = require("./plan");
const DAY = 24 * 60 * 60_000;
/** The occurrences of a cell in [from, to], in time order; null when the cell does not exist. */
async function planSchedule(db, cellId, from, to) {
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
    if (!cell)
        return null;
    const meetings = await db.prisma.meeting.findMany({
        where: { cellId, startsAt: { gte: new Date(from.getTime() - 2 * DAY), lte: new Date(to.getTime() + 62 * DAY) } },
        select: { id: true, period: true, kind: true, status: true, startsAt: true, plannedMinutes: true },
    });
    const motions = await db.prisma.motion.findMany({ where: { meeting: { cellId }, deadline: { not: null } }, select: { id: true, meetingId: true, deadline: true, status: true } });
    const input = { cellId, rule: (0, meeting_rule_1.parseScheduleRule)(cell.meetingRule), timeZone: cell.timezone, offsets: (0, offsets_1.parseOffsets)(cell.reminderOffsets), motions, includeRule: true };
    const plan = (0, plan_1.planOccurrences)({ ...input, meetings: meetings.map((m) => ({ ...m, virtual: false })) }, from, to);
    const stored = new Set(meetings.map((m) => m.id));
    const periods = new Map(meetings.map((m) => [m.id, m.period]));
    const ledger = await db.prisma.jobRun.findMany({ where: { cellId, occurrenceAt: { gte: from, lte: to } } });
    const byKey = new Map(ledger.map((row) => [row.key, row]));
    const items = plan.map((o) => ({
        key: o.key,
        job: o.job,
        at: o.at,
        meetingId: o.meetingId,
        period: periods.get(o.meetingId) ?? o.meetingId.slice(-7),
        status: (byKey.get(o.key)?.status ?? 'planned'),
        fromRule: !stored.has(o.meetingId),
    }));
    const planned = new Set(plan.map((o) => o.key));
    for (const row of ledger) {
        if (planned.has(row.key))
            continue;
        const meetingId = row.meetingId ?? '';
        items.push({ key: row.key, job: row.job, at: row.occurrenceAt, meetingId, period: periods.get(meetingId) ?? '', status: row.status, fromRule: false });
    }
    return items.sort((a, b) => a.at.getTime() - b.at.getTime() || a.key.localeCompare(b.key));
}
//# sourceMappingURL=schedule-view.js.map