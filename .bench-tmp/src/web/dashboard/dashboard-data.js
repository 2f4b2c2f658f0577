"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadDashboard = loadDashboard;
/**
 * What the dashboard shows a committee member: the cell's meetings, the
 * current meeting's roll call and votes as the same Adaptive Cards the chat
 * shows (read-only: their buttons are removed), attendance month by month and
 * signed download links. Plain JSON for the page.
 */
const render_1 = require("../../cards/render");
const format_1 = require("../../core/format");
const rollcall_view_1 = require("../../features/attendance/rollcall-view");
const meeting_queries_1 = require("../../features/meetings/meeting-queries");
const period_summary_1 = require("../../features/summaries/period-summary");
const motion_queries_1 = require("../../features/votes/motion-queries");
const vote_view_1 = require("../../features/votes/vote-view");
const STATUS_LABELS = {
    draft: 'Dự kiến', announced: 'Đã thông báo', in_progress: 'Đang sinh hoạt', closed: 'Đã kết thúc', cancelled: 'Đã hủy',
};
/** Cards are shown, not used, on the dashboard: actions and inputs go. */
function readOnly(card) {
    const body = card.body.filter((element) => typeof element['type'] !== 'string' || !String(element['type']).startsWith('Input.') && element['type'] !== 'ActionSet');
    return { type: card.type, version: card.version, $schema: card.$schema, body };
}
async function meetingList(deps, member, timeZone) {
    const meetings = await deps.db.prisma.meeting.findMany({ where: { cellId: member.cellId }, orderBy: { startsAt: 'desc' }, take: 24 });
    return meetings.map((m) => {
        const held = m.status === 'closed' || m.status === 'in_progress';
        return {
            id: m.id, period: m.period, label: (0, format_1.periodLabel)(m.period, 'vi'), when: (0, format_1.formatMeetingTime)(m.startsAt, timeZone, 'vi'),
            status: m.status, statusLabel: STATUS_LABELS[m.status] ?? m.status,
            downloads: held ? [{ title: 'Biên bản', url: deps.links.minutes(member.id, m.id).url }, { title: 'Nghị quyết', url: deps.links.resolution(member.id, m.id).url }] : [],
        };
    });
}
/** Attendance rate of each held meeting of this year and last, oldest first (at most 12). */
async function attendanceChart(deps, cellId, year) {
    const summaries = await Promise.all([String(year - 1), String(year)].map((y) => (0, period_summary_1.loadPeriodSummary)(deps.db, cellId, y, 'vi', deps.clock.now())));
    const rows = summaries.flatMap((s) => s.meetings).slice(-12);
    return rows.map((m) => ({ period: m.period, label: `${Number(m.period.slice(5))}/${m.period.slice(0, 4)}`, rate: m.rate, rateText: m.rate === null ? '–' : (0, format_1.formatPercent)(m.rate, 'vi') }));
}
async function currentCards(deps, cellId, locale) {
    const current = (await (0, meeting_queries_1.findCurrentMeeting)(deps.db, cellId)) ?? null;
    const chosen = current?.status === 'in_progress' ? current : await (0, meeting_queries_1.findLatestHeldMeeting)(deps.db, cellId);
    if (!chosen)
        return null;
    const meeting = await (0, meeting_queries_1.requireMeetingOfCell)(deps.db, cellId, chosen.id);
    const cards = [(0, render_1.renderCard)(await (0, rollcall_view_1.rollCallViewFor)(deps, meeting, null, locale))];
    const motions = await deps.db.prisma.motion.findMany({ where: { meetingId: meeting.id }, orderBy: { openedAt: 'asc' }, select: { id: true } });
    for (const { id } of motions) {
        const motion = await (0, motion_queries_1.findMotion)(deps.db, id);
        if (motion)
            cards.push((0, render_1.renderCard)(await (0, vote_view_1.voteViewFor)(deps, motion, null, locale)));
    }
    return { meetingId: meeting.id, label: (0, format_1.periodLabel)(meeting.period, locale), live: meeting.status === 'in_progress', cards: cards.map(readOnly) };
}
/** The dashboard's JSON for one committee member of one cell. */
async function loadDashboard(deps, member) {
    const cell = await deps.db.prisma.cell.findUniqueOrThrow({ where: { id: member.cellId } });
    const year = Number((0, format_1.formatMeetingTime)(deps.clock.now(), cell.timezone, 'en').slice(-4));
    return {
        cell: { id: cell.id, name: cell.name, parentOrganisation: cell.parentOrganisation },
        viewer: { name: member.fullName, role: member.role },
        meetings: await meetingList(deps, member, cell.timezone),
        chart: await attendanceChart(deps, cell.id, year),
        current: await currentCards(deps, cell.id, 'vi'),
        downloads: [String(year), String(year - 1)].map((y) => ({ title: `Điểm danh, biểu quyết năm ${y} (.xlsx)`, url: deps.links.spreadsheet(member.id, cell.id, y).url })),
    };
}
//# sourceMappingURL=dashboard-data.js.map