/**
 * The sheets of the committee report's workbook as plain data (a name, a title,
 * columns, rows), one per report of issue 15; committee-report-xlsx.ts writes
 * them. Per-cell sheets have exactly one row per cell, in the report's order.
 */
import type { Locale } from '../core/types';
import type { CellMeetingRow, CellReportRow, CommitteeReport } from '../reports/committee-report-types';
import {
  attentionDetails,
  attentionLabel,
  formText,
  instantDate,
  kindText,
  MEETING_FORMS,
  quarterLabel,
  shortMonth,
  targetPeriodText,
} from '../reports/committee-report-wording';
import { say } from '../core/wording/say';

export type CellValue = string | number | null;

export interface SheetColumn {
  readonly header: string;
  readonly width: number;
  /** Excel number format, e.g. '0.0%' for rates kept as numbers. */
  readonly numFmt?: string;
}

export interface SheetSpec {
  /** Tab name: at most 31 characters, none of []:*?/\. */
  readonly name: string;
  readonly title: string;
  readonly columns: readonly SheetColumn[];
  readonly rows: readonly (readonly CellValue[])[];
  /** True when the sheet has one row per cell of the report. */
  readonly perCell: boolean;
}

const t = (locale: Locale, vi: string, en: string): string => say(locale, { vi, en });
const col = (header: string, width: number, numFmt?: string): SheetColumn =>
  numFmt === undefined ? { header, width } : { header, width, numFmt };
const RATE = '0.0%';

function lead(locale: Locale, nameWidth = 32): SheetColumn[] {
  return [col(t(locale, 'STT', 'No.'), 5), col(t(locale, 'Chi bộ', 'Cell'), nameWidth)];
}

function monthColumn(month: string, locale: Locale, width: number, numFmt?: string): SheetColumn {
  return col(t(locale, `Tháng ${shortMonth(month)}`, shortMonth(month)), width, numFmt);
}

const meetingsIn = (row: CellReportRow, month: string): CellMeetingRow[] =>
  row.meetings.filter((m) => m.month === month);

function overview(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    ...lead(locale, 28),
    col(t(locale, 'Đảng bộ', 'Committee'), 18),
    col(t(locale, 'Đảng viên', 'Members'), 8),
    col(t(locale, 'Chính thức', 'Official'), 8),
    col(t(locale, 'Dự bị', 'Probationary'), 8),
    col(t(locale, 'Sinh hoạt định kỳ', 'Regular meetings'), 9),
    col(t(locale, 'Tháng chưa sinh hoạt', 'Months without a meeting'), 12),
    col(t(locale, 'Chuyên đề', 'Thematic'), 9),
    ...MEETING_FORMS.map((form) => col(formText(form, locale), 9)),
    col(t(locale, 'Tỷ lệ dự sinh hoạt', 'Attendance rate'), 9, RATE),
    col(t(locale, 'Vắng có lý do', 'Excused'), 8),
    col(t(locale, 'Vắng không lý do', 'Unexcused'), 9),
    col(t(locale, 'Biểu quyết thông qua', 'Motions passed'), 10),
    col(t(locale, 'Cần lưu ý', 'Needs attention'), 40),
  ];
  const rows = r.cells.map((c, i) => [
    i + 1,
    c.cell.name,
    c.cell.committeeName,
    c.members.total,
    c.members.official,
    c.members.probationary,
    c.regularHeld,
    c.monthsWithoutMeeting.map(shortMonth).join(', '),
    c.thematicHeld,
    ...MEETING_FORMS.map((form) => c.byForm[form]),
    c.attendance.rate,
    c.attendance.excused,
    c.attendance.unexcused,
    `${c.motions.passed}/${c.motions.total}`,
    c.attention.map((code) => attentionLabel(code, locale)).join('; '),
  ]);
  return {
    name: t(locale, 'Tổng hợp', 'Overview'),
    title: t(locale, 'Tổng hợp tình hình sinh hoạt theo chi bộ', 'Overview by cell'),
    columns,
    rows,
    perCell: true,
  };
}

function meetingLine(m: CellMeetingRow, locale: Locale): string {
  const minutes = m.durationMinutes === null ? '–' : `${m.durationMinutes} ${t(locale, 'phút', 'min')}`;
  return `${kindText(m.kind, locale)}: ${formText(m.form, locale)}, ${instantDate(m.startedAt, locale)}, ${minutes}`;
}

