"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingRuleSchema = exports.scheduleRuleSchema = exports.weekdayOfMonthRuleSchema = exports.dayOfMonthRuleSchema = exports.WEEKEND_POLICIES = void 0;
exports.parseScheduleRule = parseScheduleRule;
exports.parseMeetingRule = parseMeetingRule;
exports.weekdayOf = weekdayOf;
exports.ruleDate = ruleDate;
exports.suggestedMeetingDate = suggestedMeetingDate;
/**
 * The cell's usual meeting day: "day 5 at 14:00" (with what to do when that
 * day is a weekend) or "first Monday at 19:30". Pure calendar arithmetic on
 * local dates; the scheduler turns a date and time into an instant with the
 * cell's zone (localDateTimeToUtc).
 */
const zod_1 = require("zod");
const TIME = zod_1.z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
/** What a day-of-month rule does when the day falls on Saturday or Sunday. */
exports.WEEKEND_POLICIES = ['keep', 'next_monday', 'previous_friday'];
/** "Day 5 at 14:00"; rules stored before `weekend` existed keep the day as it is. */
exports.dayOfMonthRuleSchema = zod_1.z.object({
    kind: zod_1.z.literal('dayOfMonth'),
    day: zod_1.z.number().int().min(1).max(28),
    time: TIME,
    weekend: zod_1.z.enum(exports.WEEKEND_POLICIES).optional(),
});
/** "First Monday at 19:30"; nth -1 is the last such weekday of the month. weekday 0 = Sunday. */
exports.weekdayOfMonthRuleSchema = zod_1.z.object({
    kind: zod_1.z.literal('weekdayOfMonth'),
    weekday: zod_1.z.number().int().min(0).max(6),
    nth: zod_1.z.union([zod_1.z.literal(1), zod_1.z.literal(2), zod_1.z.literal(3), zod_1.z.literal(4), zod_1.z.literal(-1)]),
    time: TIME,
});
exports.scheduleRuleSchema = zod_1.z.discriminatedUnion('kind', [exports.dayOfMonthRuleSchema, exports.weekdayOfMonthRuleSchema]);
/** The day-of-month form the setup form edits (kept as the setup form's type). */
exports.meetingRuleSchema = exports.dayOfMonthRuleSchema;
/** Reads Cell.meetingRule with every kind of rule. */
function parseScheduleRule(json) {
    return exports.scheduleRuleSchema.parse(JSON.parse(json));
}
/**
 * The rule as the setup form shows it (day and time). A weekday rule is shown
 * as the first day it can fall on, so the form still opens; the "lịch" command
 * is where a weekday rule is set and shown.
 */
function parseMeetingRule(json) {
    const rule = parseScheduleRule(json);
    if (rule.kind === 'dayOfMonth')
        return rule;
    return { kind: 'dayOfMonth', day: rule.nth === -1 ? 22 : (rule.nth - 1) * 7 + 1, time: rule.time };
}
function daysIn(year, month) {
    return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
/** Weekday (0 = Sunday) of a calendar date; no zone is involved in a date. */
function weekdayOf(year, month, day) {
    return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}
function isoDate(year, month, day) {
    const shifted = new Date(Date.UTC(year, month - 1, day));
    const mm = String(shifted.getUTCMonth() + 1).padStart(2, '0');
    const dd = String(shifted.getUTCDate()).padStart(2, '0');
    return `${shifted.getUTCFullYear()}-${mm}-${dd}`;
}
/** The local date ("YYYY-MM-DD") the rule names in a month (1-12); a weekend policy may move it into the next month. */
function ruleDate(rule, year, month) {
    if (rule.kind === 'weekdayOfMonth') {
        if (rule.nth === -1) {
            const last = daysIn(year, month);
            return isoDate(year, month, last - ((weekdayOf(year, month, last) - rule.weekday + 7) % 7));
        }
        const first = (rule.weekday - weekdayOf(year, month, 1) + 7) % 7;
        return isoDate(year, month, 1 + first + (rule.nth - 1) * 7);
    }
    const weekday = weekdayOf(year, month, rule.day);
    const weekend = weekday === 0 || weekday === 6;
    if (!weekend || (rule.weekend ?? 'keep') === 'keep')
        return isoDate(year, month, rule.day);
    if (rule.weekend === 'next_monday')
        return isoDate(year, month, rule.day + (weekday === 6 ? 2 : 1));
    return isoDate(year, month, rule.day - (weekday === 6 ? 1 : 2));
}
/** Today's calendar date in a timezone as [year, month (1-12), day]. */
function localYmd(now, timeZone) {
    const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
    const [y, m, d] = parts.split('-').map(Number);
    return [y, m, d];
}
/** The next date the rule names, as "YYYY-MM-DD": this month's if still ahead, else next month's. */
function suggestedMeetingDate(rule, now, timeZone) {
    const [year, month, day] = localYmd(now, timeZone);
    const today = isoDate(year, month, day);
    const thisMonth = ruleDate(rule, year, month);
    if (thisMonth > today)
        return thisMonth;
    return month === 12 ? ruleDate(rule, year + 1, 1) : ruleDate(rule, year, month + 1);
}
//# sourceMappingURL=meeting-rule.js.map