"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.runJob = runJob;
const statuses_1 = require("../core/statuses");
const rollcall_view_1 = require("../features/attendance/rollcall-view");
const meeting_queries_1 = require("../features/meetings/meeting-queries");
const notice_view_1 = require("../features/notices/notice-view");
const load_summary_1 = require("../features/summaries/load-summary");
const summary_view_1 = require("../features/summaries/summary-view");
const mappers_1 = require("../store/mappers");
const job_views_1 = require("./job-views");
const NOTHING = { queued: 0, existing: 0, unreachable: [] };
function factsOf(meeting) {
    return { id: meeting.id, period: meeting.period, kind: meeting.kind, startsAt: meeting.startsAt, venues: meeting.venues, timeZone: meeting.cell.timezone };
}
function localeOf(meeting) {
    return meeting.cell.locale === 'en' ? 'en' : 'vi';
}
async function loadMeeting(db, id) {
    return db.prisma.meeting.findUnique({ where: { id }, include: meeting_queries_1.meetingInclude });
}
/** The notice with the agenda; a draft becomes announced (as "thông báo" does). */
async function notice(deps, o, meeting) {
    const now = deps.clock.now();
    let current = meeting;
    if (meeting.status === 'draft') {
        await deps.db.prisma.meeting.updateMany({ where: { id: meeting.id, status: 'draft' }, data: { status: 'announced', noticePostedAt: now } });
        await deps.db.prisma.auditEvent.create({ data: { cellId: o.cellId, type: 'notice.posted', subjectId: meeting.id, data: JSON.stringify({ by: 'scheduler', key: o.key }) } });
        current = (await loadMeeting(deps.db, meeting.id)) ?? meeting;
    }
    const view = await (0, notice_view_1.noticeViewFor)({ ...deps, turn: { locale: localeOf(current) } }, current, null);
    return deps.delivery.toCell(o.cellId, view, o.job, o.key);
}
async function rsvpReminders(deps, o, meeting) {
    const [members, answered] = await Promise.all([
        deps.db.prisma.member.findMany({ where: { cellId: o.cellId }, select: { id: true, status: true }, orderBy: { id: 'asc' } }),
        deps.db.prisma.attendance.findMany({ where: { meetingId: meeting.id, rsvp: { not: null } }, select: { memberId: true } }),
    ]);
    const done = new Set(answered.map((a) => a.memberId));
    const pending = members.filter((m) => (0, statuses_1.isInvited)((0, mappers_1.toMemberStatus)(m.status)) && !done.has(m.id)).map((m) => m.id);
    const view = (0, job_views_1.rsvpReminder)(factsOf(meeting), localeOf(meeting));
    return deps.delivery.toMembers(o.cellId, pending, () => view, o.job, o.key);
}
async function openRollCall(deps, o, meeting) {
    const now = deps.clock.now();
    const opened = await deps.db.prisma.meeting.updateMany({ where: { id: meeting.id, status: { in: ['draft', 'announced'] } }, data: { status: 'in_progress', startedAt: now } });
    if (opened.count === 1)
        await deps.db.prisma.auditEvent.create({ data: { cellId: o.cellId, type: 'rollcall.opened', subjectId: meeting.id, data: JSON.stringify({ by: 'scheduler', key: o.key }) } });
    const fresh = (await loadMeeting(deps.db, meeting.id)) ?? meeting;
    const view = await (0, rollcall_view_1.rollCallViewFor)(deps, fresh, null, localeOf(fresh));
    return deps.delivery.toCell(o.cellId, view, o.job, o.key);
}
async function voteReminders(deps, o, meeting) {
    if (o.motionId === undefined)
        return NOTHING;
    const motion = await deps.db.prisma.motion.findUnique({ where: { id: o.motionId }, include: { ballots: { select: { memberId: true } } } });
    if (!motion || motion.status !== 'open' || motion.deadline === null)
        return NOTHING;
    const voted = new Set(motion.ballots.map((b) => b.memberId));
    const officials = await deps.db.prisma.member.findMany({ where: { cellId: o.cellId, status: 'official' }, select: { id: true }, orderBy: { id: 'asc' } });
    const view = (0, job_views_1.voteReminder)(factsOf(meeting), motion.title, motion.deadline, localeOf(meeting));
    return deps.delivery.toMembers(o.cellId, officials.map((m) => m.id).filter((id) => !voted.has(id)), () => view, o.job, o.key);
}
/** The monthly summary, to the secretary (or, without one, the committee). */
async function summary(deps, o, meeting) {
    const committee = await deps.db.prisma.member.findMany({ where: { cellId: o.cellId, role: { in: ['secretary', 'deputy_secretary', 'committee'] } }, select: { id: true, role: true } });
    const secretaries = committee.filter((m) => m.role === 'secretary');
    const to = (secretaries.length > 0 ? secretaries : committee).map((m) => m.id);
    const locale = localeOf(meeting);
    const view = (0, summary_view_1.summaryView)(await (0, load_summary_1.loadMeetingSummary)(deps.db, meeting.id, locale), locale);
    return deps.delivery.toMembers(o.cellId, to, () => view, o.job, o.key);
}
async function cancellation(deps, o, meeting) {
    const audit = await deps.db.prisma.auditEvent.findFirst({ where: { subjectId: meeting.id, type: 'meeting.cancelled' }, orderBy: { createdAt: 'desc' } });
    const data = audit ? JSON.parse(audit.data) : {};
    const reason = typeof data.reason === 'string' && data.reason !== '' ? data.reason : null;
    return deps.delivery.toCell(o.cellId, (0, job_views_1.cancelledNotice)(factsOf(meeting), reason, localeOf(meeting)), o.job, o.key);
}
/** Runs one occurrence; resolves with what was queued. */
async function runJob(deps, o) {
    const meeting = await loadMeeting(deps.db, o.meetingId);
    if (!meeting) {
        deps.logger.warn({ key: o.key }, 'scheduler: meeting of a job is gone');
        return NOTHING;
    }
    switch (o.job) {
        case 'notice': return notice(deps, o, meeting);
        case 'remind.rsvp': return rsvpReminders(deps, o, meeting);
        case 'remind.join': return deps.delivery.toCell(o.cellId, (0, job_views_1.joinReminder)(factsOf(meeting), localeOf(meeting)), o.job, o.key);
        case 'rollcall': return openRollCall(deps, o, meeting);
        case 'remind.vote': return voteReminders(deps, o, meeting);
        case 'summary': return summary(deps, o, meeting);
        case 'meeting.moved': return deps.delivery.toCell(o.cellId, (0, job_views_1.movedNotice)(factsOf(meeting), localeOf(meeting)), o.job, o.key);
        case 'meeting.cancelled': return cancellation(deps, o, meeting);
    }
}
//# sourceMappingURL=jobs.js.map