"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.run = run;
exports.para = para;
exports.field = field;
exports.heading = heading;
exports.centered = centered;
exports.item = item;
exports.headerBlock = headerBlock;
exports.signatureBlock = signatureBlock;
exports.grid = grid;
exports.packDocument = packDocument;
exports.upper = upper;
/**
 * Building blocks of the party documents (minutes, resolution) with the docx
 * library: the two-column header, headings, labelled lines, tables and the
 * signature block. Times New Roman 14 on A4 with the margins party documents use
 * (top and bottom 20 mm, left 30 mm, right 15 mm).
 */
const docx_1 = require("docx");
const FONT = 'Times New Roman';
/** Half-points: 28 = 14 pt. */
const SIZE = 28;
const MM = 56.7;
function run(text, style = {}) {
    return new docx_1.TextRun({ text, font: FONT, size: style.size ?? SIZE, bold: style.bold ?? false, italics: style.italics ?? false, ...(style.underline ? { underline: {} } : {}) });
}
/** A body paragraph, justified, first line indented like typed minutes. */
function para(text, style = {}) {
    return new docx_1.Paragraph({ children: [run(text, style)], alignment: docx_1.AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 80 } });
}
/** "Label: value" with the label in bold. */
function field(label, value) {
    return new docx_1.Paragraph({ children: [run(`${label}: `, { bold: true }), run(value)], alignment: docx_1.AlignmentType.JUSTIFIED, indent: { firstLine: Math.round(10 * MM) }, spacing: { after: 80 } });
}
function heading(text) {
    return new docx_1.Paragraph({ children: [run(text, { bold: true })], spacing: { before: 200, after: 100 } });
}
function centered(text, style = {}) {
    return new docx_1.Paragraph({ children: [run(text, style)], alignment: docx_1.AlignmentType.CENTER, spacing: { after: 60 } });
}
/** A bullet-like line ("- …") without Word numbering, so the text reads the same when copied. */
function item(text) {
    return new docx_1.Paragraph({ children: [run(`- ${text}`)], alignment: docx_1.AlignmentType.JUSTIFIED, indent: { left: Math.round(10 * MM) }, spacing: { after: 60 } });
}
function cell(paragraphs, widthPct) {
    return new docx_1.TableCell({ children: paragraphs, width: { size: widthPct, type: docx_1.WidthType.PERCENTAGE }, borders: docx_1.TableBorders.NONE });
}
function invisibleTable(left, right) {
    return new docx_1.Table({ rows: [new docx_1.TableRow({ children: [cell(left, 45), cell(right, 55)] })], width: { size: 100, type: docx_1.WidthType.PERCENTAGE }, borders: docx_1.TableBorders.NONE });
}
/** The header: the party organisation at left, "ĐẢNG CỘNG SẢN VIỆT NAM" with place and date at right. */
function headerBlock(info) {
    const left = [centered(info.parent, { size: 26 }), centered(info.cell, { bold: true, size: 26 }), centered('*', { size: 26 })];
    if (info.number)
        left.push(centered(info.number, { size: 26 }));
    const right = [centered('ĐẢNG CỘNG SẢN VIỆT NAM', { bold: true, underline: true }), centered(info.placeAndDate, { italics: true })];
    return invisibleTable(left, right);
}
/** Two signature columns: e.g. THƯ KÝ at left, CHỦ TRÌ at right, names under the space for signatures. */
function signatureBlock(left, right) {
    const column = (s) => [
        centered(s.title, { bold: true }),
        centered('(Ký, ghi rõ họ tên)', { italics: true, size: 24 }),
        new docx_1.Paragraph({ children: [], spacing: { after: 1200 } }),
        centered(s.name, { bold: true }),
    ];
    return new docx_1.Table({
        rows: [new docx_1.TableRow({ children: [cell(column(left), 50), cell(column(right), 50)] })],
        width: { size: 100, type: docx_1.WidthType.PERCENTAGE },
        borders: docx_1.TableBorders.NONE,
    });
}
const LINE = { style: docx_1.BorderStyle.SINGLE, size: 4, color: '000000' };
const GRID = { top: LINE, bottom: LINE, left: LINE, right: LINE, insideHorizontal: LINE, insideVertical: LINE };
/** A ruled table; the first row is the header, in bold. */
function grid(rows, widthsPct) {
    return new docx_1.Table({
        width: { size: 100, type: docx_1.WidthType.PERCENTAGE },
        borders: GRID,
        rows: rows.map((cells, r) => new docx_1.TableRow({
            tableHeader: r === 0,
            children: cells.map((text, c) => new docx_1.TableCell({
                width: { size: widthsPct[c] ?? 20, type: docx_1.WidthType.PERCENTAGE },
                children: [new docx_1.Paragraph({ children: [run(text, { bold: r === 0, size: 26 })], alignment: c === 0 ? docx_1.AlignmentType.LEFT : docx_1.AlignmentType.CENTER })],
            })),
        })),
    });
}
/** Packs blocks into an A4 document buffer. */
async function packDocument(title, blocks) {
    const doc = new docx_1.Document({
        title,
        creator: 'chibo-bot',
        styles: { default: { document: { run: { font: FONT, size: SIZE } } } },
        sections: [
            {
                properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: Math.round(20 * MM), bottom: Math.round(20 * MM), left: Math.round(30 * MM), right: Math.round(15 * MM) } } },
                children: [...blocks],
            },
        ],
    });
    return docx_1.Packer.toBuffer(doc);
}
/** "Chi bộ Phòng Kỹ thuật" → "CHI BỘ PHÒNG KỸ THUẬT" (Vietnamese casing). */
function upper(text) {
    return text.normalize('NFC').toLocaleUpperCase('vi');
}
//# sourceMappingURL=docx-parts.js.map