"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.computeMeetingNumbers = computeMeetingNumbers;
/** The numbers of one meeting every view shares: attendance, electorate and quorum. */
const attendance_1 = require("../../core/attendance");
const quorum_1 = require("../../core/quorum");
const voting_1 = require("../../core/voting");
function computeMeetingNumbers(attendance, rules, locale) {
    const stats = (0, attendance_1.computeAttendance)(attendance.roster, attendance.records);
    const electorate = (0, voting_1.computeElectorate)(attendance.roster, attendance.records, rules);
    const present = new Set(attendance.records.filter((r) => r.presence === 'present').map((r) => r.memberId));
    const presentVoters = electorate.electorate.filter((id) => present.has(id)).length;
    const quorum = (0, quorum_1.checkQuorum)({ presentVoters, denominator: electorate.denominator, officialTotal: stats.roster.official, presentOfficial: stats.present.official }, rules, 'resolution', locale);
    return { stats, electorate, quorum, presentVoters };
}
//# sourceMappingURL=meeting-numbers.js.map