/**
 * Building blocks of the party documents (minutes, resolution) with the docx
 * library: the two-column header, headings, labelled lines, tables and the
 * signature block. Times New Roman 14 on A4 with the margins party documents use
 * (top and bottom 20 mm, left 30 mm, right 15 mm).
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableBorders,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

export type Block = Paragraph | Table;

const FONT = 'Times New Roman';
/** Half-points: 28 = 14 pt. */
const SIZE = 28;
const MM = 56.7;

interface RunStyle {
  readonly bold?: boolean;
  readonly italics?: boolean;
  readonly underline?: boolean;
  readonly size?: number;
}

export function run(text: string, style: RunStyle = {}): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size ?? SIZE,
    bold: style.bold ?? false,
    italics: style.italics ?? false,
    ...(style.underline ? { underline: {} } : {}),
  });
}

/** A body paragraph, justified, first line indented like typed minutes. */
export function para(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    children: [run(text, style)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(10 * MM) },
    spacing: { after: 80 },
  });
}

/** "Label: value" with the label in bold. */
export function field(label: string, value: string): Paragraph {
  return new Paragraph({
    children: [run(`${label}: `, { bold: true }), run(value)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(10 * MM) },
    spacing: { after: 80 },
  });
}

export function heading(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { bold: true })], spacing: { before: 200, after: 100 } });
}

export function centered(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: [run(text, style)], alignment: AlignmentType.CENTER, spacing: { after: 60 } });
}

/** A bullet-like line ("- …") without Word numbering, so the text reads the same when copied. */
export function item(text: string): Paragraph {
  return new Paragraph({
    children: [run(`- ${text}`)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { left: Math.round(10 * MM) },
    spacing: { after: 60 },
  });
}

function cell(paragraphs: Paragraph[], widthPct: number): TableCell {
  return new TableCell({
    children: paragraphs,
    width: { size: widthPct, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
  });
}

function invisibleTable(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({
    rows: [new TableRow({ children: [cell(left, 45), cell(right, 55)] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
  });
}

export interface HeaderInfo {
  /** "ĐẢNG BỘ CÔNG TY …" */
  readonly parent: string;
  /** "CHI BỘ …" */
  readonly cell: string;
  /** "……, ngày 05 tháng 9 năm 2025" */
  readonly placeAndDate: string;
  /** "Số: …-NQ/CB" for a resolution; absent for minutes. */
  readonly number?: string;
}

/** The header: the party organisation at left, "ĐẢNG CỘNG SẢN VIỆT NAM" with place and date at right. */
export function headerBlock(info: HeaderInfo): Table {
  const left = [
    centered(info.parent, { size: 26 }),
    centered(info.cell, { bold: true, size: 26 }),
    centered('*', { size: 26 }),
  ];
  if (info.number) left.push(centered(info.number, { size: 26 }));
  const right = [
    centered('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true }),
    centered(info.placeAndDate, { italics: true }),
  ];
  return invisibleTable(left, right);
}

export interface SignatureLine {
  readonly text: string;
  readonly style?: RunStyle;
  /** Twentieths of a point after the line: the space left for the signature. */
  readonly spaceAfter?: number;
}

/**
 * Lines of a signature block that never part across pages: each stays whole (keepLines) and with the
 * next (keepNext), so the title, the space to sign and the name print on one page.
 */
function keptTogether(lines: readonly SignatureLine[]): Paragraph[] {
  return lines.map(
    (line, i) =>
      new Paragraph({
        children: line.text === '' ? [] : [run(line.text, line.style)],
        alignment: AlignmentType.CENTER,
        spacing: { after: line.spaceAfter ?? 60 },
        keepLines: true,
        keepNext: i < lines.length - 1,
      }),
  );
}

/** A body paragraph that stays on the page of what follows it (the sentence leading into the signatures). */
export function leadIn(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({
    children: [run(text, style)],
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: Math.round(10 * MM) },
    spacing: { after: 80 },
    keepNext: true,
    keepLines: true,
  });
}

/** Signature columns side by side: one borderless row that cannot break across pages (cantSplit). */
function signatureRow(columns: readonly { lines: readonly SignatureLine[]; widthPct: number }[]): Table {
  return new Table({
    rows: [
      new TableRow({
        cantSplit: true,
        children: columns.map((c) =>
          cell(c.lines.length > 0 ? keptTogether(c.lines) : [new Paragraph({ keepNext: true })], c.widthPct),
        ),
      }),
    ],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
  });
}

/** Two signature columns: e.g. THƯ KÝ at left, CHỦ TRÌ at right, names under the space for signatures. */
export function signatureBlock(left: { title: string; name: string }, right: { title: string; name: string }): Table {
  const column = (s: { title: string; name: string }): SignatureLine[] => [
    { text: s.title, style: { bold: true } },
    { text: '(Ký, ghi rõ họ tên)', style: { italics: true, size: 24 } },
    { text: '', spaceAfter: 1200 },
    { text: s.name, style: { bold: true } },
  ];
  return signatureRow([
    { lines: column(left), widthPct: 50 },
    { lines: column(right), widthPct: 50 },
  ]);
}

/** One signature in the right half, centred there, as party documents sign ("T/M CHI BỘ" / "BÍ THƯ" / name). */
export function rightSignature(lines: readonly SignatureLine[]): Table {
  return signatureRow([
    { lines: [], widthPct: 45 },
    { lines, widthPct: 55 },
  ]);
}

const LINE = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const;
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };

/** A ruled table; the first row is the header, in bold. */
export function grid(rows: readonly (readonly string[])[], widthsPct: readonly number[]): Table {
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: GRID,
    rows: rows.map(
      (cells, r) =>
        new TableRow({
          tableHeader: r === 0,
          children: cells.map(
            (text, c) =>
              new TableCell({
                width: { size: widthsPct[c] ?? 20, type: WidthType.PERCENTAGE },
                children: [
                  new Paragraph({
                    children: [run(text, { bold: r === 0, size: 26 })],
                    alignment: c === 0 ? AlignmentType.LEFT : AlignmentType.CENTER,
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

/** Page numbers at the top centre from the second page on, as long party documents have them. */
function numberedPages(): { headers: { default: Header; first: Header } } {
  const number = new Paragraph({
    alignment: AlignmentType.CENTER,
    children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })],
  });
  return { headers: { default: new Header({ children: [number] }), first: new Header({ children: [] }) } };
}

/** Packs blocks into an A4 document buffer; `pageNumbers` numbers the pages after the first. */
export async function packDocument(
  title: string,
  blocks: readonly Block[],
  options: { readonly pageNumbers?: boolean } = {},
): Promise<Buffer> {
  const page = {
    size: { width: 11906, height: 16838 },
    margin: {
      top: Math.round(20 * MM),
      bottom: Math.round(20 * MM),
      left: Math.round(30 * MM),
      right: Math.round(15 * MM),
    },
  };
  const doc = new Document({
    title,
    creator: 'chibo-bot',
    styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
    sections: [
      options.pageNumbers
        ? { properties: { page, titlePage: true }, ...numberedPages(), children: [...blocks] }
        : { properties: { page }, children: [...blocks] },
    ],
  });
  return Packer.toBuffer(doc);
}

/** "Chi bộ Phòng Kỹ thuật" → "CHI BỘ PHÒNG KỸ THUẬT" (Vietnamese casing). */
export function upper(text: string): string {
  return text.normalize('NFC').toLocaleUpperCase('vi');
}
