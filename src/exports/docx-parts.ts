/**
 * Building blocks of the party documents (minutes, resolution) with the docx
 * library: the two-column header, headings, labelled lines, tables and the
 * signature block. Times New Roman 14 on A4 with the margins party documents use
 * (top and bottom 20 mm, left 30 mm, right 15 mm).
 */
import { AlignmentType, BorderStyle, Document, Header, Packer, PageNumber, Paragraph, Table, TableBorders, TableCell, TableRow, TextRun, WidthType } from 'docx';

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
  return new TextRun({ text, font: FONT, size: style.size ?? SIZE, bold: style.bold ?? false, italics: style.italics ?? false, ...(style.underline ? { underline: {} } : {}) });
}

/** A body paragraph, justified, first line indented like typed minutes. */
export function para(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: [run(text, style)], alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 80 } });
}

/** "Label: value" with the label in bold. */
export function field(label: string, value: string): Paragraph {
  return new Paragraph({ children: [run(`${label}: `, { bold: true }), run(value)], alignment: AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 80 } });
}

export function heading(text: string): Paragraph {
  return new Paragraph({ children: [run(text, { bold: true })], spacing: { before: 200, after: 100 } });
}

export function centered(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: [run(text, style)], alignment: AlignmentType.CENTER, spacing: { after: 60 } });
}

/** A bullet-like line ("- …") without Word numbering, so the text reads the same when copied. */
export function item(text: string): Paragraph {
  return new Paragraph({ children: [run(`- ${text}`)], alignment: AlignmentType.JUSTIFIED, indent: { left: Math.round(10 * MM) }, spacing: { after: 60 } });
}

function cell(paragraphs: Paragraph[], widthPct: number): TableCell {
  return new TableCell({ children: paragraphs, width: { size: widthPct, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
}

function invisibleTable(left: Paragraph[], right: Paragraph[]): Table {
  return new Table({ rows: [new TableRow({ children: [cell(left, 45), cell(right, 55)] })], width: { size: 100, type: WidthType.PERCENTAGE }, borders: TableBorders.NONE });
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
  const left = [centered(info.parent, { size: 26 }), centered(info.cell, { bold: true, size: 26 }), centered('*', { size: 26 })];
  if (info.number) left.push(centered(info.number, { size: 26 }));
  const right = [centered('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true }), centered(info.placeAndDate, { italics: true })];
  return invisibleTable(left, right);
}

/** Two signature columns: e.g. THƯ KÝ at left, CHỦ TRÌ at right, names under the space for signatures. */
export function signatureBlock(left: { title: string; name: string }, right: { title: string; name: string }): Table {
  const column = (s: { title: string; name: string }): Paragraph[] => [
    centered(s.title, { bold: true }),
    centered('(Ký, ghi rõ họ tên)', { italics: true, size: 24 }),
    new Paragraph({ children: [], spacing: { after: 1200 } }),
    centered(s.name, { bold: true }),
  ];
  return new Table({
    rows: [new TableRow({ children: [cell(column(left), 50), cell(column(right), 50)] })],
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders: TableBorders.NONE,
  });
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
                children: [new Paragraph({ children: [run(text, { bold: r === 0, size: 26 })], alignment: c === 0 ? AlignmentType.LEFT : AlignmentType.CENTER })],
              }),
          ),
        }),
    ),
  });
}

/** Page numbers at the top centre from the second page on, as long party documents have them. */
function numberedPages(): { headers: { default: Header; first: Header } } {
  const number = new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: 26 })] });
  return { headers: { default: new Header({ children: [number] }), first: new Header({ children: [] }) } };
}

/** Packs blocks into an A4 document buffer; `pageNumbers` numbers the pages after the first. */
export async function packDocument(title: string, blocks: readonly Block[], options: { readonly pageNumbers?: boolean } = {}): Promise<Buffer> {
  const page = { size: { width: 11906, height: 16838 }, margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) } };
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
