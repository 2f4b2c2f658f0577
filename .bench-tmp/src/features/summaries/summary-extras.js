"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingDetails = meetingDetails;
exports.previousTasks = previousTasks;
exports.taskReport = taskReport;
exports.targetLines = targetLines;
/**
 * What the minutes and the summary add to a meeting's numbers: times and
 * duration, agenda with presenters, the chair's conclusion, presence by
 * status, last month's tasks and their status, targets with progress, and
 * the probationary members' opinions kept apart from the tally.
 */
const format_1 = require("../../core/format");
const meeting_notes_1 = require("../../core/meeting-notes");
const tasks_1 = require("../tasks/tasks");
const TASK_STATUS_LABELS = {
    vi: { open: 'đang thực hiện', done: 'đã hoàn thành', overdue: 'quá hạn, chưa hoàn thành' },
    en: { open: 'in progress', done: 'done', overdue: 'overdue' },
};
function meetingDetails(meeting, stats, timeZone, locale) {
    const start = meeting.startedAt ?? meeting.startsAt;
    const end = meeting.endedAt;
    return {
        date: (0, format_1.formatLongDate)(meeting.startsAt, timeZone, locale),
        startTime: (0, format_1.formatClock)(start, timeZone, locale),
        endTime: end ? (0, format_1.formatClock)(end, timeZone, locale) : null,
        durationMinutes: end ? Math.max(0, Math.round((end.getTime() - start.getTime()) / 60_000)) : null,
        presentByStatus: { ...stats.present },
        agenda: meeting.agendaItems.map((a) => ({ position: a.position, title: a.title, presenter: a.presenter })),
        conclusion: meeting.conclusion,
    };
}
/** The tasks set at the cell's previous meeting, with their status as of this meeting's start. */
async function previousTasks(db, meeting, locale) {
    const previous = await db.prisma.meeting.findFirst({
        where: { cellId: meeting.cellId, status: { in: ['closed', 'in_progress'] }, startsAt: { lt: meeting.startsAt } },
        orderBy: { startsAt: 'desc' },
        select: { id: true },
    });
    if (!previous)
        return [];
    const tasks = await db.prisma.task.findMany({ where: { meetingId: previous.id }, orderBy: { createdAt: 'asc' } });
    return tasks.map((task) => taskReport(task, meeting.startsAt, locale));
}
function taskReport(task, at, locale) {
    const status = (0, tasks_1.taskStatusAt)(task, at);
    return {
        title: task.title,
        owner: task.ownerName,
        due: task.dueDate ? (0, meeting_notes_1.formatDueDate)(task.dueDate.toISOString().slice(0, 10)) : null,
        status,
        statusLabel: TASK_STATUS_LABELS[locale][status],
        note: task.progressNote,
    };
}
/** "Giới thiệu quần chúng ưu tú: 4/10 người (năm 2025)". */
function targetLines(targets, locale) {
    return targets.map((t) => {
        const when = t.scope === 'year' ? (locale === 'vi' ? `năm ${t.period}` : t.period) : locale === 'vi' ? `tháng ${Number(t.period.slice(5))}/${t.period.slice(0, 4)}` : t.period;
        return `${(0, meeting_notes_1.targetProgressLine)(t)} (${when})`;
    });
}
//# sourceMappingURL=summary-extras.js.map