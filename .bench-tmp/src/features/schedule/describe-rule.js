"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.describeRule = describeRule;
const meeting_rule_1 = require("../meetings/meeting-rule");
const WEEKDAYS = {
    vi: ['Chủ nhật', 'thứ Hai', 'thứ Ba', 'thứ Tư', 'thứ Năm', 'thứ Sáu', 'thứ Bảy'],
    en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};
const NTH = {
    vi: { '1': 'đầu tiên', '2': 'thứ hai', '3': 'thứ ba', '4': 'thứ tư', '-1': 'cuối cùng' },
    en: { '1': 'first', '2': 'second', '3': 'third', '4': 'fourth', '-1': 'last' },
};
const WEEKEND = {
    vi: { keep: '', next_monday: ' (trùng cuối tuần: thứ Hai kế tiếp)', previous_friday: ' (trùng cuối tuần: thứ Sáu liền trước)' },
    en: { keep: '', next_monday: ' (on a weekend: the next Monday)', previous_friday: ' (on a weekend: the Friday before)' },
};
function clock(time, locale) {
    const [h, m] = time.split(':');
    return locale === 'vi' ? `${Number(h)} giờ ${m ?? '00'}` : time;
}
function describeRule(json, locale) {
    const rule = (0, meeting_rule_1.parseScheduleRule)(json);
    if (rule.kind === 'dayOfMonth') {
        const weekend = WEEKEND[locale][rule.weekend ?? 'keep'] ?? '';
        return locale === 'vi' ? `ngày ${rule.day} hằng tháng, ${clock(rule.time, locale)}${weekend}` : `day ${rule.day} of each month at ${rule.time}${weekend}`;
    }
    const day = WEEKDAYS[locale][rule.weekday] ?? '';
    const nth = NTH[locale][String(rule.nth)] ?? '';
    return locale === 'vi' ? `${day} ${nth} của tháng, ${clock(rule.time, locale)}` : `the ${nth} ${day} of each month at ${rule.time}`;
}
//# sourceMappingURL=describe-rule.js.map