/**
 * The committee report in chat (issue 15): an Adaptive Card 1.5 for the
 * committee's members in Teams personal chat. The cells needing attention come
 * first, each with its reasons; then the totals; then download links.
 * A pure function of the report: names go into TextRuns (never read as
 * markdown), FactSet values are fixed words and numbers only, every text wraps
 * so the card reads at 390 px, and long lists are cut to stay small.
 */
import type { Locale } from '../core/types';
import type { CellReportRow, CommitteeReport } from '../reports/committee-report-types';
import type { ReportDownloadLinks } from '../reports/committee-report-links';
import { attentionDetails, percentText, reportPeriodLabel } from '../reports/committee-report-wording';
import { ADAPTIVE_CARD_SCHEMA, type AdaptiveCard, type JsonObject } from './adaptive-card';

/** Cells shown with their reasons; the rest are counted and left to the files. */
export const CARD_CELLS_SHOWN = 8;
/** Reasons shown per cell. */
export const CARD_REASONS_SHOWN = 4;

const WORDS = {
  vi: {
    heading: 'Báo cáo tình hình sinh hoạt chi bộ {period}',
    attention: 'Chi bộ cần lưu ý ({n}/{total})',
    allGood: 'Các chi bộ thực hiện đầy đủ các tiêu chí sinh hoạt.',
    moreCells: 'Và {n} chi bộ khác cần lưu ý: đề nghị đồng chí xem báo cáo đầy đủ.',
    moreReasons: 'và {n} nội dung khác',
    totals: 'Tổng hợp',
    cells: 'Chi bộ trực thuộc',
    heldAll: 'Sinh hoạt định kỳ đầy đủ',
    meetings: 'Số kỳ sinh hoạt',
    byForm: 'Trực tiếp / trực tuyến / kết hợp',
    rate: 'Tỷ lệ dự sinh hoạt',
    absences: 'Vắng có lý do / không lý do',
    motions: 'Biểu quyết thông qua',
    unapproved: 'Trực tuyến chưa có văn bản đồng ý',
    probation: 'Dự bị đến hạn xét chính thức',
    targets: 'Chỉ tiêu',
    xlsx: 'Tải .xlsx',
    docx: 'Tải .docx',
    dashboard: 'Bảng theo dõi',
  },
  en: {
    heading: 'Cell meetings report, {period}',
    attention: 'Cells needing attention ({n} of {total})',
    allGood: 'Every cell met every criterion.',
    moreCells: 'And {n} more cells need attention: see the full report.',
    moreReasons: 'and {n} more',
    totals: 'Totals',
    cells: 'Cells',
    heldAll: 'Held every regular meeting',
    meetings: 'Meetings held',
    byForm: 'In person / online / mixed',
    rate: 'Attendance',
    absences: 'Excused / unexcused',
    motions: 'Motions passed',
    unapproved: 'Online without approval',
    probation: 'Probations due',
    targets: 'Targets',
    xlsx: 'Get .xlsx',
    docx: 'Get .docx',
    dashboard: 'Dashboard',
  },
} as const;

type Words = (typeof WORDS)[Locale];

const fill = (text: string, slots: Readonly<Record<string, string | number>>): string =>
  text.replace(/\{(\w+)\}/g, (whole, key: string) => String(slots[key] ?? whole));

function runs(text: string, style: JsonObject = {}, spacing?: string): JsonObject {
  return {
    type: 'RichTextBlock',
    ...(spacing === undefined ? {} : { spacing }),
    inlines: [{ type: 'TextRun', text, ...style }],
  };
}

function cellBlock(row: CellReportRow, locale: Locale, w: Words): JsonObject {
  const details = attentionDetails(row, locale);
  const shown = details.slice(0, CARD_REASONS_SHOWN);
  if (details.length > shown.length) shown.push(fill(w.moreReasons, { n: details.length - shown.length }));
  return {
    type: 'Container',
    spacing: 'small',
    items: [runs(row.cell.name, { weight: 'bolder' }), ...shown.map((line) => runs(`– ${line}`, {}, 'none'))],
  };
}

