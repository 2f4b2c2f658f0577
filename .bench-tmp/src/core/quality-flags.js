"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXCUSED_STREAK = exports.LOW_ATTENDANCE = void 0;
exports.excusedStreaks = excusedStreaks;
exports.qualityFlags = qualityFlags;
/**
 * Quality flags of cell meetings (Hướng dẫn 12-HD/BTCTW, 2018): attendance
 * above 85 %, no unexcused absence, nobody absent with reason 3 times in a row
 * within a year.
 */
const errors_1 = require("./errors");
const format_1 = require("./format");
const period_1 = require("./period");
const statuses_1 = require("./statuses");
/** Attendance at or below this fraction is flagged (the guideline asks for more than 85 %). */
exports.LOW_ATTENDANCE = 0.85;
/** Excused absences in a row, within one calendar year, that raise a flag. */
exports.EXCUSED_STREAK = 3;
function yearOf(period) {
    const match = /^(\d{4})-\d{2}$/.exec(period);
    if (!match)
        throw new errors_1.DomainError('input.invalid', `period ${period}`);
    return Number(match[1]);
}
/** Presence of each member at one meeting, the last record winning. */
function presenceMap(records) {
    return new Map(records.map((r) => [r.memberId, r.presence]));
}
function memberStreaks(memberId, meetings, minStreak) {
    const found = [];
    // The current run of excused absences (first and last meeting); undefined outside a run.
    let run;
    const close = () => {
        if (run && run.length >= minStreak) {
            const { first, last, length } = run;
            found.push({ memberId, year: first.year, length, fromPeriod: first.period, toPeriod: last.period });
        }
        run = undefined;
    };
    for (const meeting of meetings) {
        const excused = meeting.presence.get(memberId) === 'excused';
        if (!excused || (run && run.first.year !== meeting.year))
            close();
        if (excused)
            run = run ? { ...run, last: meeting, length: run.length + 1 } : { first: meeting, last: meeting, length: 1 };
    }
    close();
    return found;
}
/**
 * Runs of at least `minStreak` consecutive excused absences per member, in history order. Any other entry
 * (present, unexcused, not recorded, no record) breaks a run, and so does a new calendar year.
 */
function excusedStreaks(history, minStreak = exports.EXCUSED_STREAK) {
    if (!Number.isInteger(minStreak) || minStreak < 1)
        throw new errors_1.DomainError('input.invalid', `minStreak ${minStreak}`);
    const meetings = history.map((m) => ({ period: m.period, year: yearOf(m.period), presence: presenceMap(m.records) }));
    const ids = [...new Set(history.flatMap((m) => m.records.map((r) => r.memberId)))];
    return ids.flatMap((id) => memberStreaks(id, meetings, minStreak));
}
function comradeList(ids, names, locale) {
    const comrade = locale === 'en' ? 'comrade' : 'đồng chí';
    return ids.map((id) => `${comrade} ${names.get(id) ?? id}`).join(', ');
}
function lowAttendanceFlag(rate, locale) {
    const percent = (0, format_1.formatPercent)(rate, locale);
    const text = locale === 'en'
        ? `Attendance was ${percent}; the standard is above 85%.`
        : `Tỷ lệ đảng viên dự sinh hoạt đạt ${percent}, chưa đạt yêu cầu trên 85%.`;
    return { code: 'attendance.low', text };
}
function unexcusedFlag(input, names, locale) {
    const ids = input.unexcusedIds ?? [];
    const list = ids.length > 0 ? `: ${comradeList(ids, names, locale)}` : '';
    const n = input.unexcusedCount;
    const text = locale === 'en'
        ? `${n} ${n === 1 ? 'member was' : 'members were'} absent without reason${list}.`
        : `Có ${n} đồng chí vắng mặt không có lý do${list}.`;
    return input.unexcusedIds ? { code: 'absence.unexcused', text, memberIds: ids } : { code: 'absence.unexcused', text };
}
function streakFlag(streaks, names, locale) {
    const en = locale === 'en';
    const items = streaks.map((s) => {
        const span = `${(0, period_1.periodLabel)(s.fromPeriod, locale)} – ${(0, period_1.periodLabel)(s.toPeriod, locale)}`;
        const who = comradeList([s.memberId], names, locale);
        return en ? `${who} (${s.length} meetings, ${span})` : `${who} (${s.length} kỳ, ${span})`;
    });
    const text = en
        ? `Absent with reason at ${exports.EXCUSED_STREAK} or more meetings in a row within a year: ${items.join('; ')}.`
        : `Vắng có lý do từ ${exports.EXCUSED_STREAK} kỳ sinh hoạt liên tiếp trở lên trong năm: ${items.join('; ')}.`;
    return { code: 'absence.excused_streak', text, memberIds: [...new Set(streaks.map((s) => s.memberId))] };
}
/** The quality flags of a meeting, in a fixed order: attendance, unexcused absences, excused streaks. */
function qualityFlags(input, locale) {
    const names = new Map(input.members.map((m) => [m.id, m.fullName]));
    // Streaks concern summoned members only: exempt, attached elsewhere and suspended members are not expected.
    const summoned = new Set(input.members.filter((m) => (0, statuses_1.isInvited)(m.status)).map((m) => m.id));
    const flags = [];
    if (input.rate !== null && input.rate <= exports.LOW_ATTENDANCE)
        flags.push(lowAttendanceFlag(input.rate, locale));
    if (input.unexcusedCount > 0)
        flags.push(unexcusedFlag(input, names, locale));
    const streaks = excusedStreaks(input.history).filter((s) => summoned.has(s.memberId));
    if (streaks.length > 0)
        flags.push(streakFlag(streaks, names, locale));
    return flags;
}
//# sourceMappingURL=quality-flags.js.map