function meetingsHeld(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    ...lead(locale),
    ...r.period.months.map((month) => monthColumn(month, locale, 30)),
    col(t(locale, 'Số kỳ đã tổ chức', 'Meetings held'), 12),
  ];
  const rows = r.cells.map((c, i) => [
    i + 1,
    c.cell.name,
    ...r.period.months.map(
      (month) =>
        meetingsIn(c, month)
          .map((m) => meetingLine(m, locale))
          .join('\n') || t(locale, 'Không sinh hoạt', 'No meeting'),
    ),
    c.meetings.length,
  ]);
  return {
    name: t(locale, 'Kỳ sinh hoạt', 'Meetings held'),
    title: t(locale, 'Các kỳ sinh hoạt: hình thức, ngày, thời lượng', 'Meetings held: form, date, duration'),
    columns,
    rows,
    perCell: true,
  };
}

/** present / expected over a month's meetings; null when none was held. */
function monthRate(c: CellReportRow, month: string): number | null {
  const held = meetingsIn(c, month);
  const expected = held.reduce((sum, m) => sum + m.expected, 0);
  return expected === 0 ? null : held.reduce((sum, m) => sum + m.present, 0) / expected;
}

function attendance(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    ...lead(locale),
    ...r.period.months.map((month) => monthColumn(month, locale, 11, RATE)),
    col(t(locale, 'Lượt có mặt', 'Present'), 10),
    col(t(locale, 'Lượt phải dự', 'Expected'), 10),
    col(t(locale, 'Tỷ lệ cả kỳ', 'Rate'), 10, RATE),
    col(t(locale, 'Vắng có lý do', 'Excused'), 10),
    col(t(locale, 'Vắng không lý do', 'Unexcused'), 10),
  ];
  const rows = r.cells.map((c, i) => [
    i + 1,
    c.cell.name,
    ...r.period.months.map((month) => monthRate(c, month)),
    c.attendance.present,
    c.attendance.expected,
    c.attendance.rate,
    c.attendance.excused,
    c.attendance.unexcused,
  ]);
  return {
    name: t(locale, 'Tỷ lệ dự sinh hoạt', 'Attendance'),
    title: t(locale, 'Tỷ lệ đảng viên dự sinh hoạt', 'Attendance'),
    columns,
    rows,
    perCell: true,
  };
}

function motions(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    ...lead(locale),
    ...r.period.months.map((month) => monthColumn(month, locale, 12)),
    col(t(locale, 'Số nội dung biểu quyết', 'Motions'), 12),
    col(t(locale, 'Được thông qua', 'Passed'), 12),
    col(t(locale, 'Không được thông qua', 'Not passed'), 12),
  ];
  const rows = r.cells.map((c, i) => {
    const perMonth = r.period.months.map((month) => {
      const held = meetingsIn(c, month);
      return held.length === 0
        ? '–'
        : `${held.reduce((s, m) => s + m.passed, 0)}/${held.reduce((s, m) => s + m.motions, 0)}`;
    });
    return [i + 1, c.cell.name, ...perMonth, c.motions.total, c.motions.passed, c.motions.total - c.motions.passed];
  });
  return {
    name: t(locale, 'Biểu quyết', 'Motions'),
    title: t(locale, 'Nội dung biểu quyết và kết quả (thông qua/tổng số)', 'Motions and results (passed/total)'),
    columns,
    rows,
    perCell: true,
  };
}

const QUALITY_CODES = [
  'attendance.low',
  'absence.unexcused',
  'absence.excused_streak',
  'meeting.short',
  'documents.late',
  'online.unapproved',
] as const;

function quality(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    ...lead(locale),
    ...QUALITY_CODES.map((code) => col(attentionLabel(code, locale), 16)),
    col(t(locale, 'Chi tiết', 'Details'), 60),
  ];
  const met = t(locale, 'Đạt', 'Met');
  const rows = r.cells.map((c, i) => [
    i + 1,
    c.cell.name,
    ...QUALITY_CODES.map((code) => {
      if (code === 'absence.excused_streak')
        return c.excusedStreakMemberIds.length === 0
          ? met
          : t(locale, `${c.excusedStreakMemberIds.length} đồng chí`, `${c.excusedStreakMemberIds.length} member(s)`);
      const flagged = c.meetings.filter((m) => m.flags.includes(code)).length;
      return flagged === 0 ? met : t(locale, `Chưa đạt: ${flagged} kỳ`, `Not met: ${flagged}`);
    }),
    attentionDetails(
      { ...c, attention: c.attention.filter((code) => (QUALITY_CODES as readonly string[]).includes(code)) },
      locale,
    ).join('\n'),
  ]);
  const title = t(
    locale,
    'Tiêu chí chất lượng sinh hoạt (12-HD/BTCTW, 42-HD/BTCTW)',
    'Quality criteria (12-HD/BTCTW, 42-HD/BTCTW)',
  );
  return { name: t(locale, 'Tiêu chí chất lượng', 'Quality criteria'), title, columns, rows, perCell: true };
}

