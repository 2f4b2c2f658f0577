"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ENGLISH_MONTHS = void 0;
exports.periodOf = periodOf;
exports.periodLabel = periodLabel;
exports.parsePeriod = parsePeriod;
/**
 * Meeting periods ("2025-09"): the month a meeting belongs to, as stored,
 * shown and typed by members.
 */
const errors_1 = require("./errors");
const text_1 = require("./text");
const zoned_time_1 = require("./zoned-time");
/** English month names, January first. */
exports.ENGLISH_MONTHS = [
    'January',
    'February',
    'March',
    'April',
    'May',
    'June',
    'July',
    'August',
    'September',
    'October',
    'November',
    'December',
];
/** The period ("2025-09") a moment falls in, read in `timeZone`. */
function periodOf(date, timeZone) {
    const p = (0, zoned_time_1.localParts)(date, timeZone);
    return toPeriod(p.year, p.month);
}
/** "2025-09" → "tháng 9/2025" / "September 2025"; throws input.invalid on anything else. */
function periodLabel(period, locale) {
    const match = /^(\d{4})-(\d{2})$/.exec(period);
    const month = match ? Number(match[2]) : 0;
    if (!match || month < 1 || month > 12)
        throw new errors_1.DomainError('input.invalid', `period ${period}`);
    if (locale === 'en') {
        return `${exports.ENGLISH_MONTHS[month - 1] ?? ''} ${match[1]}`;
    }
    return `tháng ${month}/${match[1]}`;
}
/**
 * Reads a period as members type it: "9/2025", "09/2025", "2025-09", "tháng 9/2025",
 * "thang 9 nam 2025", "T9/2025", "September 2025", "Sep 2025". Null when it is not one.
 */
function parsePeriod(text) {
    const folded = (0, text_1.normalizeText)(text).replace(/[.,]$/, '');
    const iso = /^(\d{4})-(\d{1,2})$/.exec(folded);
    if (iso)
        return checked(Number(iso[1]), Number(iso[2]));
    const vi = /^(?:(?:thang|t)\s*)?(\d{1,2})\s*(?:\/|-|\s+nam\s+)\s*(\d{4})$/.exec(folded);
    if (vi)
        return checked(Number(vi[2]), Number(vi[1]));
    const en = /^([a-z]+)\.?,?\s+(\d{4})$/.exec(folded);
    if (en?.[1] && en[1].length >= 3) {
        const index = exports.ENGLISH_MONTHS.findIndex((m) => m.toLowerCase().startsWith(en[1] ?? ''));
        if (index >= 0)
            return checked(Number(en[2]), index + 1);
    }
    return null;
}
function checked(year, month) {
    return month >= 1 && month <= 12 ? toPeriod(year, month) : null;
}
function toPeriod(year, month) {
    return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}
//# sourceMappingURL=period.js.map