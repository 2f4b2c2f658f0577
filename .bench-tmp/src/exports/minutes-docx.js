"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.minutesBlocks = minutesBlocks;
exports.buildMinutesDocx = buildMinutesDocx;
const docx_parts_1 = require("./docx-parts");
const minutes_text_1 = require("./minutes-text");
const comrade = (name) => (name ? `đồng chí ${name}` : '……………………');
function opening(s) {
    return [
        (0, docx_parts_1.headerBlock)({ parent: (0, docx_parts_1.upper)(s.cell.parentOrganisation), cell: (0, docx_parts_1.upper)(s.cell.name), placeAndDate: (0, minutes_text_1.placeAndDate)(s) }),
        (0, docx_parts_1.centered)(''),
        (0, docx_parts_1.centered)((0, minutes_text_1.minutesTitle)(s), { bold: true }),
        (0, docx_parts_1.centered)(''),
        (0, docx_parts_1.para)(`Hôm nay, vào hồi ${s.details.startTime}, ${s.details.date}, ${s.cell.name} tiến hành sinh hoạt chi bộ ${s.meeting.kind} ${s.meeting.periodLabel}.`),
        (0, docx_parts_1.field)('Thời gian bắt đầu', `${s.details.startTime}, ${s.details.date}`),
        (0, docx_parts_1.field)('Địa điểm', s.meeting.venues.length > 0 ? s.meeting.venues.join('; ') : '……………………'),
        (0, docx_parts_1.field)('Hình thức', s.meeting.form),
    ];
}
function composition(s) {
    const r = s.roster;
    const blocks = [
        (0, docx_parts_1.heading)('I. THÀNH PHẦN'),
        (0, docx_parts_1.field)('Tổng số đảng viên của chi bộ', (0, minutes_text_1.rosterLine)(s)),
        (0, docx_parts_1.field)('Đảng viên được miễn công tác và sinh hoạt đảng', String(r['exempt'] ?? 0)),
        (0, docx_parts_1.field)('Đảng viên sinh hoạt tạm thời nơi khác', String(r['attached_out'] ?? 0)),
        (0, docx_parts_1.field)('Có mặt', (0, minutes_text_1.presentLine)(s)),
        (0, docx_parts_1.field)('Vắng có lý do', (0, minutes_text_1.excusedLine)(s)),
        (0, docx_parts_1.field)('Vắng không có lý do', (0, minutes_text_1.unexcusedLine)(s)),
    ];
    if (s.guests.length > 0) {
        blocks.push((0, docx_parts_1.field)('Đại biểu dự', `${s.guests.length} đồng chí`), ...s.guests.map((g) => (0, docx_parts_1.item)(g.position ? `Đồng chí ${g.name} – ${g.position}` : `Đồng chí ${g.name}`)));
    }
    else {
        blocks.push((0, docx_parts_1.field)('Đại biểu dự', 'không có'));
    }
    blocks.push((0, docx_parts_1.field)('Chủ trì', comrade(s.meeting.chair)), (0, docx_parts_1.field)('Thư ký', comrade(s.meeting.minuteTaker)), (0, docx_parts_1.para)(s.quorum.line), ...s.quorum.warnings.map((w) => (0, docx_parts_1.para)(w, { italics: true })));
    return blocks;
}
function content(s) {
    const blocks = [(0, docx_parts_1.heading)('II. NỘI DUNG SINH HOẠT')];
    for (const a of s.details.agenda)
        blocks.push((0, docx_parts_1.para)(`${a.position}. ${a.title}${a.presenter ? ` (${a.presenter} trình bày)` : ''}.`));
    if (s.previousTasks.length > 0) {
        blocks.push((0, docx_parts_1.para)('Kết quả thực hiện nhiệm vụ tháng trước:', { bold: true }), ...s.previousTasks.map((t) => (0, docx_parts_1.item)(`${t.title} – ${t.owner}${t.due ? ` (hạn ${t.due})` : ''}: ${t.statusLabel}.`)));
    }
    if (s.tasks.length > 0) {
        blocks.push((0, docx_parts_1.para)('Phương hướng, nhiệm vụ tháng tới:', { bold: true }), ...s.tasks.map((t) => (0, docx_parts_1.item)(`${t.title} – phụ trách: đồng chí ${t.owner}${t.due ? `; hạn: ${t.due.split('-').reverse().join('/')}` : ''}.`)));
    }
    if (s.targetLines.length > 0)
        blocks.push((0, docx_parts_1.para)('Chỉ tiêu và tiến độ thực hiện:', { bold: true }), ...s.targetLines.map((line) => (0, docx_parts_1.item)(line)));
    return blocks;
}
function discussion(s) {
    const blocks = [(0, docx_parts_1.heading)('III. THẢO LUẬN')];
    if (s.speakers.length === 0)
        blocks.push((0, docx_parts_1.para)('Không có ý kiến phát biểu được ghi nhận.'));
    else
        blocks.push((0, docx_parts_1.para)(`Có ${s.speakers.length} ý kiến phát biểu:`), ...s.speakers.map((p) => (0, docx_parts_1.item)(`Đồng chí ${p.name}: ${p.gist ?? '……………………'}`)));
    blocks.push((0, docx_parts_1.heading)('IV. KẾT LUẬN CỦA CHỦ TRÌ'), (0, docx_parts_1.para)(s.details.conclusion ?? '……………………………………………………'));
    return blocks;
}
function motionBlocks(m, index) {
    const blocks = [(0, docx_parts_1.para)(`${index + 1}. ${m.title}`, { bold: true }), (0, docx_parts_1.grid)((0, minutes_text_1.voteRows)(m), [50, 15, 35])];
    blocks.push(...m.resultLines.map((line) => (0, docx_parts_1.para)(line)));
    if (m.otherComments.length > 0)
        blocks.push((0, docx_parts_1.para)('Ý kiến khác:'), ...m.otherComments.map((c) => (0, docx_parts_1.item)(`Đồng chí ${c.name}: ${c.text}`)));
    if (m.opinions.length > 0)
        blocks.push((0, docx_parts_1.para)('Ý kiến của đảng viên dự bị (không tính vào kết quả biểu quyết):'), ...m.opinions.map((o) => (0, docx_parts_1.item)(`Đồng chí ${o.name}: ${o.text}`)));
    return blocks;
}
function votes(s) {
    const blocks = [(0, docx_parts_1.heading)('V. KẾT QUẢ BIỂU QUYẾT')];
    if (s.motions.length === 0)
        blocks.push((0, docx_parts_1.para)('Không có nội dung biểu quyết.'));
    s.motions.forEach((m, i) => blocks.push(...motionBlocks(m, i)));
    return blocks;
}
function closing(s) {
    const end = s.details.endTime ?? '……';
    const duration = s.details.durationMinutes === null ? '……' : (0, minutes_text_1.durationText)(s.details.durationMinutes);
    return [
        (0, docx_parts_1.para)(`Buổi sinh hoạt kết thúc vào hồi ${end} cùng ngày. Thời gian sinh hoạt: ${duration}.`),
        (0, docx_parts_1.para)('Biên bản đã được thông qua trước chi bộ và được các đồng chí dự sinh hoạt nhất trí.'),
        (0, docx_parts_1.centered)(''),
        (0, docx_parts_1.signatureBlock)({ title: 'THƯ KÝ', name: s.meeting.minuteTaker ?? '' }, { title: 'CHỦ TRÌ', name: s.meeting.chair ?? '' }),
    ];
}
/** The minutes' blocks, in order. */
function minutesBlocks(s) {
    return [...opening(s), ...composition(s), ...content(s), ...discussion(s), ...votes(s), ...closing(s)];
}
/** The minutes of a meeting as a .docx file. */
async function buildMinutesDocx(s) {
    return (0, docx_parts_1.packDocument)((0, minutes_text_1.minutesTitle)(s), minutesBlocks(s));
}
//# sourceMappingURL=minutes-docx.js.map