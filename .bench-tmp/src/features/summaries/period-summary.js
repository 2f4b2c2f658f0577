"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseScope = parseScope;
exports.loadPeriodSummary = loadPeriodSummary;
/**
 * Month and year roll-ups of a cell: each meeting's attendance and votes,
 * totals, targets with progress, tasks by status and the quality flags of the
 * period. Loads each table once for the whole period (a year of a large cell
 * is a handful of queries), then computes with the core rules.
 */
const attendance_1 = require("../../core/attendance");
const errors_1 = require("../../core/errors");
const format_1 = require("../../core/format");
const quality_flags_1 = require("../../core/quality-flags");
const mappers_1 = require("../../store/mappers");
const attendance_data_1 = require("../attendance/attendance-data");
const summary_extras_1 = require("./summary-extras");
/** "2025" → year, "2025-09" → month; anything else is refused. */
function parseScope(period) {
    if (/^\d{4}$/.test(period))
        return { scope: 'year', year: period };
    if (/^\d{4}-(0[1-9]|1[0-2])$/.test(period))
        return { scope: 'month', year: period.slice(0, 4) };
    throw new errors_1.DomainError('input.invalid', `period ${period}`);
}
async function loadPeriodRows(db, cellId, period, scope) {
    const meetings = await db.prisma.meeting.findMany({
        where: { cellId, status: { in: ['closed', 'in_progress'] }, ...(scope === 'year' ? { period: { startsWith: period } } : { period }) },
        orderBy: { startsAt: 'asc' },
    });
    const ids = meetings.map((m) => m.id);
    const [members, rows, motions, tasks] = await Promise.all([
        db.prisma.member.findMany({ where: { cellId }, orderBy: { fullName: 'asc' } }),
        db.prisma.attendance.findMany({ where: { meetingId: { in: ids } } }),
        db.prisma.motion.findMany({ where: { meetingId: { in: ids } }, select: { meetingId: true, passed: true, status: true } }),
        db.prisma.task.findMany({ where: { meetingId: { in: ids } } }),
    ]);
    return { meetings, members, rows, motions, tasks };
}
function recordsOf(meeting, members, rows) {
    const mine = new Map(rows.filter((r) => r.meetingId === meeting.id).map((r) => [r.memberId, r]));
    return members.map((m) => {
        const row = mine.get(m.id);
        return { memberId: m.id, presence: (0, attendance_data_1.effectivePresence)(meeting, m, row), venue: row?.presenceVenue ?? null, reason: row?.presenceReason ?? null };
    });
}
/** Loads and computes the roll-up of a month ("2025-09") or a year ("2025"). */
async function loadPeriodSummary(db, cellId, period, locale, now) {
    const { scope, year } = parseScope(period);
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
    if (!cell)
        throw new errors_1.DomainError('cell.unknown');
    const data = await loadPeriodRows(db, cellId, period, scope);
    const roster = data.members.map(mappers_1.toRosterMember);
    const rowsByMeeting = groupBy(data.rows, (r) => r.meetingId);
    const history = [];
    const flags = [];
    const meetings = data.meetings.map((meeting) => {
        const records = recordsOf(meeting, data.members, rowsByMeeting.get(meeting.id) ?? []);
        history.push({ period: meeting.period, records });
        const stats = (0, attendance_1.computeAttendance)(roster, records);
        const unexcusedIds = stats.unexcused.map((u) => u.memberId);
        const meetingFlags = (0, quality_flags_1.qualityFlags)({ rate: stats.rate, unexcusedCount: unexcusedIds.length, unexcusedIds, members: roster, history: [] }, locale);
        flags.push(...meetingFlags.map((f) => `${(0, format_1.periodLabel)(meeting.period, locale)}: ${f.text}`));
        const motions = data.motions.filter((m) => m.meetingId === meeting.id);
        return {
            id: meeting.id, period: meeting.period, when: (0, format_1.formatMeetingTime)(meeting.startsAt, cell.timezone, locale), status: meeting.status,
            present: stats.ratePresent, expected: stats.expected, rate: stats.rate, excused: stats.excused.length, unexcused: stats.unexcused.length,
            motions: motions.length, passed: motions.filter((m) => m.passed === true).length,
        };
    });
    flags.push(...(0, quality_flags_1.qualityFlags)({ rate: null, unexcusedCount: 0, members: roster, history }, locale).map((f) => f.text));
    const targets = await db.prisma.target.findMany({ where: { cellId, period: scope === 'year' ? { startsWith: year } : { in: [period, year] } }, orderBy: [{ scope: 'desc' }, { period: 'asc' }] });
    return {
        cell: { id: cell.id, name: cell.name, parentOrganisation: cell.parentOrganisation },
        scope, period, label: scope === 'year' ? (locale === 'vi' ? `năm ${year}` : year) : (0, format_1.periodLabel)(period, locale),
        members: roster.filter((m) => m.status === 'official' || m.status === 'probationary').length,
        meetings,
        totals: totalsOf(meetings, locale),
        tasks: taskCounts(data.tasks.map((t) => (0, summary_extras_1.taskReport)(t, now, locale).status)),
        targetLines: (0, summary_extras_1.targetLines)(targets, locale),
        flags,
    };
}
function totalsOf(meetings, locale) {
    const present = meetings.reduce((sum, m) => sum + m.present, 0);
    const expected = meetings.reduce((sum, m) => sum + m.expected, 0);
    const averageRate = expected > 0 ? present / expected : null;
    return {
        meetings: meetings.length,
        averageRate,
        averageRateText: averageRate === null ? '–' : (0, format_1.formatPercent)(averageRate, locale),
        excused: meetings.reduce((sum, m) => sum + m.excused, 0),
        unexcused: meetings.reduce((sum, m) => sum + m.unexcused, 0),
        motions: meetings.reduce((sum, m) => sum + m.motions, 0),
        passed: meetings.reduce((sum, m) => sum + m.passed, 0),
    };
}
function taskCounts(statuses) {
    const count = (s) => statuses.filter((x) => x === s).length;
    return { open: count('open'), done: count('done'), overdue: count('overdue'), total: statuses.length };
}
function groupBy(items, key) {
    const groups = new Map();
    for (const item of items) {
        const list = groups.get(key(item));
        if (list)
            list.push(item);
        else
            groups.set(key(item), [item]);
    }
    return groups;
}
//# sourceMappingURL=period-summary.js.map