function attentionSection(r: CommitteeReport, locale: Locale, w: Words): JsonObject {
  const needing = r.cells.filter((c) => c.attention.length > 0);
  if (needing.length === 0)
    return {
      type: 'Container',
      style: 'good',
      separator: true,
      items: [{ type: 'TextBlock', text: w.allGood, wrap: true, color: 'good', weight: 'bolder' }],
    };
  const items: JsonObject[] = [
    {
      type: 'TextBlock',
      text: fill(w.attention, { n: needing.length, total: r.totals.cells }),
      wrap: true,
      weight: 'bolder',
      color: 'attention',
    },
    ...needing.slice(0, CARD_CELLS_SHOWN).map((row) => cellBlock(row, locale, w)),
  ];
  if (needing.length > CARD_CELLS_SHOWN)
    items.push({
      type: 'TextBlock',
      text: fill(w.moreCells, { n: needing.length - CARD_CELLS_SHOWN }),
      wrap: true,
      isSubtle: true,
    });
  return { type: 'Container', style: 'attention', separator: true, items };
}

function totalsSection(r: CommitteeReport, locale: Locale, w: Words): JsonObject {
  const x = r.totals;
  const facts: [string, string][] = [
    [w.cells, String(x.cells)],
    [w.heldAll, `${x.cellsHeldAll}/${x.cells}`],
    [w.meetings, String(x.meetings)],
    [w.byForm, `${x.byForm.in_person} / ${x.byForm.online} / ${x.byForm.mixed}`],
    [w.rate, `${percentText(x.attendance.rate, locale)} (${x.attendance.present}/${x.attendance.expected})`],
    [w.absences, `${x.attendance.excused} / ${x.attendance.unexcused}`],
    [w.motions, `${x.motions.passed}/${x.motions.total}`],
    [w.unapproved, String(x.onlineWithoutApproval)],
    [w.probation, String(x.probationDue)],
  ];
  return {
    type: 'Container',
    separator: true,
    items: [
      { type: 'TextBlock', text: w.totals, wrap: true, weight: 'bolder' },
      { type: 'FactSet', facts: facts.map(([title, value]) => ({ title, value })) },
    ],
  };
}

function targetsSection(r: CommitteeReport, w: Words): JsonObject[] {
  if (r.targets.length === 0) return [];
  const lines = r.targets
    .slice(0, CARD_CELLS_SHOWN)
    .map((x) => runs(`${x.metric}: ${x.progress}/${x.goal}${x.unit === '' ? '' : ` ${x.unit}`}`, {}, 'none'));
  return [
    {
      type: 'Container',
      separator: true,
      items: [{ type: 'TextBlock', text: w.targets, wrap: true, weight: 'bolder' }, ...lines],
    },
  ];
}

function actions(links: ReportDownloadLinks, w: Words): JsonObject[] {
  const open = (title: string, url: string): JsonObject => ({ type: 'Action.OpenUrl', title, url });
  return [
    open(w.xlsx, links.xlsx),
    open(w.docx, links.docx),
    ...(links.dashboard === null ? [] : [open(w.dashboard, links.dashboard)]),
  ];
}

/** The summary card of a committee report, in the reader's language. */
export function committeeReportCard(report: CommitteeReport, locale: Locale, links: ReportDownloadLinks): AdaptiveCard {
  const w = WORDS[locale];
  return {
    type: 'AdaptiveCard',
    version: '1.5',
    $schema: ADAPTIVE_CARD_SCHEMA,
    body: [
      runs(fill(w.heading, { period: reportPeriodLabel(report.period, locale) }), { size: 'large', weight: 'bolder' }),
      runs(report.committee.name, { isSubtle: true }, 'none'),
      attentionSection(report, locale, w),
      totalsSection(report, locale, w),
      ...targetsSection(report, w),
    ],
    actions: actions(links, w),
  };
}
