"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.validateRosterTable = validateRosterTable;
exports.parseRosterDate = parseRosterDate;
exports.nameKey = nameKey;
/**
 * From rows of text to validated roster rows: pure, no I/O, so every rule is
 * unit-tested without a database. Every problem names its line.
 */
const zod_1 = require("zod");
const statuses_1 = require("../../core/statuses");
const text_1 = require("../../core/text");
const columns_1 = require("./columns");
/** Validates a table read from a CSV or XLSX file. */
function validateRosterTable(table) {
    const empty = { source: table.source, fields: [], rows: [], warnings: [] };
    if (table.issues.length > 0)
        return { ...empty, issues: table.issues };
    if (table.rows.length === 0)
        return { ...empty, issues: [{ line: 1, code: 'file.empty' }] };
    const header = (0, columns_1.readHeader)(table.rows.map((row) => row.cells), table.rows.map((row) => row.line));
    const fields = columns_1.ROSTER_FIELDS.filter((field) => header.columns[field] !== undefined);
    if (header.issues.length > 0)
        return { ...empty, fields, issues: header.issues, warnings: header.warnings };
    const dataRows = table.rows.slice(header.headerIndex + 1);
    if (dataRows.length === 0) {
        const line = table.rows[header.headerIndex]?.line ?? 1;
        return { ...empty, fields, issues: [{ line, code: 'file.empty' }], warnings: header.warnings };
    }
    const rows = [];
    const issues = [];
    for (const raw of dataRows) {
        const result = validateRow(raw, header.columns);
        if ('row' in result)
            rows.push(result.row);
        else
            issues.push(...result.issues);
    }
    issues.push(...crossRowIssues(rows));
    issues.sort((a, b) => a.line - b.line);
    const badLines = new Set(issues.map((issue) => issue.line));
    return { source: table.source, fields, rows: rows.filter((r) => !badLines.has(r.line)), issues, warnings: header.warnings };
}
function validateRow(raw, columns) {
    const line = raw.line;
    const cell = (field) => {
        const index = columns[field];
        // NFC: files saved on macOS may carry decomposed accents; store one spelling.
        return index === undefined ? '' : (raw.cells[index] ?? '').normalize('NFC').replace(/\s+/g, ' ').trim();
    };
    const issues = [];
    const fullName = cell('fullName');
    if (fullName === '')
        issues.push({ line, code: 'row.missing_name' });
    const status = readStatus(cell('status'), line, issues);
    const role = readRole(cell('role'), line, issues);
    const email = readEmail(cell('email'), line, issues);
    const phone = readPhone(cell('phone'), line, issues);
    const joinedAt = readDate(cell('joinedAt'), 'joinedAt', line, issues);
    const officialAt = readDate(cell('officialAt'), 'officialAt', line, issues);
    if (joinedAt && officialAt && officialAt < joinedAt)
        issues.push({ line, code: 'row.official_before_joined' });
    if (issues.length > 0 || status === null)
        return { issues };
    const partyGroup = cell('partyGroup') || null;
    return { row: { line, fullName, status, role, partyGroup, phone, email, joinedAt, officialAt } };
}
function readStatus(text, line, issues) {
    if (text === '') {
        issues.push({ line, code: 'row.missing_status' });
        return null;
    }
    const status = (0, statuses_1.parseStatus)(text);
    if (status === null)
        issues.push({ line, code: 'row.unknown_status', value: text });
    return status;
}
function readRole(text, line, issues) {
    if (text === '')
        return 'member';
    const role = (0, statuses_1.parseRole)(text);
    if (role === null)
        issues.push({ line, code: 'row.unknown_role', value: text });
    return role ?? 'member';
}
const emailSchema = zod_1.z.email();
function readEmail(text, line, issues) {
    if (text === '')
        return null;
    // Addresses are matched case-insensitively (re-import, chat sign-in), so keep one case.
    const email = text.toLowerCase();
    if (!emailSchema.safeParse(email).success) {
        issues.push({ line, code: 'row.bad_email', value: text });
        return null;
    }
    return email;
}
function readPhone(text, line, issues) {
    if (text === '')
        return null;
    const digits = text.replace(/[\s.\-()]/g, '');
    if (!/^\+?\d{8,15}$/.test(digits)) {
        issues.push({ line, code: 'row.bad_phone', value: text });
        return null;
    }
    // A numeric Excel cell drops the leading 0 of a Vietnamese mobile number (0912… → 912…).
    return /^[1-9]\d{8}$/.test(digits) ? `0${digits}` : digits;
}
/** dd/mm/yyyy (also with "-" or "."), or ISO yyyy-mm-dd; the date at UTC midnight. */
function parseRosterDate(text) {
    const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(text);
    const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(text);
    const parts = dmy ? [dmy[3], dmy[2], dmy[1]] : iso ? [iso[1], iso[2], iso[3]] : null;
    if (!parts)
        return null;
    const [year, month, day] = parts.map(Number);
    const date = new Date(Date.UTC(year, month - 1, day));
    const valid = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
    return valid ? date : null;
}
function readDate(text, field, line, issues) {
    if (text === '')
        return null;
    const date = parseRosterDate(text);
    if (date === null)
        issues.push({ line, code: 'row.bad_date', field: columns_1.FIELD_NAMES[field], value: text });
    return date;
}
/** The key a member is matched by when the row has no email. */
function nameKey(fullName) {
    return (0, text_1.normalizeText)(fullName);
}
function crossRowIssues(rows) {
    const issues = [];
    const byEmail = new Map();
    const byName = new Map();
    let secretary = null;
    for (const row of rows) {
        const sameEmail = row.email === null ? undefined : byEmail.get(row.email);
        const sameName = byName.get(nameKey(row.fullName));
        if (sameEmail) {
            issues.push({ line: row.line, code: 'row.duplicate', otherLine: sameEmail.line, value: row.email ?? '' });
        }
        else if (sameName && (row.email === null || sameName.email === null)) {
            // Two rows with one name are told apart only when both carry an email.
            issues.push({ line: row.line, code: 'row.duplicate', otherLine: sameName.line, value: row.fullName });
        }
        if (row.email !== null && !byEmail.has(row.email))
            byEmail.set(row.email, row);
        if (!sameName)
            byName.set(nameKey(row.fullName), row);
        if (row.role === 'secretary' && secretary) {
            issues.push({ line: row.line, code: 'row.second_secretary', otherName: secretary.fullName, otherLine: secretary.line });
        }
        else if (row.role === 'secretary') {
            secretary = row;
        }
    }
    return issues;
}
//# sourceMappingURL=validate-rows.js.map