"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summaryView = summaryView;
exports.summaryText = summaryText;
const meeting_notes_1 = require("../../core/meeting-notes");
const WORDS = {
    vi: {
        due: 'hạn', previousTasks: 'Kết quả thực hiện nhiệm vụ tháng trước', probationary: 'Ý kiến của đảng viên dự bị (không tính vào kết quả biểu quyết)',
        attendance: 'Điểm danh', guests: 'Đại biểu', quorum: 'Số lượng tham dự', speakers: 'Ý kiến phát biểu', tasks: 'Nhiệm vụ',
        targets: 'Chỉ tiêu', excused: 'Vắng có lý do', unexcused: 'Vắng không lý do', byVenue: 'Theo điểm cầu', chair: 'Chủ trì',
        minuteTaker: 'Thư ký', opinions: 'Ý kiến của đảng viên dự bị', comments: 'Ý kiến khác', heading: 'TÓM TẮT KẾT QUẢ SINH HOẠT CHI BỘ', none: 'không',
    },
    en: {
        due: 'due', previousTasks: "Last month's tasks", probationary: 'Opinions of probationary members (not counted in the vote)',
        attendance: 'Roll call', guests: 'Guests', quorum: 'Attendance check', speakers: 'Speakers', tasks: 'Tasks',
        targets: 'Targets', excused: 'Excused', unexcused: 'Absent without reason', byVenue: 'By venue', chair: 'Chair',
        minuteTaker: 'Minute-taker', opinions: 'Opinions of probationary members', comments: 'Other opinions', heading: 'CELL MEETING SUMMARY', none: 'none',
    },
};
function attendanceLines(s, w) {
    const lines = [s.attendance.rollCallLine];
    if (s.attendance.excused.length > 0)
        lines.push(`${w.excused}: ${s.attendance.excused.map((e) => (e.reason ? `${e.name} (${e.reason})` : e.name)).join('; ')}`);
    lines.push(`${w.unexcused}: ${s.attendance.unexcused.length > 0 ? s.attendance.unexcused.join(', ') : w.none}`);
    const venues = Object.entries(s.attendance.presentByVenue).filter(([name]) => name !== '');
    if (venues.length > 0)
        lines.push(`${w.byVenue}: ${venues.map(([name, n]) => `${name} ${n}`).join('; ')}`);
    if (s.meeting.chair)
        lines.push(`${w.chair}: ${s.meeting.chair}`);
    if (s.meeting.minuteTaker)
        lines.push(`${w.minuteTaker}: ${s.meeting.minuteTaker}`);
    return lines;
}
function sections(s, w) {
    const list = [
        { title: w.attendance, lines: attendanceLines(s, w) },
        { title: w.quorum, lines: [s.quorum.line, ...s.quorum.warnings] },
    ];
    if (s.guests.length > 0)
        list.push({ title: w.guests, lines: s.guests.map((g) => (g.position ? `${g.name} – ${g.position}` : g.name)) });
    if (s.speakers.length > 0)
        list.push({ title: w.speakers, lines: s.speakers.map((p) => (p.gist ? `${p.name}: ${p.gist}` : p.name)) });
    if (s.tasks.length > 0)
        list.push({ title: w.tasks, lines: s.tasks.map((t) => `${t.title} – ${t.owner}${t.due ? ` (${w.due} ${(0, meeting_notes_1.formatDueDate)(t.due)})` : ''}`) });
    if (s.previousTasks.length > 0)
        list.push({ title: w.previousTasks, lines: s.previousTasks.map((t) => `${t.title} – ${t.owner}: ${t.statusLabel}`) });
    if (s.targetLines.length > 0)
        list.push({ title: w.targets, lines: s.targetLines });
    if (s.probationaryOpinions.length > 0)
        list.push({ title: w.probationary, lines: s.probationaryOpinions.map((o) => `${o.name}: ${o.text}`) });
    return list;
}
function motionLines(m, w) {
    const lines = [...m.resultLines];
    if (m.otherComments.length > 0)
        lines.push(`${w.comments}: ${m.otherComments.map((c) => `${c.name}: ${c.text}`).join('; ')}`);
    return lines;
}
function summaryView(s, locale) {
    const w = WORDS[locale];
    return {
        type: 'summary',
        locale,
        meetingId: s.meeting.id,
        heading: `${w.heading} – ${s.cell.name.toUpperCase()} – ${s.meeting.periodLabel}`,
        when: `${s.meeting.when} · ${s.meeting.form}`,
        sections: sections(s, w),
        motions: s.motions.map((m) => ({ title: m.title, lines: motionLines(m, w), passed: m.status === 'closed' ? m.outcome.passed : null })),
        flags: s.flags.map((f) => f.text),
    };
}
/** The summary as plain text (Zalo, the CLI, chat fallbacks). */
function summaryText(s, locale) {
    const view = summaryView(s, locale);
    const parts = [view.heading, view.when, ''];
    for (const section of view.sections)
        parts.push(`${section.title}:`, ...section.lines.map((l) => `- ${l}`), '');
    for (const motion of view.motions)
        parts.push(`${motion.title}:`, ...motion.lines.map((l) => `- ${l}`), '');
    if (view.flags.length > 0)
        parts.push(...view.flags.map((f) => `! ${f}`));
    return parts.join('\n').trim();
}
//# sourceMappingURL=summary-view.js.map