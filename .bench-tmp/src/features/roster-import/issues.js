"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.formatIssue = formatIssue;
exports.formatWarning = formatWarning;
/** "Dòng 7: trạng thái không hợp lệ "xyz"" / "Line 7: unknown status "xyz"". */
function formatIssue(issue, source, locale) {
    return `${where(issue.line, source, locale)}: ${describeIssue(issue, locale)}`;
}
/** "Dòng 1: cột không xác định "Ghi chú" (bỏ qua)" / "Line 1: unknown column "Notes" (ignored)". */
function formatWarning(warning, source, locale) {
    const vi = locale === 'vi';
    const text = warning.code === 'header.unknown_column'
        ? vi
            ? `cột không xác định "${warning.value}" (bỏ qua)`
            : `unknown column "${warning.value}" (ignored)`
        : vi
            ? `bỏ qua ${warning.count} dòng trước dòng tiêu đề`
            : `skipped ${warning.count} line(s) before the header`;
    return `${where(warning.line, source, locale)}: ${text}`;
}
function where(line, source, locale) {
    if (locale === 'vi')
        return source === 'xlsx' ? `Hàng ${line}` : `Dòng ${line}`;
    return source === 'xlsx' ? `Row ${line}` : `Line ${line}`;
}
function describeIssue(issue, locale) {
    const [vi, en] = wording(issue);
    return locale === 'vi' ? vi : en;
}
function wording(issue) {
    switch (issue.code) {
        case 'file.empty':
            return ['tệp không có dữ liệu', 'the file has no data'];
        case 'file.unreadable':
            return [`không đọc được tệp (${issue.value})`, `cannot read the file (${issue.value})`];
        case 'header.missing_column':
            return [`không tìm thấy cột "${issue.field}"`, `no "${issue.field}" column`];
        case 'header.duplicate_column':
            return [`cột "${issue.value}" lặp lại (${issue.field})`, `column "${issue.value}" repeats (${issue.field})`];
        case 'row.missing_name':
            return ['thiếu họ và tên', 'missing full name'];
        case 'row.missing_status':
            return ['thiếu trạng thái đảng viên', 'missing status'];
        case 'row.unknown_status':
            return [`trạng thái không hợp lệ "${issue.value}"`, `unknown status "${issue.value}"`];
        case 'row.unknown_role':
            return [`chức vụ không hợp lệ "${issue.value}"`, `unknown role "${issue.value}"`];
        case 'row.bad_email':
            return [`email không hợp lệ "${issue.value}"`, `bad email "${issue.value}"`];
        case 'row.bad_phone':
            return [`số điện thoại không hợp lệ "${issue.value}"`, `bad phone number "${issue.value}"`];
        case 'row.bad_date':
            return [
                `ngày không hợp lệ "${issue.value}" (${issue.field}; dùng dd/mm/yyyy hoặc yyyy-mm-dd)`,
                `bad date "${issue.value}" (${issue.field}; use dd/mm/yyyy or yyyy-mm-dd)`,
            ];
        case 'row.official_before_joined':
            return ['ngày chính thức trước ngày vào Đảng', 'official date is before the joined date'];
        case 'row.duplicate':
            return [`trùng với dòng ${issue.otherLine} (${issue.value})`, `duplicate of line ${issue.otherLine} (${issue.value})`];
        case 'row.second_secretary':
            return secondSecretary(issue.otherName, issue.otherLine);
        case 'row.ambiguous_match':
            return [
                `chi bộ có ${issue.count} đồng chí cùng tên "${issue.value}"; đề nghị ghi email để phân biệt`,
                `the cell has ${issue.count} members named "${issue.value}"; add an email to tell them apart`,
            ];
    }
}
function secondSecretary(otherName, otherLine) {
    const whereVi = otherLine === null ? 'trong danh sách hiện có' : `ở dòng ${otherLine}`;
    const whereEn = otherLine === null ? 'on the current roster' : `on line ${otherLine}`;
    return [
        `chi bộ chỉ có một Bí thư; đã có đồng chí ${otherName} ${whereVi}`,
        `a cell has at most one secretary; ${otherName} already is (${whereEn})`,
    ];
}
//# sourceMappingURL=issues.js.map