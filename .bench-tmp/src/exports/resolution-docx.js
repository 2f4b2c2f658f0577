"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildResolutionDocx = buildResolutionDocx;
const docx_parts_1 = require("./docx-parts");
const minutes_text_1 = require("./minutes-text");
const docx_1 = require("docx");
const docx_parts_2 = require("./docx-parts");
function title(s) {
    const [year, month] = s.meeting.period.split('-');
    return [
        (0, docx_parts_1.headerBlock)({ parent: (0, docx_parts_1.upper)(s.cell.parentOrganisation), cell: (0, docx_parts_1.upper)(s.cell.name), placeAndDate: (0, minutes_text_1.placeAndDate)(s), number: 'Số: ……-NQ/CB' }),
        (0, docx_parts_1.centered)(''),
        (0, docx_parts_1.centered)('NGHỊ QUYẾT', { bold: true }),
        (0, docx_parts_1.centered)(`${s.cell.name} tháng ${Number(month)} năm ${year}`, { bold: true }),
        (0, docx_parts_1.centered)('(Dự thảo)', { italics: true }),
        (0, docx_parts_1.para)(`Căn cứ Điều lệ Đảng; căn cứ kết quả sinh hoạt chi bộ ${s.meeting.kind} ${s.details.date}, ${s.cell.name} quyết nghị:`),
    ];
}
function results(s) {
    const blocks = [(0, docx_parts_1.heading)('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG TRƯỚC')];
    if (s.previousTasks.length === 0)
        blocks.push((0, docx_parts_1.para)('……………………………………………………'));
    blocks.push(...s.previousTasks.map((t) => (0, docx_parts_1.item)(`${t.title} – ${t.owner}: ${t.statusLabel}.`)));
    blocks.push((0, docx_parts_1.field)('Tình hình sinh hoạt', s.attendance.rollCallLine));
    return blocks;
}
function directions(s) {
    const blocks = [(0, docx_parts_1.heading)('II. PHƯƠNG HƯỚNG, NHIỆM VỤ THÁNG TỚI')];
    if (s.details.conclusion)
        blocks.push((0, docx_parts_1.para)(s.details.conclusion));
    if (s.tasks.length === 0)
        blocks.push((0, docx_parts_1.para)('……………………………………………………'));
    blocks.push(...s.tasks.map((t, i) => (0, docx_parts_1.para)(`${i + 1}. ${t.title}. Phân công: đồng chí ${t.owner} phụ trách${t.due ? `, hoàn thành trước ngày ${t.due.split('-').reverse().join('/')}` : ''}.`)));
    if (s.targetLines.length > 0)
        blocks.push((0, docx_parts_1.para)('Chỉ tiêu:', { bold: true }), ...s.targetLines.map((line) => (0, docx_parts_1.item)(line)));
    return blocks;
}
function execution(s) {
    return [
        (0, docx_parts_1.heading)('III. TỔ CHỨC THỰC HIỆN'),
        (0, docx_parts_1.para)('Chi ủy chi bộ chỉ đạo, đôn đốc các tổ đảng và đảng viên triển khai thực hiện Nghị quyết; kết quả được đánh giá tại kỳ sinh hoạt tháng tới.'),
        (0, docx_parts_1.para)((0, minutes_text_1.resolutionClosing)(s), { italics: true }),
        (0, docx_parts_1.centered)(''),
        new docx_1.Paragraph({ children: [(0, docx_parts_2.run)('T/M CHI BỘ', { bold: true })], alignment: docx_1.AlignmentType.RIGHT }),
        new docx_1.Paragraph({ children: [(0, docx_parts_2.run)('BÍ THƯ', { bold: true })], alignment: docx_1.AlignmentType.RIGHT, spacing: { after: 1200 } }),
        new docx_1.Paragraph({ children: [(0, docx_parts_2.run)(s.meeting.chair ?? '', { bold: true })], alignment: docx_1.AlignmentType.RIGHT }),
    ];
}
/** The draft resolution of a meeting as a .docx file. */
async function buildResolutionDocx(s) {
    return (0, docx_parts_1.packDocument)(`Nghị quyết ${s.cell.name} ${s.meeting.periodLabel}`, [...title(s), ...results(s), ...directions(s), ...execution(s)]);
}
//# sourceMappingURL=resolution-docx.js.map