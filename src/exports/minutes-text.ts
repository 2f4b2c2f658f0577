/**
 * The sentences of the minutes and the resolution, from a meeting's summary:
 * shared by the .docx builders and their tests, Vietnamese only (the party's
 * documents are written in Vietnamese whatever the chat language).
 */
import { formatPercent } from '../core/format';
import type { MeetingSummary, MotionSummary } from '../features/summaries/load-summary';

/** "Hà Nội, ngày 05 tháng 9 năm 2025"; without the cell's locality the place is left for the secretary to write in. */
export function placeAndDate(s: MeetingSummary): string {
  const place = s.cell.locality.trim();
  return `${place === '' ? '……………' : place}, ${s.details.date}`;
}

/** "18 giờ 16, ngày 03 tháng 12 năm 2026": when the meeting really started, on the day it started. */
export function startLine(s: MeetingSummary): string {
  return `${s.details.startTime}, ${s.details.date}`;
}

/** "Cuộc họp được tổ chức vào ngày 03 tháng 12 năm 2026 (dự kiến ngày 05 tháng 12 năm 2026)."; null on the planned day. */
export function heldOnAnotherDayNote(s: MeetingSummary): string | null {
  return s.details.plannedDate === null
    ? null
    : `Cuộc họp được tổ chức vào ${s.details.date} (dự kiến ${s.details.plannedDate}).`;
}

/** "Buổi sinh hoạt kết thúc vào hồi 20 giờ 05 cùng ngày. Thời gian sinh hoạt: 109 phút (1 giờ 49 phút)." */
export function endLine(s: MeetingSummary): string {
  const end = s.details.endTime ?? '……';
  const day = s.details.endDate ?? 'cùng ngày';
  const duration = s.details.durationMinutes === null ? '……' : durationText(s.details.durationMinutes);
  return `Buổi sinh hoạt kết thúc vào hồi ${end} ${day}. Thời gian sinh hoạt: ${duration}.`;
}

/** The notes the minutes carry where the meeting's timing falls short of 42-HD/BTCTW (warnings, not refusals). */
export function timingNotes(s: MeetingSummary): string[] {
  return s.flags
    .filter((f) => f.code === 'meeting.short' || f.code === 'documents.late')
    .map((f) => `Ghi chú: ${f.text}`);
}

/** "BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ tháng 9 năm 2025" */
export function minutesTitle(s: MeetingSummary): string {
  const [year, month] = s.meeting.period.split('-');
  return `BIÊN BẢN SINH HOẠT CHI BỘ ${s.meeting.kind.toLocaleUpperCase('vi')} tháng ${Number(month)} năm ${year}`;
}

const n = (counts: Readonly<Record<string, number>>, key: string): number => counts[key] ?? 0;

/** "72 đồng chí (chính thức 49, dự bị 23); sinh hoạt tạm thời đến: 1". */
export function rosterLine(s: MeetingSummary): string {
  const r = s.roster;
  const attached = n(r, 'attached_in') > 0 ? `; đảng viên sinh hoạt tạm thời đến: ${n(r, 'attached_in')}` : '';
  return `${r.total} đồng chí (chính thức ${n(r, 'official')}, dự bị ${n(r, 'probationary')})${attached}`;
}

/**
 * "13 đồng chí (chính thức 9, dự bị 2, sinh hoạt tạm thời đến 1, miễn công tác và sinh hoạt đảng 1). Theo điểm cầu:
 * A: 6; B: 4; không rõ điểm cầu: 3": the parts add up to the total both ways.
 */
export function presentLine(s: MeetingSummary): string {
  const p = s.attendance.presentByStatus;
  const extra = [
    n(p, 'attached_in') > 0 ? `sinh hoạt tạm thời đến ${n(p, 'attached_in')}` : '',
    n(p, 'exempt') > 0 ? `miễn công tác và sinh hoạt đảng ${n(p, 'exempt')}` : '',
  ].filter((x) => x !== '');
  const byStatus = [`chính thức ${n(p, 'official')}`, `dự bị ${n(p, 'probationary')}`, ...extra].join(', ');
  const byVenue = s.attendance.venueLine ? `. Theo điểm cầu: ${s.attendance.venueLine}` : '';
  return `${s.attendance.present} đồng chí (${byStatus})${byVenue}`;
}

