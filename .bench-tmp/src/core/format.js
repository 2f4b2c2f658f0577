"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.periodOf = exports.periodLabel = exports.parsePeriod = exports.localDateTimeToUtc = void 0;
exports.formatMeetingTime = formatMeetingTime;
exports.formatLongDate = formatLongDate;
exports.formatShortDate = formatShortDate;
exports.formatClock = formatClock;
exports.formatPercent = formatPercent;
exports.formLabel = formLabel;
exports.meetingKindLabel = meetingKindLabel;
/**
 * Dates, times, percentages and labels as the cell writes them
 * ("14 giờ 00, ngày 05/9/2025 (thứ Sáu)"). Every function takes the zone it
 * formats in; none reads the clock.
 */
const period_1 = require("./period");
const zoned_time_1 = require("./zoned-time");
// Time-zone arithmetic and periods live in their own files; features import all date helpers from here.
var zoned_time_2 = require("./zoned-time");
Object.defineProperty(exports, "localDateTimeToUtc", { enumerable: true, get: function () { return zoned_time_2.localDateTimeToUtc; } });
var period_2 = require("./period");
Object.defineProperty(exports, "parsePeriod", { enumerable: true, get: function () { return period_2.parsePeriod; } });
Object.defineProperty(exports, "periodLabel", { enumerable: true, get: function () { return period_2.periodLabel; } });
Object.defineProperty(exports, "periodOf", { enumerable: true, get: function () { return period_2.periodOf; } });
// Index 0 = Sunday. Vietnamese capitalises the ordinal ("thứ Sáu") and writes "Chủ nhật".
const WEEKDAYS = {
    vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
    en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const FORM_LABELS = {
    in_person: { vi: 'Trực tiếp', en: 'In person' },
    online: { vi: 'Trực tuyến', en: 'Online' },
    mixed: { vi: 'Trực tiếp kết hợp trực tuyến', en: 'In person and online' },
};
const KIND_LABELS = {
    regular: { vi: 'định kỳ', en: 'regular' },
    thematic: { vi: 'chuyên đề', en: 'thematic' },
    extraordinary: { vi: 'bất thường', en: 'extraordinary' },
};
function pad2(n) {
    return String(n).padStart(2, '0');
}
function weekdayName(weekday, locale) {
    return WEEKDAYS[locale][weekday] ?? '';
}
function monthName(month) {
    return period_1.ENGLISH_MONTHS[month - 1] ?? '';
}
/** Meeting time as in a notice: "14 giờ 00, ngày 05/9/2025 (thứ Sáu)" / "14:00, Friday 5 September 2025". */
function formatMeetingTime(date, timeZone, locale) {
    const p = (0, zoned_time_1.localParts)(date, timeZone);
    if (locale === 'en') {
        return `${formatClock(date, timeZone, 'en')}, ${weekdayName(p.weekday, 'en')} ${p.day} ${monthName(p.month)} ${p.year}`;
    }
    return `${formatClock(date, timeZone)}, ngày ${pad2(p.day)}/${p.month}/${p.year} (${weekdayName(p.weekday, 'vi')})`;
}
/** Date as in minutes and resolutions: "ngày 05 tháng 9 năm 2025" / "5 September 2025". */
function formatLongDate(date, timeZone, locale) {
    const p = (0, zoned_time_1.localParts)(date, timeZone);
    if (locale === 'en')
        return `${p.day} ${monthName(p.month)} ${p.year}`;
    return `ngày ${pad2(p.day)} tháng ${p.month} năm ${p.year}`;
}
/** Short date: "05/9/2025" (vi) / "5 Sep 2025" (en). */
function formatShortDate(date, timeZone, locale) {
    const p = (0, zoned_time_1.localParts)(date, timeZone);
    if (locale === 'en')
        return `${p.day} ${monthName(p.month).slice(0, 3)} ${p.year}`;
    return `${pad2(p.day)}/${p.month}/${p.year}`;
}
/** Clock time: "14 giờ 00" (vi, the default) / "14:00" (en). */
function formatClock(date, timeZone, locale = 'vi') {
    const p = (0, zoned_time_1.localParts)(date, timeZone);
    return locale === 'en' ? `${pad2(p.hour)}:${pad2(p.minute)}` : `${p.hour} giờ ${pad2(p.minute)}`;
}
/**
 * A fraction as a percentage with at most two decimals, trailing zeros dropped:
 * 25/49 → "51,02%" (vi, comma decimal) / "51.02%" (en); 1 → "100%".
 */
function formatPercent(fraction, locale) {
    if (!Number.isFinite(fraction))
        return '–';
    // Round once in integer hundredths of a percent so 0.125 shows 12,5 and never 12,499999.
    const hundredths = Math.round(Math.abs(fraction) * 10_000);
    const whole = Math.floor(hundredths / 100);
    const decimals = String(hundredths % 100)
        .padStart(2, '0')
        .replace(/0+$/, '');
    const sign = fraction < 0 && hundredths > 0 ? '-' : '';
    const separator = locale === 'vi' ? ',' : '.';
    return `${sign}${whole}${decimals ? separator + decimals : ''}%`;
}
/** Form of the meeting: "Trực tiếp" / "Trực tuyến" / "Trực tiếp kết hợp trực tuyến". */
function formLabel(form, locale) {
    return FORM_LABELS[form][locale];
}
/** Kind of the meeting, lower case to follow "sinh hoạt chi bộ": "định kỳ" / "chuyên đề" / "bất thường". */
function meetingKindLabel(kind, locale) {
    return KIND_LABELS[kind][locale];
}
//# sourceMappingURL=format.js.map