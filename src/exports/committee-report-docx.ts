/**
 * The committee report (issue 15) as a Word document in the usual layout of a
 * party committee's report: the committee's header at left and "ĐẢNG CỘNG SẢN
 * VIỆT NAM" at right, the title, the numbers and a table by cell, the cells
 * needing attention with their reasons, targets, probations due, minutes not
 * sent, then "Nơi nhận" and the signature "T/M ĐẢNG ỦY", kept on one page.
 */
import {
  AlignmentType,
  BorderStyle,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  VerticalAlign,
  WidthType,
} from 'docx';
import type { Locale } from '../core/types';
import type { CommitteeReport } from '../reports/committee-report-types';
import { attentionDetails } from '../reports/committee-report-wording';
import { centered, heading, headerBlock, item, packDocument, para, run, upper, type Block } from './docx-parts';
import {
  cellTableRows,
  closingSentence,
  committeeBodyName,
  figureLines,
  minutesMissingLines,
  openingSentence,
  probationLines,
  reportPlaceAndDate,
  reportTitleLines,
  t,
  targetLine,
} from './committee-report-docx-text';
import { BLANK_SIGNER, type ReportSigner } from '../reports/committee-signer';

// Who signs on behalf of the committee (reports/committee-signer.ts); the name is blank for a hand-written one when unknown.
const DEFAULT_SIGNER: ReportSigner = BLANK_SIGNER;

