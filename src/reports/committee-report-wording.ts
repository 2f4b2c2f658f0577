/**
 * The words and numbers every output of the committee report shares (card,
 * dashboard, .xlsx, .docx), in Vietnamese (formal) and English, so the four
 * never say the same thing two ways. Pure: no clock, no I/O.
 */
import { formatPercent, formatShortDate, formLabel, meetingKindLabel, periodLabel } from '../core/format';
import type { Locale } from '../core/types';
import type { AttentionCode, CellMeetingRow, CellReportRow, MeetingForm, ReportPeriod } from './committee-report-types';
import { say } from '../core/wording/say';
import { PERIOD_WORDING } from '../core/wording/periods';
import { REPORT_WORDING as W } from '../core/wording/reports';

/** Committees of this product sit in Viet Nam; the report carries instants, shown in this zone. */
export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export const MEETING_FORMS: readonly MeetingForm[] = ['in_person', 'online', 'mixed'];

const ATTENTION_LABELS: Readonly<Record<AttentionCode, Readonly<Record<Locale, string>>>> = {
  'meeting.missing': { vi: 'Không tổ chức sinh hoạt định kỳ', en: 'No regular meeting held' },
  'thematic.missing': { vi: 'Chưa sinh hoạt chuyên đề trong quý', en: 'No thematic meeting in the quarter' },
  'minutes.missing': { vi: 'Chưa gửi biên bản', en: 'Minutes not sent' },
  'online.unapproved': { vi: 'Sinh hoạt trực tuyến chưa có văn bản đồng ý', en: 'Online meeting without approval' },
  'absence.unexcused': { vi: 'Có đảng viên vắng không có lý do', en: 'Unexcused absences' },
  'attendance.low': { vi: 'Tỷ lệ dự sinh hoạt chưa đạt trên 85%', en: 'Attendance not above 85%' },
  'absence.excused_streak': {
    vi: 'Có đảng viên vắng có lý do 3 kỳ liên tiếp',
    en: 'A member excused 3 times in a row',
  },
  'meeting.short': { vi: 'Thời lượng sinh hoạt chưa đủ', en: 'Meeting too short' },
  'documents.late': { vi: 'Tài liệu gửi chậm (chưa đủ 1 ngày)', en: 'Documents sent less than a day ahead' },
  'probation.due': { vi: 'Đảng viên dự bị đến hạn xét chuyển chính thức', en: 'Probation ends: confirmation vote due' },
};

/** The short label of a reason for attention. */
export function attentionLabel(code: AttentionCode, locale: Locale): string {
  return ATTENTION_LABELS[code][locale];
}

/** "2026-Q4" → "quý IV/2026" / "Q4 2026". */
export function quarterLabel(quarter: string, locale: Locale): string {
  const [year, q] = quarter.split('-Q');
  const roman = ['I', 'II', 'III', 'IV'][Number(q) - 1] ?? q ?? '';
  return say(locale, PERIOD_WORDING.quarter, { q: q ?? '', roman, year: year ?? '' });
}

/** The period in the output's language ("quý IV/2026" / "Q4 2026"), whatever locale the report was computed in. */
export function reportPeriodLabel(period: ReportPeriod, locale: Locale): string {
  if (period.kind === 'month') return periodLabel(period.key, locale);
  if (period.kind === 'quarter') return quarterLabel(period.key, locale);
  return say(locale, PERIOD_WORDING.year, { year: period.key });
}

/** "2026-11" → "11/2026" (both locales: short column headings). */
export function shortMonth(month: string): string {
  return `${Number(month.slice(5))}/${month.slice(0, 4)}`;
}

export function percentText(rate: number | null, locale: Locale): string {
  return rate === null ? '–' : formatPercent(rate, locale);
}

/** "05/10/2026" of an ISO instant, read in Viet Nam; '–' when not recorded. */
export function instantDate(iso: string | null, locale: Locale): string {
  return iso === null ? '–' : formatShortDate(new Date(iso), REPORT_TIME_ZONE, locale);
}

export function formText(form: MeetingForm, locale: Locale): string {
  return formLabel(form, locale);
}

/** "Định kỳ" / "Chuyên đề" (capitalised for a table cell). */
export function kindText(kind: CellMeetingRow['kind'], locale: Locale): string {
  const label = meetingKindLabel(kind, locale);
  return label.charAt(0).toLocaleUpperCase(locale) + label.slice(1);
}

const list = (items: readonly string[]): string => items.join(', ');

function meetingsFlagged(row: CellReportRow, code: AttentionCode): CellMeetingRow[] {
  return row.meetings.filter((m) => m.flags.includes(code));
}

function monthsOf(meetings: readonly CellMeetingRow[]): string {
  return list([...new Set(meetings.map((m) => shortMonth(m.month)))]);
}

/** One reason with its particulars: which months, which meetings, whom. */
export function attentionDetail(row: CellReportRow, code: AttentionCode, locale: Locale): string {
  const label = attentionLabel(code, locale);
  switch (code) {
    case 'meeting.missing':
      return `${label}: ${say(locale, W.inMonths, { months: list(row.monthsWithoutMeeting.map(shortMonth)) })}`;
    case 'thematic.missing':
      return `${label}: ${list(row.quartersWithoutThematic.map((q) => quarterLabel(q, locale)))}`;
    case 'absence.unexcused':
      return `${label}: ${say(locale, W.unexcusedCount, { n: row.attendance.unexcused })}`;
    case 'attendance.low':
      return `${label}: ${list(meetingsFlagged(row, code).map((m) => `${shortMonth(m.month)} (${percentText(m.rate, locale)})`))}`;
    case 'absence.excused_streak':
      return `${label}: ${say(locale, W.memberCount, { n: row.excusedStreakMemberIds.length })}`;
    case 'probation.due':
      return `${label}: ${list(row.probationDue.map((p) => `${say(locale, W.comradeName, { name: p.fullName })} (${formatShortDate(new Date(`${p.endsOn}T12:00:00Z`), 'UTC', locale)})`))}`;
    case 'meeting.short':
      return `${label}: ${list(meetingsFlagged(row, code).map((m) => `${shortMonth(m.month)} (${m.durationMinutes ?? '–'} ${say(locale, W.minutes)})`))}`;
    default:
      return `${label}: ${say(locale, W.atMeetings, { months: monthsOf(meetingsFlagged(row, code)) })}`;
  }
}

/** Every reason of a cell with its particulars, most serious first. */
export function attentionDetails(row: CellReportRow, locale: Locale): string[] {
  return row.attention.map((code) => attentionDetail(row, code, locale));
}

/** "Kết nạp đảng viên mới – năm 2026" / "… – tháng 12/2026". */
export function targetPeriodText(scope: 'year' | 'month', period: string, locale: Locale): string {
  if (scope === 'month') return periodLabel(period, locale);
  return say(locale, PERIOD_WORDING.year, { year: period });
}
