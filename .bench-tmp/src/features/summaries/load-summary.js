"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.loadMeetingSummary = loadMeetingSummary;
const quality_flags_1 = require("../../core/quality-flags");
const format_1 = require("../../core/format");
const attendance_1 = require("../../core/attendance");
const errors_1 = require("../../core/errors");
const mappers_1 = require("../../store/mappers");
const attendance_data_1 = require("../attendance/attendance-data");
const meeting_numbers_1 = require("../attendance/meeting-numbers");
const meeting_details_1 = require("../meetings/meeting-details");
const meeting_queries_1 = require("../meetings/meeting-queries");
const motion_queries_1 = require("../votes/motion-queries");
const vote_view_1 = require("../votes/vote-view");
const year_history_1 = require("./year-history");
const summary_extras_1 = require("./summary-extras");
async function loadMeeting(db, meetingId) {
    const meeting = await db.prisma.meeting.findUnique({
        where: { id: meetingId },
        include: { ...meeting_queries_1.meetingInclude, motions: { orderBy: { openedAt: 'asc' } }, speeches: { where: { status: 'recorded' }, orderBy: { createdAt: 'asc' } }, tasks: { orderBy: { createdAt: 'asc' } } },
    });
    if (!meeting)
        throw new errors_1.DomainError('meeting.not_found');
    return meeting;
}
async function summariseMotion(db, motionId, names, locale) {
    const motion = await (0, motion_queries_1.findMotion)(db, motionId);
    if (!motion)
        throw new errors_1.DomainError('motion.not_found');
    const outcome = await (0, vote_view_1.outcomeOf)(db, motion);
    const electorate = new Set(outcome.electorate);
    return {
        id: motion.id,
        title: motion.title,
        kind: (0, mappers_1.toMotionKind)(motion.kind),
        status: motion.status === 'open' ? 'open' : 'closed',
        outcome,
        resultLines: (0, vote_view_1.resultLinesOf)(motion, outcome, locale),
        otherComments: motion.ballots
            .filter((b) => b.choice === 'other' && b.comment && electorate.has(b.memberId))
            .map((b) => ({ name: names.get(b.memberId) ?? '', text: b.comment ?? '' })),
        opinions: motion.opinions.map((o) => ({ name: o.member.fullName, text: o.text })),
    };
}
/** Loads and computes a meeting's summary in the given language. */
async function loadMeetingSummary(db, meetingId, locale) {
    const meeting = await loadMeeting(db, meetingId);
    const attendance = await (0, attendance_data_1.loadMeetingAttendance)(db, meeting);
    const numbers = (0, meeting_numbers_1.computeMeetingNumbers)(attendance, (0, mappers_1.toCellRules)(meeting.cell), locale);
    const names = new Map(attendance.members.map((m) => [m.id, m.fullName]));
    const motions = await Promise.all(meeting.motions.map((m) => summariseMotion(db, m.id, names, locale)));
    const targets = await db.prisma.target.findMany({ where: { cellId: meeting.cellId, period: { in: [meeting.period, meeting.period.slice(0, 4)] } } });
    const history = await (0, year_history_1.loadYearHistory)(db, meeting);
    const tz = meeting.cell.timezone;
    const { stats, quorum } = numbers;
    const lastTasks = await (0, summary_extras_1.previousTasks)(db, meeting, locale);
    return {
        cell: { id: meeting.cell.id, name: meeting.cell.name, parentOrganisation: meeting.cell.parentOrganisation },
        meeting: {
            id: meeting.id,
            period: meeting.period,
            periodLabel: (0, format_1.periodLabel)(meeting.period, locale),
            kind: (0, format_1.meetingKindLabel)((0, mappers_1.toMeetingKind)(meeting.kind), locale),
            form: (0, format_1.formLabel)((0, mappers_1.toMeetingForm)(meeting.form), locale),
            when: (0, format_1.formatMeetingTime)(meeting.startsAt, tz, locale),
            status: meeting.status,
            chair: names.get(meeting.chairMemberId ?? '') ?? null,
            minuteTaker: names.get(meeting.minuteTakerMemberId ?? '') ?? null,
            venues: (0, meeting_details_1.parseVenues)(meeting.venues).map((v) => v.name),
        },
        roster: { ...stats.roster, total: stats.total },
        attendance: {
            rollCallLine: (0, attendance_1.rollCallLine)(stats, locale),
            present: stats.presentCounted,
            presentByVenue: stats.presentByVenue,
            excused: stats.excused.map((e) => ({ name: e.name, reason: e.reason })),
            unexcused: stats.unexcused.map((u) => u.name),
            rate: stats.rate,
        },
        guests: meeting.guests.map((g) => ({ name: g.name, position: g.position })),
        quorum: { required: quorum.required, presentOfficial: quorum.present, met: quorum.met, noResolutionCanPass: quorum.noResolutionCanPass, line: quorum.line, warnings: quorum.warnings },
        motions,
        speakers: meeting.speeches.map((s) => ({ name: s.speakerName, gist: s.gist })),
        tasks: meeting.tasks.map((t) => ({ title: t.title, owner: t.ownerName, due: t.dueDate ? t.dueDate.toISOString().slice(0, 10) : null, status: t.status })),
        targets: targets.map((t) => ({ metric: t.metric, scope: t.scope, period: t.period, goal: t.goal, progress: t.progress, unit: t.unit })),
        flags: (0, quality_flags_1.qualityFlags)({ rate: stats.rate, unexcusedCount: stats.unexcused.length, unexcusedIds: stats.unexcused.map((u) => u.memberId), members: attendance.roster, history }, locale),
        details: (0, summary_extras_1.meetingDetails)(meeting, stats, tz, locale),
        previousTasks: lastTasks,
        targetLines: (0, summary_extras_1.targetLines)(targets, locale),
        probationaryOpinions: motions.flatMap((m) => m.opinions.map((o) => ({ motion: m.title, ...o }))),
    };
}
//# sourceMappingURL=load-summary.js.map