function opening(r: CommitteeReport, locale: Locale): Block[] {
  const [title, subtitle] = reportTitleLines(r, locale);
  return [
    headerBlock({
      parent: upper(r.committee.parentName ?? ''),
      cell: upper(committeeBodyName(r.committee.name)),
      placeAndDate: reportPlaceAndDate(r, locale),
      number: t(locale, 'Số:     -BC/ĐU', 'No.     -BC/ĐU'),
    }),
    centered(''),
    centered(title, { bold: true }),
    centered(subtitle, { bold: true }),
    centered(''),
    para(openingSentence(r, locale)),
  ];
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const RULED = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** The table by cell: heading row repeated on each page, cell names at left, figures centred, rows unsplit. */
function cellTable(rows: readonly (readonly string[])[], widthsPct: readonly number[]): Table {
  const cellOf = (text: string, r: number, c: number): TableCell =>
    new TableCell({
      width: { size: widthsPct[c] ?? 15, type: WidthType.PERCENTAGE },
      verticalAlign: VerticalAlign.CENTER,
      children: [
        new Paragraph({
          children: [run(text, { bold: r === 0, size: 26 })],
          alignment: c === 1 && r > 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
        }),
      ],
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: RULED,
    rows: rows.map(
      (cells, r) =>
        new TableRow({ tableHeader: r === 0, cantSplit: true, children: cells.map((text, c) => cellOf(text, r, c)) }),
    ),
  });
}

function figures(r: CommitteeReport, locale: Locale): Block[] {
  return [
    heading(t(locale, 'I. TÌNH HÌNH SINH HOẠT CỦA CÁC CHI BỘ', 'I. MEETINGS OF THE CELLS')),
    ...figureLines(r, locale).map((line) => item(line)),
    para(t(locale, 'Kết quả cụ thể của từng chi bộ:', 'By cell:'), { italics: true }),
    cellTable(cellTableRows(r, locale), [7, 39, 10, 14, 15, 15]),
  ];
}

function attention(r: CommitteeReport, locale: Locale): Block[] {
  const needing = r.cells.filter((c) => c.attention.length > 0);
  const blocks: Block[] = [heading(t(locale, 'II. CÁC CHI BỘ CẦN LƯU Ý', 'II. CELLS NEEDING ATTENTION'))];
  if (needing.length === 0)
    return [
      ...blocks,
      para(t(locale, 'Các chi bộ thực hiện đầy đủ các tiêu chí sinh hoạt.', 'Every cell met every criterion.')),
    ];
  needing.forEach((c, i) =>
    blocks.push(
      para(`${i + 1}. ${c.cell.name}`, { bold: true }),
      ...attentionDetails(c, locale).map((line) => item(`${line}.`)),
    ),
  );
  return blocks;
}

function lists(r: CommitteeReport, locale: Locale): Block[] {
  const none = (text: string): Block[] => [para(text, { italics: true })];
  const targets = r.targets.map((x) => item(targetLine(x, locale)));
  const probation = probationLines(r, locale).map((line) => item(line));
  const minutes = minutesMissingLines(r, locale).map((line) => item(line));
  return [
    heading(t(locale, 'III. THỰC HIỆN CHỈ TIÊU', 'III. TARGETS')),
    ...(targets.length > 0
      ? targets
      : none(t(locale, 'Các chi bộ chưa đăng ký chỉ tiêu trong kỳ.', 'No target was set for the period.'))),
    heading(
      t(
        locale,
        'IV. ĐẢNG VIÊN DỰ BỊ ĐẾN HẠN XÉT CÔNG NHẬN CHÍNH THỨC',
        'IV. PROBATIONARY MEMBERS DUE FOR CONFIRMATION',
      ),
    ),
    ...(probation.length > 0
      ? [
          ...probation,
          para(
            t(
              locale,
              'Đề nghị các chi bộ tiến hành xét, đề nghị công nhận đảng viên chính thức đúng thời hạn.',
              'The cells are asked to hold the confirmation vote on time.',
            ),
          ),
        ]
      : none(t(locale, 'Không có đảng viên dự bị đến hạn trong kỳ.', 'None within the period.'))),
    heading(t(locale, 'V. CHI BỘ CHƯA GỬI BIÊN BẢN', 'V. CELLS THAT HAVE NOT SENT MINUTES')),
    ...(minutes.length > 0
      ? minutes
      : none(t(locale, 'Các chi bộ đã gửi đầy đủ biên bản.', 'Every cell has sent its minutes.'))),
  ];
}

function recipients(r: CommitteeReport, locale: Locale): Paragraph[] {
  const small = (text: string, style: { bold?: boolean; italics?: boolean; underline?: boolean } = {}): Paragraph =>
    new Paragraph({ children: [run(text, { size: 24, ...style })], keepNext: true, keepLines: true });
  const above =
    r.committee.parentName === null
      ? t(locale, 'Cấp ủy cấp trên', 'The committee above')
      : t(
          locale,
          `Ban Thường vụ ${committeeBodyName(r.committee.parentName)}`,
          `Standing committee, ${r.committee.parentName}`,
        );
  return [
    small(t(locale, 'Nơi nhận:', 'To:'), { bold: true, italics: true }),
    small(t(locale, `- ${above} (để báo cáo),`, `- ${above} (for information),`)),
    small(t(locale, '- Các chi bộ trực thuộc,', '- The cells,')),
    small(t(locale, '- Lưu Văn phòng Đảng ủy.', '- Office file.')),
  ];
}

function signer(locale: Locale, who: ReportSigner): Paragraph[] {
  const line = (text: string, after = 0): Paragraph =>
    new Paragraph({
      children: [run(text, { bold: true })],
      alignment: AlignmentType.CENTER,
      keepNext: true,
      keepLines: true,
      spacing: { after },
    });
  const role =
    who.role === 'secretary' ? t(locale, 'BÍ THƯ', 'SECRETARY') : t(locale, 'PHÓ BÍ THƯ', 'DEPUTY SECRETARY');
  return [
    line(t(locale, 'T/M ĐẢNG ỦY', 'ON BEHALF OF THE PARTY COMMITTEE')),
    line(role, 1400),
    line(who.name === '' ? ' ' : who.name),
  ];
}

/** "Nơi nhận" at left, the signature at right, in one row that never splits across pages. */
function closing(r: CommitteeReport, locale: Locale, who: ReportSigner): Block[] {
  const column = (children: Paragraph[], pct: number): TableCell =>
    new TableCell({ children, width: { size: pct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
  return [
    new Paragraph({
      children: [run(closingSentence(r, locale))],
      alignment: AlignmentType.JUSTIFIED,
      indent: { firstLine: 567 },
      spacing: { before: 120, after: 240 },
      keepNext: true,
      keepLines: true,
    }),
    new Table({
      rows: [
        new TableRow({
          cantSplit: true,
          children: [column(recipients(r, locale), 45), column(signer(locale, who), 55)],
        }),
      ],
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: TableBorders.NONE,
    }),
  ];
}

/** The report's blocks, in order. */
export function committeeReportBlocks(
  report: CommitteeReport,
  locale: Locale,
  who: ReportSigner = DEFAULT_SIGNER,
): Block[] {
  return [
    ...opening(report, locale),
    ...figures(report, locale),
    ...attention(report, locale),
    ...lists(report, locale),
    ...closing(report, locale, who),
  ];
}

/** The committee report as a .docx buffer. */
export async function committeeReportDocx(
  report: CommitteeReport,
  locale: Locale,
  who: ReportSigner = DEFAULT_SIGNER,
): Promise<Buffer> {
  const [title, subtitle] = reportTitleLines(report, locale);
  return packDocument(
    `${title} ${subtitle} – ${committeeBodyName(report.committee.name)}`,
    committeeReportBlocks(report, locale, who),
    { pageNumbers: true },
  );
}
