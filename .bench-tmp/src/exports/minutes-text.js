"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.placeAndDate = placeAndDate;
exports.minutesTitle = minutesTitle;
exports.rosterLine = rosterLine;
exports.presentLine = presentLine;
exports.excusedLine = excusedLine;
exports.unexcusedLine = unexcusedLine;
exports.durationText = durationText;
exports.voteRows = voteRows;
exports.resolutionMotion = resolutionMotion;
exports.resolutionClosing = resolutionClosing;
/**
 * The sentences of the minutes and the resolution, from a meeting's summary:
 * shared by the .docx builders and their tests, Vietnamese only (the party's
 * documents are written in Vietnamese whatever the chat language).
 */
const format_1 = require("../core/format");
/** "……, ngày 05 tháng 9 năm 2025": the place is left for the secretary to write in. */
function placeAndDate(s) {
    return `……………, ${s.details.date}`;
}
/** "BIÊN BẢN SINH HOẠT CHI BỘ ĐỊNH KỲ tháng 9 năm 2025" */
function minutesTitle(s) {
    const [year, month] = s.meeting.period.split('-');
    return `BIÊN BẢN SINH HOẠT CHI BỘ ${s.meeting.kind.toLocaleUpperCase('vi')} tháng ${Number(month)} năm ${year}`;
}
const n = (counts, key) => counts[key] ?? 0;
/** "72 đồng chí (chính thức 49, dự bị 23); sinh hoạt tạm thời đến: 1". */
function rosterLine(s) {
    const r = s.roster;
    const attached = n(r, 'attached_in') > 0 ? `; đảng viên sinh hoạt tạm thời đến: ${n(r, 'attached_in')}` : '';
    return `${r.total} đồng chí (chính thức ${n(r, 'official')}, dự bị ${n(r, 'probationary')})${attached}`;
}
/** "70 đồng chí (chính thức 48, dự bị 22; sinh hoạt tạm thời đến 1)" and, when venues are known, by venue. */
function presentLine(s) {
    const p = s.details.presentByStatus;
    const extra = [
        n(p, 'attached_in') > 0 ? `sinh hoạt tạm thời đến ${n(p, 'attached_in')}` : '',
        n(p, 'exempt') > 0 ? `miễn sinh hoạt ${n(p, 'exempt')}` : '',
    ].filter((x) => x !== '');
    const byStatus = `chính thức ${n(p, 'official')}, dự bị ${n(p, 'probationary')}${extra.length > 0 ? `; ${extra.join(', ')}` : ''}`;
    const venues = Object.entries(s.attendance.presentByVenue).filter(([name]) => name !== '');
    const byVenue = venues.length > 0 ? `. Theo điểm cầu: ${venues.map(([name, count]) => `${name}: ${count}`).join('; ')}` : '';
    return `${s.attendance.present} đồng chí (${byStatus})${byVenue}`;
}
function excusedLine(s) {
    const list = s.attendance.excused;
    if (list.length === 0)
        return '0';
    return `${list.length} đồng chí: ${list.map((e) => (e.reason ? `đồng chí ${e.name} (lý do: ${e.reason})` : `đồng chí ${e.name}`)).join('; ')}`;
}
function unexcusedLine(s) {
    const list = s.attendance.unexcused;
    return list.length === 0 ? '0' : `${list.length} đồng chí: ${list.map((name) => `đồng chí ${name}`).join(', ')}`;
}
/** "110 phút (1 giờ 50 phút)" */
function durationText(minutes) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return hours > 0 ? `${minutes} phút (${hours} giờ${rest > 0 ? ` ${rest} phút` : ''})` : `${minutes} phút`;
}
/** The vote table of a motion: denominator, voters, approve (%), reject, other. */
function voteRows(m) {
    const o = m.outcome;
    const pct = (k) => (0, format_1.formatPercent)(o.denominator > 0 ? k / o.denominator : 0, 'vi');
    const voters = o.approve + o.reject + o.other;
    return [
        ['Nội dung', 'Số lượng', 'Tỷ lệ (so với số đảng viên chính thức được tính)'],
        ['Số đảng viên chính thức được tính', String(o.denominator), '100%'],
        ['Số đồng chí tham gia biểu quyết', String(voters), pct(voters)],
        ['Tán thành', String(o.approve), pct(o.approve)],
        ['Không tán thành', String(o.reject), pct(o.reject)],
        ['Ý kiến khác', String(o.other), pct(o.other)],
    ];
}
/** The resolution motion whose vote closes the resolution: the last closed "resolution", else the last closed motion. */
function resolutionMotion(s) {
    const closed = s.motions.filter((m) => m.status === 'closed');
    return [...closed].reverse().find((m) => m.kind === 'resolution') ?? closed[closed.length - 1] ?? null;
}
/** "Nghị quyết này được chi bộ thảo luận và biểu quyết thông qua … với …/… đồng chí tán thành, đạt tỷ lệ …%". */
function resolutionClosing(s) {
    const motion = resolutionMotion(s);
    const at = `tại kỳ sinh hoạt chi bộ ${s.details.date}`;
    if (!motion)
        return `Nghị quyết này được chi bộ thảo luận và biểu quyết thông qua ${at} với …/… đồng chí tán thành, đạt tỷ lệ …%.`;
    const o = motion.outcome;
    const percent = (0, format_1.formatPercent)(o.denominator > 0 ? o.approve / o.denominator : 0, 'vi');
    return `Nghị quyết này được chi bộ thảo luận và biểu quyết thông qua ${at} với ${o.approve}/${o.denominator} đồng chí tán thành, đạt tỷ lệ ${percent}.`;
}
//# sourceMappingURL=minutes-text.js.map