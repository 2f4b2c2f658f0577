"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.outcomeSchema = void 0;
exports.toBallotRecords = toBallotRecords;
exports.computeOutcome = computeOutcome;
exports.parseOutcome = parseOutcome;
/**
 * The outcome of a motion: live while it is open, frozen at close. The
 * electorate is snapshotted when the vote closes, so later roster changes never
 * change a recorded result.
 */
const zod_1 = require("zod");
const voting_1 = require("../../core/voting");
const mappers_1 = require("../../store/mappers");
exports.outcomeSchema = zod_1.z.object({
    denominator: zod_1.z.number().int().min(0),
    electorate: zod_1.z.array(zod_1.z.string()),
    approve: zod_1.z.number().int().min(0),
    reject: zod_1.z.number().int().min(0),
    other: zod_1.z.number().int().min(0),
    /** Members of the electorate who were present, and how they voted. */
    presentVoters: zod_1.z.number().int().min(0),
    presentApprove: zod_1.z.number().int().min(0),
    presentReject: zod_1.z.number().int().min(0),
    presentOther: zod_1.z.number().int().min(0),
    approvalsNeeded: zod_1.z.number().int().min(0),
    approvePercent: zod_1.z.number().min(0).max(100),
    passed: zod_1.z.boolean(),
});
function toBallotRecords(ballots) {
    return ballots.map((b) => ({ memberId: b.memberId, choice: (0, mappers_1.toVoteChoice)(b.choice), comment: b.comment }));
}
/** Computes the outcome from the roster, presence and ballots as they stand now. */
function computeOutcome(kind, attendance, ballots, rules) {
    const electorate = (0, voting_1.computeElectorate)(attendance.roster, attendance.records, rules);
    const records = toBallotRecords(ballots);
    const tally = (0, voting_1.tallyBallots)(records, electorate.electorate);
    const present = new Set(attendance.records.filter((r) => r.presence === 'present').map((r) => r.memberId));
    const presentElectorate = electorate.electorate.filter((id) => present.has(id));
    const presentTally = (0, voting_1.tallyBallots)(records, presentElectorate);
    const decision = (0, voting_1.decideMotion)(kind, tally, electorate.denominator);
    return {
        denominator: electorate.denominator,
        electorate: [...electorate.electorate],
        approve: tally.approve,
        reject: tally.reject,
        other: tally.other,
        presentVoters: presentElectorate.length,
        presentApprove: presentTally.approve,
        presentReject: presentTally.reject,
        presentOther: presentTally.other,
        approvalsNeeded: decision.approvalsNeeded,
        approvePercent: decision.approvePercent,
        passed: decision.passed,
    };
}
function parseOutcome(json) {
    return exports.outcomeSchema.parse(JSON.parse(json));
}
//# sourceMappingURL=vote-outcome.js.map