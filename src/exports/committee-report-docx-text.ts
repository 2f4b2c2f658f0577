/**
 * The sentences of the committee's Word report (issue 15), in the formal
 * register of party documents (DOMAIN.md) and in English. Pure.
 */
import { formatLongDate } from '../core/format';
import type { Locale } from '../core/types';
import type { CommitteeReport, TargetTotal } from '../reports/committee-report-types';
import {
  formText,
  MEETING_FORMS,
  percentText,
  REPORT_TIME_ZONE,
  reportPeriodLabel,
  shortMonth,
  targetPeriodText,
} from '../reports/committee-report-wording';
import { pick, say } from '../core/wording/say';

export const t = (locale: Locale, vi: string, en: string): string => say(locale, { vi, en });

/** "Đảng bộ Khối Doanh nghiệp quận Long Biên" → "Đảng ủy Khối Doanh nghiệp quận Long Biên": the body that signs. */
export function committeeBodyName(name: string): string {
  return name.replace(/^đảng bộ(?=\s|$)/iu, 'Đảng ủy');
}

/** "Hà Nội, ngày 04 tháng 01 năm 2027": the committee's locality (dots to write by hand when it has none), the report's date. */
export function reportPlaceAndDate(report: CommitteeReport, locale: Locale): string {
  const date = formatLongDate(new Date(report.generatedAt), REPORT_TIME_ZONE, locale);
  const place = report.committee.locality.trim() || '……………';
  // Party documents write January and February with two digits ("tháng 01") so they cannot be altered.
  return `${place}, ${say(locale, { vi: date.replace(/tháng ([12]) năm/, 'tháng 0$1 năm'), en: date })}`;
}

export function reportTitleLines(report: CommitteeReport, locale: Locale): [string, string] {
  return [
    t(locale, 'BÁO CÁO', 'REPORT'),
    t(
      locale,
      `Tình hình sinh hoạt chi bộ ${reportPeriodLabel(report.period, locale)}`,
      `on the meetings of party cells, ${reportPeriodLabel(report.period, locale)}`,
    ),
  ];
}

export function openingSentence(report: CommitteeReport, locale: Locale): string {
  const body = committeeBodyName(report.committee.name);
  return t(
    locale,
    `Thực hiện Hướng dẫn số 12-HD/BTCTW của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ và Hướng dẫn số 42-HD/BTCTW, ${body} báo cáo tình hình sinh hoạt của các chi bộ trực thuộc ${reportPeriodLabel(report.period, locale)} như sau:`,
    `Following Guidance 12-HD/BTCTW on the quality of cell meetings and Guidance 42-HD/BTCTW, the ${body} reports on the meetings of its cells, ${reportPeriodLabel(report.period, locale)}:`,
  );
}

/** The numbers of part I, one line each. */
export function figureLines(report: CommitteeReport, locale: Locale): string[] {
  const x = report.totals;
  const forms = MEETING_FORMS.map(
    (form) => `${formText(form, locale).toLocaleLowerCase(locale)}: ${x.byForm[form]}`,
  ).join('; ');
  const regular = report.cells.reduce((sum, c) => sum + c.regularHeld, 0);
  const thematic = report.cells.reduce((sum, c) => sum + c.thematicHeld, 0);
  const a = x.attendance;
  return [
    t(
      locale,
      `Tổng số chi bộ trực thuộc: ${x.cells}; số chi bộ tổ chức sinh hoạt định kỳ đầy đủ: ${x.cellsHeldAll}/${x.cells}.`,
      `Cells: ${x.cells}; cells that held every regular meeting: ${x.cellsHeldAll} of ${x.cells}.`,
    ),
    t(
      locale,
      `Tổng số kỳ sinh hoạt đã tổ chức: ${x.meetings} (định kỳ: ${regular}; chuyên đề: ${thematic}). Theo hình thức – ${forms}.`,
      `Meetings held: ${x.meetings} (regular ${regular}, thematic ${thematic}). By form – ${forms}.`,
    ),
    t(
      locale,
      `Tỷ lệ đảng viên dự sinh hoạt: ${percentText(a.rate, locale)} (${a.present}/${a.expected} lượt).`,
      `Attendance: ${percentText(a.rate, locale)} (${a.present} of ${a.expected}).`,
    ),
    t(
      locale,
      `Vắng có lý do: ${a.excused} lượt; vắng không có lý do: ${a.unexcused} lượt.`,
      `Excused absences: ${a.excused}; unexcused: ${a.unexcused}.`,
    ),
    t(
      locale,
      `Nội dung biểu quyết: ${x.motions.total}, được thông qua: ${x.motions.passed}.`,
      `Motions: ${x.motions.total}, passed: ${x.motions.passed}.`,
    ),
    t(
      locale,
      `Kỳ sinh hoạt trực tuyến, kết hợp chưa có văn bản đồng ý của cấp ủy cấp trên: ${x.onlineWithoutApproval}.`,
      `Online or mixed meetings without an approval reference: ${x.onlineWithoutApproval}.`,
    ),
    t(
      locale,
      `Chi bộ cần lưu ý: ${x.cellsNeedingAttention}/${x.cells}.`,
      `Cells needing attention: ${x.cellsNeedingAttention} of ${x.cells}.`,
    ),
  ];
}

