"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.FIELD_NAMES = exports.ROSTER_FIELDS = void 0;
exports.foldHeader = foldHeader;
exports.fieldOfHeader = fieldOfHeader;
exports.readHeader = readHeader;
/**
 * Recognising the header row of a roster: Vietnamese with or without
 * diacritics, or English. Rosters often start with a title block ("DANH SÁCH
 * ĐẢNG VIÊN …"), so the header is the first row that names a name column.
 */
const text_1 = require("../../core/text");
exports.ROSTER_FIELDS = [
    'fullName',
    'status',
    'partyGroup',
    'role',
    'phone',
    'email',
    'joinedAt',
    'officialAt',
];
// Folded spellings (see foldHeader).
const ALIASES = {
    fullName: ['ho va ten', 'ho ten', 'ho va ten dang vien', 'ten dang vien', 'full name', 'fullname', 'name'],
    status: ['trang thai', 'tinh trang', 'loai dang vien', 'status'],
    partyGroup: ['to dang', 'to', 'party group', 'group'],
    role: ['chuc vu', 'vai tro', 'chuc vu dang', 'chuc vu trong chi bo', 'role', 'position'],
    phone: ['dien thoai', 'so dien thoai', 'sdt', 'dt', 'so dt', 'phone', 'phone number', 'mobile'],
    email: ['email', 'e mail', 'thu dien tu', 'dia chi email', 'mail'],
    joinedAt: ['ngay vao dang', 'ngay ket nap', 'joined', 'joined date', 'joined at', 'date joined'],
    officialAt: [
        'ngay chinh thuc',
        'ngay cong nhan chinh thuc',
        'ngay vao dang chinh thuc',
        'official date',
        'official at',
        'date official',
    ],
};
/** Ordinal columns every Vietnamese list has ("STT"): known, so not reported as unknown. */
const IGNORED = new Set(['stt', 'tt', 'so thu tu', 'no', '#', 'order']);
/** How many leading rows may be a title block before we give up looking for the header. */
const HEADER_SEARCH_ROWS = 10;
/** The column's name in messages (Vietnamese: the file's language). */
exports.FIELD_NAMES = {
    fullName: 'họ và tên',
    status: 'trạng thái',
    partyGroup: 'tổ đảng',
    role: 'chức vụ',
    phone: 'điện thoại',
    email: 'email',
    joinedAt: 'ngày vào Đảng',
    officialAt: 'ngày chính thức',
};
/** Folds a header cell: accents, case, punctuation and "(*)" marks do not matter. */
function foldHeader(text) {
    return (0, text_1.normalizeText)(text.replace(/\(.*?\)/g, ' ').replace(/[^\p{L}\p{N}#]+/gu, ' '));
}
/** The field a header cell names, 'ignored' for ordinal columns, null if unknown. */
function fieldOfHeader(text) {
    const folded = foldHeader(text);
    if (IGNORED.has(folded))
        return 'ignored';
    for (const field of exports.ROSTER_FIELDS) {
        if (ALIASES[field].includes(folded))
            return field;
    }
    return null;
}
/** Finds the header row among the first rows and maps its columns; `lines` gives each row's line. */
function readHeader(rows, lines) {
    const limit = Math.min(rows.length, HEADER_SEARCH_ROWS);
    for (let index = 0; index < limit; index += 1) {
        const cells = rows[index] ?? [];
        if (cells.some((cell) => fieldOfHeader(cell) === 'fullName')) {
            return mapColumns(cells, index, lines[index] ?? index + 1);
        }
    }
    const line = lines[0] ?? 1;
    return {
        headerIndex: 0,
        columns: {},
        issues: [{ line, code: 'header.missing_column', field: exports.FIELD_NAMES.fullName }],
        warnings: [],
    };
}
function mapColumns(cells, headerIndex, line) {
    const columns = {};
    const issues = [];
    const warnings = [];
    cells.forEach((cell, column) => {
        if (cell.trim() === '')
            return;
        const field = fieldOfHeader(cell);
        if (field === 'ignored')
            return;
        if (field === null) {
            warnings.push({ line, code: 'header.unknown_column', value: cell.trim() });
        }
        else if (columns[field] !== undefined) {
            issues.push({ line, code: 'header.duplicate_column', field: exports.FIELD_NAMES[field], value: cell.trim() });
        }
        else {
            columns[field] = column;
        }
    });
    if (columns.status === undefined)
        issues.push({ line, code: 'header.missing_column', field: exports.FIELD_NAMES.status });
    if (headerIndex > 0)
        warnings.unshift({ line, code: 'header.skipped_rows', count: headerIndex });
    return { headerIndex, columns, issues, warnings };
}
//# sourceMappingURL=columns.js.map