function quartersOf(r: CommitteeReport): string[] {
  return [...new Set(r.period.months.map((m) => `${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5)) / 3)}`))];
}

function thematic(r: CommitteeReport, locale: Locale): SheetSpec {
  const quarters = quartersOf(r);
  const columns = [
    ...lead(locale),
    ...quarters.map((q) => col(quarterLabel(q, locale), 12)),
    col(t(locale, 'Quý chưa sinh hoạt chuyên đề', 'Quarters without one'), 24),
  ];
  const rows = r.cells.map((c, i) => [
    i + 1,
    c.cell.name,
    ...quarters.map(
      (q) =>
        c.meetings.filter(
          (m) => m.kind === 'thematic' && `${m.month.slice(0, 4)}-Q${Math.ceil(Number(m.month.slice(5)) / 3)}` === q,
        ).length,
    ),
    c.quartersWithoutThematic.map((q) => quarterLabel(q, locale)).join(', '),
  ]);
  return {
    name: t(locale, 'Chuyên đề theo quý', 'Thematic by quarter'),
    title: t(
      locale,
      'Sinh hoạt chuyên đề theo quý (ít nhất 1 lần mỗi quý)',
      'Thematic meetings per quarter (at least one)',
    ),
    columns,
    rows,
    perCell: true,
  };
}

function targets(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    col(t(locale, 'STT', 'No.'), 5),
    col(t(locale, 'Chỉ tiêu', 'Target'), 40),
    col(t(locale, 'Kỳ', 'Period'), 16),
    col(t(locale, 'Đơn vị', 'Unit'), 10),
    col(t(locale, 'Kế hoạch', 'Goal'), 10),
    col(t(locale, 'Đã thực hiện', 'Progress'), 12),
    col(t(locale, 'Tỷ lệ', 'Share'), 10, RATE),
    col(t(locale, 'Số chi bộ', 'Cells'), 10),
  ];
  const rows = r.targets.map((x, i) => [
    i + 1,
    x.metric,
    targetPeriodText(x.scope, x.period, locale),
    x.unit,
    x.goal,
    x.progress,
    x.goal === 0 ? null : x.progress / x.goal,
    x.cells,
  ]);
  return {
    name: t(locale, 'Chỉ tiêu', 'Targets'),
    title: t(locale, 'Chỉ tiêu và tiến độ (cộng các chi bộ)', 'Targets and progress (summed over cells)'),
    columns,
    rows,
    perCell: false,
  };
}

function probation(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    col(t(locale, 'STT', 'No.'), 5),
    col(t(locale, 'Chi bộ', 'Cell'), 34),
    col(t(locale, 'Họ và tên', 'Full name'), 30),
    col(t(locale, 'Ngày hết 12 tháng dự bị', 'Probation ends'), 18),
  ];
  const due = r.cells.flatMap((c) => c.probationDue.map((p) => ({ cell: c.cell.name, ...p })));
  const rows = due.map((p, i) => [i + 1, p.cell, p.fullName, p.endsOn.split('-').reverse().join('/')]);
  const title = t(
    locale,
    'Đảng viên dự bị đến hạn xét công nhận chính thức',
    'Probationary members due for confirmation',
  );
  return { name: t(locale, 'Dự bị đến hạn', 'Probation due'), title, columns, rows, perCell: false };
}

function minutesNotSent(r: CommitteeReport, locale: Locale): SheetSpec {
  const columns = [
    col(t(locale, 'STT', 'No.'), 5),
    col(t(locale, 'Chi bộ', 'Cell'), 34),
    col(t(locale, 'Kỳ sinh hoạt', 'Meetings'), 30),
    col(t(locale, 'Số biên bản chưa gửi', 'Minutes missing'), 14),
  ];
  const missing = r.cells
    .map((c) => ({ name: c.cell.name, meetings: c.meetings.filter((m) => !m.minutesSent) }))
    .filter((c) => c.meetings.length > 0);
  const rows = missing.map((c, i) => [
    i + 1,
    c.name,
    c.meetings.map((m) => `${kindText(m.kind, locale)} ${shortMonth(m.month)}`).join(', '),
    c.meetings.length,
  ]);
  return {
    name: t(locale, 'Chưa gửi biên bản', 'Minutes not sent'),
    title: t(locale, 'Chi bộ chưa gửi biên bản', 'Cells that have not sent their minutes'),
    columns,
    rows,
    perCell: false,
  };
}

/** Every sheet of the workbook, in reading order. */
export function committeeReportSheets(report: CommitteeReport, locale: Locale): SheetSpec[] {
  return [overview, meetingsHeld, attendance, motions, quality, thematic, targets, probation, minutesNotSent].map(
    (sheet) => sheet(report, locale),
  );
}