/** The table by cell of part I: heading row first. */
export function cellTableRows(report: CommitteeReport, locale: Locale): string[][] {
  const heading = pick(locale, {
    vi: ['TT', 'Chi bộ', 'Số kỳ', 'Tỷ lệ dự', 'Vắng có / không lý do', 'Biểu quyết thông qua'],
    en: ['No.', 'Cell', 'Held', 'Rate', 'Excused / unexcused', 'Passed'],
  });
  const rows = report.cells.map((c, i) => [
    String(i + 1),
    c.cell.name,
    String(c.meetings.length),
    percentText(c.attendance.rate, locale),
    `${c.attendance.excused} / ${c.attendance.unexcused}`,
    `${c.motions.passed}/${c.motions.total}`,
  ]);
  return [heading, ...rows];
}

export function targetLine(x: TargetTotal, locale: Locale): string {
  const share = x.goal === 0 ? '' : ` (${percentText(x.progress / x.goal, locale)})`;
  const unit = x.unit === '' ? '' : ` ${x.unit}`;
  return t(
    locale,
    `${x.metric} (${targetPeriodText(x.scope, x.period, locale)}): thực hiện ${x.progress}/${x.goal}${unit}${share}; ${x.cells} chi bộ đăng ký.`,
    `${x.metric} (${targetPeriodText(x.scope, x.period, locale)}): ${x.progress} of ${x.goal}${unit}${share}; set by ${x.cells} cell(s).`,
  );
}

export function probationLines(report: CommitteeReport, locale: Locale): string[] {
  return report.cells.flatMap((c) =>
    c.probationDue.map((p) => {
      const day = p.endsOn.split('-').reverse().join('/');
      return t(
        locale,
        `Đồng chí ${p.fullName} (${c.cell.name}): hết 12 tháng dự bị ngày ${day}.`,
        `${p.fullName} (${c.cell.name}): probation ends on ${day}.`,
      );
    }),
  );
}

export function minutesMissingLines(report: CommitteeReport, locale: Locale): string[] {
  return report.cells
    .map((c) => ({
      name: c.cell.name,
      months: c.meetings.filter((m) => !m.minutesSent).map((m) => shortMonth(m.month)),
    }))
    .filter((c) => c.months.length > 0)
    .map((c) => t(locale, `${c.name}: kỳ ${c.months.join(', ')}.`, `${c.name}: ${c.months.join(', ')}.`));
}

export function closingSentence(report: CommitteeReport, locale: Locale): string {
  const body = committeeBodyName(report.committee.name);
  return t(
    locale,
    `Trên đây là báo cáo tình hình sinh hoạt chi bộ ${reportPeriodLabel(report.period, locale)} của ${body}. Đề nghị các chi bộ cần lưu ý khắc phục những hạn chế nêu trên và báo cáo kết quả tại kỳ tiếp theo.`,
    `This is the report of the ${body} on the meetings of its cells, ${reportPeriodLabel(report.period, locale)}. Cells listed above are asked to remedy what is noted and report at the next meeting.`,
  );
}
