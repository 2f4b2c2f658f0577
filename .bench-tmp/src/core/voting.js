"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.voteCallText = exports.resultLines = exports.thresholdFor = exports.approvalsNeeded = void 0;
exports.assertOpenableInChat = assertOpenableInChat;
exports.voterEligibility = voterEligibility;
exports.computeElectorate = computeElectorate;
exports.tallyBallots = tallyBallots;
exports.decideMotion = decideMotion;
/**
 * Open votes in chat: which motions may be voted on, who votes, who counts in
 * the denominator, the tally and the decision (DOMAIN.md, "Voting").
 */
const errors_1 = require("./errors");
const threshold_1 = require("./threshold");
const types_1 = require("./types");
// Thresholds and wording live in their own files (quorum needs thresholds alone); features import all from here.
var threshold_2 = require("./threshold");
Object.defineProperty(exports, "approvalsNeeded", { enumerable: true, get: function () { return threshold_2.approvalsNeeded; } });
Object.defineProperty(exports, "thresholdFor", { enumerable: true, get: function () { return threshold_2.thresholdFor; } });
var vote_wording_1 = require("./vote-wording");
Object.defineProperty(exports, "resultLines", { enumerable: true, get: function () { return vote_wording_1.resultLines; } });
Object.defineProperty(exports, "voteCallText", { enumerable: true, get: function () { return vote_wording_1.voteCallText; } });
const SECRET = new Set(types_1.SECRET_BALLOT_KINDS);
const OPEN = new Set(types_1.MOTION_KINDS);
/** Guards opening a vote in chat: secret-ballot kinds → motion.secret_ballot; unknown kinds → input.invalid. */
function assertOpenableInChat(kind) {
    if (SECRET.has(kind))
        throw new errors_1.DomainError('motion.secret_ballot', kind);
    if (!OPEN.has(kind))
        throw new errors_1.DomainError('input.invalid', `kind ${kind}`);
}
/**
 * Whether a member may cast a ballot. Official members always may (their ballot counts when they are in
 * the electorate); exempt only when present; SHT đến only when the cell allows it.
 */
function voterEligibility(member, presence, rules) {
    switch (member.status) {
        case 'official':
            return { ok: true };
        case 'probationary':
            return { ok: false, code: 'vote.not_eligible_probationary' };
        case 'exempt':
            return presence === 'present' ? { ok: true } : { ok: false, code: 'vote.exempt_not_present' };
        case 'attached_in':
            return rules.attachedInMayVote ? { ok: true } : { ok: false, code: 'vote.not_eligible' };
        case 'attached_out':
        case 'suspended':
            return { ok: false, code: 'vote.not_eligible' };
    }
}
/** Why a member is outside the denominator, or null when they are in it. */
function exclusionOf(member, presence, rules) {
    switch (member.status) {
        case 'probationary':
        case 'attached_out':
        case 'suspended':
            return member.status;
        case 'exempt':
            return presence === 'present' ? null : 'exempt_absent';
        case 'attached_in':
            if (!rules.attachedInMayVote)
                return 'attached_in';
            break;
        case 'official':
            break;
    }
    // Excused absentees stay in unless the cell decided otherwise (DOMAIN.md: the sources are unclear).
    return presence === 'excused' && !rules.excusedInDenominator ? 'excused' : null;
}
/**
 * The electorate of a vote: official members, minus attached elsewhere, exempt absent and suspended; plus exempt
 * present; plus SHT đến when the cell lets them vote; excused absentees leave only if the rules say so.
 */
function computeElectorate(members, records, rules) {
    const presence = new Map();
    for (const record of records)
        presence.set(record.memberId, record.presence);
    const electorate = [];
    const excluded = [];
    for (const member of members) {
        const why = exclusionOf(member, presence.get(member.id) ?? null, rules);
        if (why === null)
            electorate.push(member.id);
        else
            excluded.push({ memberId: member.id, why });
    }
    return { denominator: electorate.length, electorate, excluded };
}
/** Counts ballots of the electorate only; each member's last ballot wins; the others' (last) ballots are listed as ignored. */
function tallyBallots(ballots, electorate) {
    const voters = new Set(electorate);
    const last = new Map();
    const outside = new Map();
    for (const ballot of ballots)
        (voters.has(ballot.memberId) ? last : outside).set(ballot.memberId, ballot);
    const counts = { approve: 0, reject: 0, other: 0 };
    const comments = [];
    for (const ballot of last.values()) {
        counts[ballot.choice] += 1;
        const comment = ballot.comment?.trim();
        if (ballot.choice === 'other' && comment)
            comments.push({ memberId: ballot.memberId, comment });
    }
    return { ...counts, counted: last.size, ignored: [...outside.values()], comments };
}
/** Whether the motion passes: approvals against the denominator (not against those present). */
function decideMotion(kind, tally, denominator) {
    const needed = (0, threshold_1.approvalsNeeded)(kind, denominator);
    return {
        passed: denominator > 0 && tally.approve >= needed,
        approvalsNeeded: needed,
        approvePercent: denominator > 0 ? (tally.approve / denominator) * 100 : 0,
    };
}
//# sourceMappingURL=voting.js.map