/** The summary as a card view and as chat text, from the same data. */
import type { SummaryView } from '../../cards/view-models';
import { formatDueDate } from '../../core/meeting-notes';
import type { Locale } from '../../core/types';
import type { MeetingSummary } from './load-summary';

type Words = Record<
  | 'due'
  | 'previousTasks'
  | 'probationary'
  | 'attendance'
  | 'guests'
  | 'quorum'
  | 'speakers'
  | 'tasks'
  | 'targets'
  | 'excused'
  | 'unexcused'
  | 'byVenue'
  | 'chair'
  | 'minuteTaker'
  | 'opinions'
  | 'comments'
  | 'heading'
  | 'none'
  | 'rate'
  | 'quality'
  | 'qualityMet',
  string
>;

const WORDS: Record<Locale, Words> = {
  vi: {
    due: 'hạn ngày',
    previousTasks: 'Kết quả thực hiện nhiệm vụ tháng trước',
    probationary: 'Ý kiến của đảng viên dự bị (không tính vào kết quả biểu quyết)',
    attendance: 'Điểm danh',
    guests: 'Đại biểu',
    quorum: 'Số lượng tham dự',
    speakers: 'Ý kiến phát biểu',
    tasks: 'Nhiệm vụ',
    targets: 'Chỉ tiêu',
    excused: 'Vắng có lý do',
    unexcused: 'Vắng không lý do',
    byVenue: 'Theo điểm cầu',
    chair: 'Chủ trì',
    minuteTaker: 'Thư ký',
    opinions: 'Ý kiến của đảng viên dự bị',
    comments: 'Ý kiến khác',
    heading: 'TÓM TẮT KẾT QUẢ SINH HOẠT CHI BỘ',
    none: 'không',
    rate: 'Tỷ lệ đảng viên dự sinh hoạt',
    quality: 'Chất lượng sinh hoạt (Hướng dẫn 12-HD/BTCTW)',
    qualityMet:
      'Đạt các tiêu chí: tỷ lệ dự trên 85%, không có đảng viên vắng không lý do, không có đảng viên vắng có lý do 3 kỳ liên tiếp.',
  },
  en: {
    due: 'due',
    previousTasks: "Last month's tasks",
    probationary: 'Opinions of probationary members (not counted in the vote)',
    attendance: 'Roll call',
    guests: 'Guests',
    quorum: 'Attendance check',
    speakers: 'Speakers',
    tasks: 'Tasks',
    targets: 'Targets',
    excused: 'Excused',
    unexcused: 'Absent without reason',
    byVenue: 'By venue',
    chair: 'Chair',
    minuteTaker: 'Minute-taker',
    opinions: 'Opinions of probationary members',
    comments: 'Other opinions',
    heading: 'CELL MEETING SUMMARY',
    none: 'none',
    rate: 'Attendance rate',
    quality: 'Meeting quality (Guideline 12-HD/BTCTW)',
    qualityMet:
      'All criteria met: attendance above 85%, no unexcused absence, nobody absent with reason 3 meetings in a row.',
  },
};

function attendanceLines(s: MeetingSummary, w: Words): string[] {
  const lines = [s.attendance.rollCallLine];
  if (s.attendance.excused.length > 0)
    lines.push(
      `${w.excused}: ${s.attendance.excused.map((e) => (e.reason ? `${e.name} (${e.reason})` : e.name)).join('; ')}`,
    );
  lines.push(`${w.unexcused}: ${s.attendance.unexcused.length > 0 ? s.attendance.unexcused.join(', ') : w.none}`);
  if (s.attendance.venueLine) lines.push(`${w.byVenue}: ${s.attendance.venueLine}`);
  lines.push(`${w.rate}: ${s.attendance.rateSentence}`);
  if (s.meeting.chair) lines.push(`${w.chair}: ${s.meeting.chair}`);
  if (s.meeting.minuteTaker) lines.push(`${w.minuteTaker}: ${s.meeting.minuteTaker}`);
  return lines;
}

function sections(s: MeetingSummary, w: Words): SummaryView['sections'] {
  const list: { title: string; lines: string[] }[] = [
    { title: w.attendance, lines: attendanceLines(s, w) },
    { title: w.quorum, lines: [s.quorum.line, ...s.quorum.warnings] },
  ];
  // Criteria not met are the summary's flags; when all are met, say so.
  if (s.flags.length === 0) list.push({ title: w.quality, lines: [w.qualityMet] });
  if (s.guests.length > 0)
    list.push({ title: w.guests, lines: s.guests.map((g) => (g.position ? `${g.name} – ${g.position}` : g.name)) });
  if (s.speakers.length > 0)
    list.push({ title: w.speakers, lines: s.speakers.map((p) => (p.gist ? `${p.name}: ${p.gist}` : p.name)) });
  if (s.tasks.length > 0)
    list.push({
      title: w.tasks,
      lines: s.tasks.map((t) => `${t.title} – ${t.owner}${t.due ? ` (${w.due} ${formatDueDate(t.due)})` : ''}`),
    });
  if (s.previousTasks.length > 0)
    list.push({
      title: w.previousTasks,
      lines: s.previousTasks.map((t) => `${t.title} – ${t.owner}: ${t.statusLabel}`),
    });
  if (s.targetLines.length > 0) list.push({ title: w.targets, lines: s.targetLines });
  if (s.probationaryOpinions.length > 0)
    list.push({ title: w.probationary, lines: s.probationaryOpinions.map((o) => `${o.name}: ${o.text}`) });
  return list;
}

function motionLines(m: MeetingSummary['motions'][number], w: Words): string[] {
  const lines = [...m.resultLines];
  if (m.otherComments.length > 0)
    lines.push(`${w.comments}: ${m.otherComments.map((c) => `${c.name}: ${c.text}`).join('; ')}`);
  return lines;
}

export function summaryView(s: MeetingSummary, locale: Locale): SummaryView {
  const w = WORDS[locale];
  return {
    type: 'summary',
    locale,
    meetingId: s.meeting.id,
    heading: `${w.heading} – ${s.cell.name.toUpperCase()} – ${s.meeting.periodLabel}`,
    when: `${s.meeting.when} · ${s.meeting.form}`,
    sections: sections(s, w),
    motions: s.motions.map((m) => ({
      title: m.title,
      lines: motionLines(m, w),
      passed: m.status === 'closed' ? m.outcome.passed : null,
    })),
    flags: s.flags.map((f) => f.text),
  };
}

/** The summary as plain text (Zalo, the CLI, chat fallbacks). */
export function summaryText(s: MeetingSummary, locale: Locale): string {
  const view = summaryView(s, locale);
  const parts = [view.heading, view.when, ''];
  for (const section of view.sections) parts.push(`${section.title}:`, ...section.lines.map((l) => `- ${l}`), '');
  for (const motion of view.motions) parts.push(`${motion.title}:`, ...motion.lines.map((l) => `- ${l}`), '');
  if (view.flags.length > 0) parts.push(...view.flags.map((f) => `! ${f}`));
  return parts.join('\n').trim();
}
