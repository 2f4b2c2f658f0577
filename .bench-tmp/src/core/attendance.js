"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.NO_VENUE = void 0;
exports.computeAttendance = computeAttendance;
exports.rollCallLine = rollCallLine;
exports.rateText = rateText;
/**
 * Attendance of one meeting: counts by status and venue, who is absent and
 * why, the attendance rate, and the roll-call sentence.
 */
const format_1 = require("./format");
const statuses_1 = require("./statuses");
const types_1 = require("./types");
/** Key of `presentByVenue` for members present without a venue (in-person meeting, or venue not given). */
exports.NO_VENUE = '';
function zeroCounts() {
    const counts = {};
    for (const status of types_1.MEMBER_STATUSES)
        counts[status] = 0;
    return counts;
}
/** The last record of each roster member; records of anyone else (guests) are dropped. */
function latestRecords(members, records) {
    const ids = new Set(members.map((m) => m.id));
    const latest = new Map();
    for (const record of records)
        if (ids.has(record.memberId))
            latest.set(record.memberId, record);
    return latest;
}
/** Sorts each roster member by status and by what their record says. */
function sortMembers(members, latest) {
    const sorted = { roster: zeroCounts(), present: zeroCounts(), venues: new Map(), excused: [], unexcused: [], notRecorded: [] };
    for (const member of members) {
        sorted.roster[member.status] += 1;
        const record = latest.get(member.id);
        const ref = { memberId: member.id, name: member.fullName, status: member.status };
        if (record?.presence === 'present') {
            sorted.present[member.status] += 1;
            const venue = record.venue?.trim() || exports.NO_VENUE;
            sorted.venues.set(venue, (sorted.venues.get(venue) ?? 0) + 1);
        }
        else if (!(0, statuses_1.isInvited)(member.status)) {
            // Exempt, attached elsewhere and suspended members are not summoned: their absence is no absence.
            continue;
        }
        else if (record?.presence === 'excused') {
            sorted.excused.push({ ...ref, reason: record.reason?.trim() ?? '' });
        }
        else if (record?.presence === 'unexcused') {
            sorted.unexcused.push(ref);
        }
        else {
            sorted.notRecorded.push(ref);
        }
    }
    return sorted;
}
/**
 * Attendance of a meeting from the roster and its records. When a member has
 * several records the last one wins; records of non-members (guests) are ignored.
 */
function computeAttendance(members, records) {
    const { roster, present, venues, excused, unexcused, notRecorded } = sortMembers(members, latestRecords(members, records));
    const total = roster.official + roster.probationary;
    const presentCounted = present.official + present.probationary;
    const ratePresent = presentCounted + present.exempt;
    const expected = total + present.exempt;
    return {
        roster,
        total,
        present,
        presentTotal: types_1.MEMBER_STATUSES.reduce((sum, s) => sum + present[s], 0),
        presentCounted,
        presentByVenue: Object.fromEntries(venues),
        excused,
        unexcused,
        notRecorded,
        expected,
        ratePresent,
        rate: expected > 0 ? ratePresent / expected : null,
    };
}
const WORDS = {
    vi: {
        total: 'Tổng số đảng viên',
        present: 'Có mặt',
        absent: 'Vắng',
        excused: 'có lý do',
        unexcused: 'không lý do',
        notRecorded: 'Chưa điểm danh',
        presentShort: 'có mặt',
        comrade: 'đồng chí',
    },
    en: {
        total: 'Total members',
        present: 'Present',
        absent: 'Absent',
        excused: 'excused',
        unexcused: 'unexcused',
        notRecorded: 'Not yet recorded',
        presentShort: 'present',
        comrade: 'comrade',
    },
};
function capitalise(text) {
    return text.charAt(0).toUpperCase() + text.slice(1);
}
function namedCount(label, refs, comrade) {
    const names = refs.map((r) => `${comrade} ${r.name}`).join(', ');
    return `${label}: ${refs.length}${names ? ` – ${names}` : ''}`;
}
/** Sentences about members outside the "tổng số" (SHT đến, exempt, attached elsewhere, suspended), when any. */
function apartSentences(stats, locale) {
    const w = WORDS[locale];
    const sentences = [];
    for (const status of ['attached_in', 'exempt']) {
        if (stats.roster[status] > 0) {
            const label = capitalise((0, statuses_1.statusLabel)(status, locale));
            sentences.push(`${label}: ${stats.roster[status]} (${w.presentShort} ${stats.present[status]}).`);
        }
    }
    for (const status of ['attached_out', 'suspended']) {
        if (stats.roster[status] > 0)
            sentences.push(`${capitalise((0, statuses_1.statusLabel)(status, locale))}: ${stats.roster[status]}.`);
    }
    return sentences;
}
/**
 * The roll-call sentence: "Tổng số đảng viên: 72 (chính thức 49, dự bị 23). Có mặt: 70.
 * Vắng: 2 (có lý do: 2 – đồng chí A, đồng chí B; không lý do: 0)." Counts cover official and
 * probationary members; members not yet recorded and those outside the total get their own sentences after.
 */
function rollCallLine(stats, locale) {
    const w = WORDS[locale];
    const counted = (refs) => refs.filter((r) => (0, statuses_1.isCountedInTotal)(r.status));
    const excused = counted(stats.excused);
    const unexcused = counted(stats.unexcused);
    const pending = counted(stats.notRecorded);
    const parts = [
        `${w.total}: ${stats.total} (${(0, statuses_1.statusLabel)('official', locale)} ${stats.roster.official}, ${(0, statuses_1.statusLabel)('probationary', locale)} ${stats.roster.probationary}).`,
        `${w.present}: ${stats.presentCounted}.`,
        `${w.absent}: ${excused.length + unexcused.length} (${namedCount(w.excused, excused, w.comrade)}; ${namedCount(w.unexcused, unexcused, w.comrade)}).`,
    ];
    if (pending.length > 0)
        parts.push(`${w.notRecorded}: ${pending.length}.`);
    return [...parts, ...apartSentences(stats, locale)].join(' ');
}
/** The attendance rate as text ("97,22%"), or "–" when nobody is expected. */
function rateText(stats, locale) {
    return stats.rate === null ? '–' : (0, format_1.formatPercent)(stats.rate, locale);
}
//# sourceMappingURL=attendance.js.map