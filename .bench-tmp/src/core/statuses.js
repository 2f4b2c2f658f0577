"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusLabel = statusLabel;
exports.roleLabel = roleLabel;
exports.isCountedInTotal = isCountedInTotal;
exports.isInvited = isInvited;
exports.isCommittee = isCommittee;
exports.parseStatus = parseStatus;
exports.parseRole = parseRole;
/**
 * Member statuses and roles: their wording, what each status implies, and
 * parsing what a secretary types (roster import, commands).
 */
const text_1 = require("./text");
const types_1 = require("./types");
const STATUS_LABELS = {
    official: { vi: 'chính thức', en: 'official' },
    probationary: { vi: 'dự bị', en: 'probationary' },
    exempt: { vi: 'miễn công tác và sinh hoạt đảng', en: 'exempt from party work and activities' },
    attached_in: { vi: 'sinh hoạt tạm thời đến', en: 'temporarily attached here' },
    attached_out: { vi: 'sinh hoạt tạm thời đi', en: 'temporarily attached elsewhere' },
    suspended: { vi: 'đình chỉ sinh hoạt', en: 'suspended' },
};
const ROLE_LABELS = {
    secretary: { vi: 'Bí thư', en: 'Secretary' },
    deputy_secretary: { vi: 'Phó Bí thư', en: 'Deputy secretary' },
    committee: { vi: 'Chi ủy viên', en: 'Committee member' },
    member: { vi: 'Đảng viên', en: 'Member' },
};
// Folded spellings (normalizeText, "_"/"-" read as spaces) besides the labels and codes themselves.
const STATUS_ALIASES = {
    official: ['chinh thuc', 'dang vien chinh thuc', 'dvct', 'full member'],
    probationary: ['du bi', 'dang vien du bi', 'dvdb', 'probation', 'probationary member'],
    exempt: [
        'mien',
        'mien sinh hoat',
        'mien cong tac',
        'mien sinh hoat dang',
        'mien cong tac va sinh hoat',
        'mien cong tac va sinh hoat dang',
        'exempt',
    ],
    // Cells write "SHT" for members attached here (DOMAIN.md: "tổng số … (chính thức, dự bị, SHT)").
    attached_in: ['sht', 'sht den', 'tam thoi den', 'sinh hoat tam thoi den', 'attached here', 'attached in'],
    attached_out: ['sht di', 'tam thoi di', 'sinh hoat tam thoi di', 'attached elsewhere', 'attached out'],
    suspended: ['dinh chi', 'dinh chi sinh hoat', 'bi dinh chi', 'suspended'],
};
const ROLE_ALIASES = {
    secretary: ['bi thu', 'bi thu chi bo', 'bt', 'secretary'],
    deputy_secretary: ['pho bi thu', 'pho bi thu chi bo', 'pbt', 'deputy', 'deputy secretary'],
    committee: ['chi uy vien', 'chi uy', 'cuv', 'uy vien', 'committee', 'committee member'],
    member: ['dang vien', 'dv', 'member'],
};
/** The status as the cell writes it ("chính thức", "dự bị", …) or in English. */
function statusLabel(status, locale) {
    return STATUS_LABELS[status][locale];
}
/** The role as the cell writes it ("Bí thư", "Phó Bí thư", …) or in English. */
function roleLabel(role, locale) {
    return ROLE_LABELS[role][locale];
}
/** Whether the status counts in the cell's "tổng số đảng viên" (official and probationary only). */
function isCountedInTotal(status) {
    return status === 'official' || status === 'probationary';
}
/** Whether members of this status are summoned to meetings (exempt may attend but are not summoned). */
function isInvited(status) {
    return status === 'official' || status === 'probationary' || status === 'attached_in';
}
/** Whether the role sits on the cell committee (chi ủy) and may run meetings and votes. */
function isCommittee(role) {
    return role === 'secretary' || role === 'deputy_secretary' || role === 'committee';
}
/** Reads a status typed in Vietnamese (with or without accents), English or as a code; null if unknown. */
function parseStatus(text) {
    return lookup(text, types_1.MEMBER_STATUSES, STATUS_LABELS, STATUS_ALIASES);
}
/** Reads a role typed in Vietnamese (with or without accents), English or as a code; null if unknown. */
function parseRole(text) {
    return lookup(text, types_1.MEMBER_ROLES, ROLE_LABELS, ROLE_ALIASES);
}
function fold(text) {
    return (0, text_1.normalizeText)(text.replace(/[_\-–.,:;()]/g, ' '));
}
function lookup(text, values, labels, aliases) {
    const folded = fold(text);
    if (folded === '')
        return null;
    for (const value of values) {
        const names = [value, labels[value].vi, labels[value].en, ...aliases[value]];
        if (names.some((name) => fold(name) === folded))
            return value;
    }
    return null;
}
//# sourceMappingURL=statuses.js.map