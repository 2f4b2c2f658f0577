"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadExportData = loadExportData;
/**
 * What the spreadsheet holds for a month or a year: every held meeting with
 * each member's presence, and every motion with each member's ballot, as
 * plain rows. Loaded once per meeting; the rules come from the core.
 */
const format_1 = require("../core/format");
const statuses_1 = require("../core/statuses");
const mappers_1 = require("../store/mappers");
const attendance_data_1 = require("../features/attendance/attendance-data");
const motion_queries_1 = require("../features/votes/motion-queries");
const vote_view_1 = require("../features/votes/vote-view");
const period_summary_1 = require("../features/summaries/period-summary");
const errors_1 = require("../core/errors");
const PRESENCE_LABELS = { present: 'Có mặt', excused: 'Vắng có lý do', unexcused: 'Vắng không lý do' };
const BALLOT_LABELS = { approve: 'Tán thành', reject: 'Không tán thành', other: 'Ý kiến khác' };
async function motionSheets(db, meetingId, period) {
    const ids = await db.prisma.motion.findMany({ where: { meetingId }, orderBy: { openedAt: 'asc' }, select: { id: true } });
    const sheets = [];
    for (const { id } of ids) {
        const motion = await (0, motion_queries_1.findMotion)(db, id);
        if (!motion)
            continue;
        const outcome = await (0, vote_view_1.outcomeOf)(db, motion);
        const electorate = new Set(outcome.electorate);
        const members = await db.prisma.member.findMany({ where: { cellId: motion.meeting.cellId }, orderBy: { fullName: 'asc' } });
        const ballots = new Map(motion.ballots.map((b) => [b.memberId, b]));
        const opinions = new Map(motion.opinions.map((o) => [o.memberId, o.text]));
        const rows = members.map((m) => {
            const ballot = electorate.has(m.id) ? ballots.get(m.id) : undefined;
            const verdict = electorate.has(m.id) ? (ballot ? (BALLOT_LABELS[ballot.choice] ?? ballot.choice) : 'Không biểu quyết') : 'Không thuộc diện biểu quyết';
            return { name: m.fullName, status: (0, statuses_1.statusLabel)((0, mappers_1.toMemberStatus)(m.status), 'vi'), ballot: verdict, comment: ballot?.comment ?? opinions.get(m.id) ?? '' };
        });
        sheets.push({ period, title: motion.title, resultLines: (0, vote_view_1.resultLinesOf)(motion, outcome, 'vi'), denominator: outcome.denominator, rows });
    }
    return sheets;
}
/** Loads the rows of a month ("2025-09") or a year ("2025") of one cell. */
async function loadExportData(db, cellId, period) {
    const { scope } = (0, period_summary_1.parseScope)(period);
    const cell = await db.prisma.cell.findUnique({ where: { id: cellId } });
    if (!cell)
        throw new errors_1.DomainError('cell.unknown');
    const meetings = await db.prisma.meeting.findMany({
        where: { cellId, status: { in: ['closed', 'in_progress'] }, ...(scope === 'year' ? { period: { startsWith: period } } : { period }) },
        orderBy: { startsAt: 'asc' },
    });
    const attendance = [];
    const motions = [];
    for (const meeting of meetings) {
        const loaded = await (0, attendance_data_1.loadMeetingAttendance)(db, meeting);
        const rows = new Map(loaded.rows.map((r) => [r.memberId, r]));
        loaded.members.forEach((member, i) => {
            const presence = loaded.records[i]?.presence ?? null;
            const row = rows.get(member.id);
            attendance.push({
                period: (0, format_1.periodLabel)(meeting.period, 'vi'), date: (0, format_1.formatShortDate)(meeting.startsAt, cell.timezone, 'vi'), name: member.fullName,
                status: (0, statuses_1.statusLabel)((0, mappers_1.toMemberStatus)(member.status), 'vi'), group: member.partyGroup ?? '',
                presence: presence ? PRESENCE_LABELS[presence] : 'Không thuộc diện triệu tập / chưa ghi nhận',
                venue: presence === 'present' ? (row?.presenceVenue ?? '') : '', reason: presence === 'excused' ? (row?.presenceReason ?? row?.rsvpReason ?? '') : '',
            });
        });
        motions.push(...(await motionSheets(db, meeting.id, meeting.period)));
    }
    return { cellName: cell.name, label: scope === 'year' ? `năm ${period}` : (0, format_1.periodLabel)(period, 'vi'), attendance, motions };
}
//# sourceMappingURL=export-data.js.map