/** "12/14 (85,71%)": the rate of DOMAIN.md (present / (total − exempt absent − attached elsewhere)). */
export function rateLine(s: MeetingSummary): string {
  return s.attendance.rateSentence;
}

export function excusedLine(s: MeetingSummary): string {
  const list = s.attendance.excused;
  if (list.length === 0) return '0';
  return `${list.length} đồng chí: ${list.map((e) => (e.reason ? `đồng chí ${e.name} (lý do: ${e.reason})` : `đồng chí ${e.name}`)).join('; ')}`;
}

export function unexcusedLine(s: MeetingSummary): string {
  const list = s.attendance.unexcused;
  return list.length === 0 ? '0' : `${list.length} đồng chí: ${list.map((name) => `đồng chí ${name}`).join(', ')}`;
}

/** "110 phút (1 giờ 50 phút)" */
export function durationText(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  return hours > 0 ? `${minutes} phút (${hours} giờ${rest > 0 ? ` ${rest} phút` : ''})` : `${minutes} phút`;
}

/** The vote table of a motion: denominator, present, voters (never more than present), approve (%), reject, other. */
export function voteRows(m: MotionSummary): string[][] {
  const o = m.outcome;
  const pct = (k: number): string => formatPercent(o.denominator > 0 ? k / o.denominator : 0, 'vi');
  return [
    ['Nội dung', 'Số lượng', 'Tỷ lệ (so với số đảng viên chính thức được tính)'],
    ['Số đảng viên chính thức được tính', String(o.denominator), '100%'],
    ['Số đồng chí có mặt được biểu quyết', String(o.presentVoters), pct(o.presentVoters)],
    ['Số đồng chí tham gia biểu quyết', String(o.voters), pct(o.voters)],
    ['Tán thành', String(o.approve), pct(o.approve)],
    ['Không tán thành', String(o.reject), pct(o.reject)],
    ['Ý kiến khác', String(o.other), pct(o.other)],
  ];
}

/** The resolution motion whose vote closes the resolution: the last closed "resolution", else the last closed motion. */
export function resolutionMotion(s: MeetingSummary): MotionSummary | null {
  const closed = s.motions.filter((m) => m.status === 'closed');
  return [...closed].reverse().find((m) => m.kind === 'resolution') ?? closed[closed.length - 1] ?? null;
}

/** "Nghị quyết này được chi bộ thảo luận và biểu quyết thông qua … với …/… đồng chí tán thành, đạt tỷ lệ …%". */
export function resolutionClosing(s: MeetingSummary): string {
  const motion = resolutionMotion(s);
  const at = `tại kỳ sinh hoạt chi bộ ${s.details.date}`;
  if (!motion)
    return `Nghị quyết này được chi bộ thảo luận và biểu quyết thông qua ${at} với …/… đồng chí tán thành, đạt tỷ lệ …%.`;
  const o = motion.outcome;
  const percent = formatPercent(o.denominator > 0 ? o.approve / o.denominator : 0, 'vi');
  if (!o.passed) {
    // A draft the vote did not adopt must not say it was adopted.
    return `Dự thảo Nghị quyết được chi bộ thảo luận và biểu quyết ${at}: ${o.approve}/${o.denominator} đồng chí tán thành, đạt tỷ lệ ${percent}, chưa đạt số cần thiết (ít nhất ${o.approvalsNeeded}/${o.denominator}); Nghị quyết chưa được thông qua.`;
  }
  return `Nghị quyết này được chi bộ thảo luận và biểu quyết thông qua ${at} với ${o.approve}/${o.denominator} đồng chí tán thành, đạt tỷ lệ ${percent}.`;
}
