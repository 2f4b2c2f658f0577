"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.outcomeOf = outcomeOf;
exports.resultLinesOf = resultLinesOf;
exports.buildVoteView = buildVoteView;
exports.voteViewFor = voteViewFor;
exports.voteViewsFor = voteViewsFor;
const voting_1 = require("../../core/voting");
const mappers_1 = require("../../store/mappers");
const context_1 = require("../shared/context");
const attendance_data_1 = require("../attendance/attendance-data");
const vote_outcome_1 = require("./vote-outcome");
/** The outcome shown on the card: frozen at close, live while open. */
async function outcomeOf(db, motion) {
    if (motion.status === 'closed' && motion.resultSnapshot)
        return (0, vote_outcome_1.parseOutcome)(motion.resultSnapshot);
    const attendance = await (0, attendance_data_1.loadMeetingAttendance)(db, motion.meeting);
    return (0, vote_outcome_1.computeOutcome)((0, mappers_1.toMotionKind)(motion.kind), attendance, motion.ballots, (0, mappers_1.toCellRules)(motion.meeting.cell));
}
/** Whether a member's status lets them vote at all (presence is checked when they vote). */
function statusMayVote(member, motion) {
    const status = (0, mappers_1.toMemberStatus)(member.status);
    if (status === 'official' || status === 'exempt')
        return true;
    return status === 'attached_in' && motion.meeting.cell.attachedInMayVote;
}
function myChoice(motion, viewer) {
    const ballot = viewer ? motion.ballots.find((b) => b.memberId === viewer.id) : undefined;
    if (!ballot)
        return undefined;
    return { choice: (0, mappers_1.toVoteChoice)(ballot.choice), ...(ballot.comment ? { comment: ballot.comment } : {}) };
}
function resultLinesOf(motion, outcome, locale) {
    return (0, voting_1.resultLines)({
        kind: (0, mappers_1.toMotionKind)(motion.kind),
        tally: { approve: outcome.approve, reject: outcome.reject, other: outcome.other },
        presentTally: { approve: outcome.presentApprove, reject: outcome.presentReject, other: outcome.presentOther },
        denominator: outcome.denominator,
        passed: outcome.passed,
        presentVoters: outcome.presentVoters,
    }, locale);
}
/** The vote card as `viewer` sees it, from an outcome already computed; viewer null = the shared card. */
function buildVoteView(motion, outcome, viewer, locale) {
    const kind = (0, mappers_1.toMotionKind)(motion.kind);
    const open = motion.status === 'open';
    const mine = myChoice(motion, viewer);
    const isChair = viewer !== null && viewer.id === motion.meeting.chairMemberId;
    return {
        type: 'vote',
        locale,
        motionId: motion.id,
        meetingId: motion.meetingId,
        title: motion.title,
        kind,
        call: (0, voting_1.voteCallText)(motion.title, locale),
        open,
        tally: {
            approve: outcome.approve,
            reject: outcome.reject,
            other: outcome.other,
            notVoted: Math.max(0, outcome.denominator - outcome.approve - outcome.reject - outcome.other),
            denominator: outcome.denominator,
            threshold: (0, voting_1.thresholdFor)(kind).label[locale],
        },
        resultLines: open ? [] : resultLinesOf(motion, outcome, locale),
        ...(open ? {} : { passed: outcome.passed }),
        ...(mine ? { myChoice: mine } : {}),
        canClose: open && viewer !== null && (isChair || (0, context_1.memberIsCommittee)(viewer)),
        // The shared card offers the buttons to everyone; the server decides who may vote.
        canVote: open && (viewer === null || statusMayVote(viewer, motion)),
        opinions: motion.opinions.map((o) => ({ name: o.member.fullName, text: o.text })),
    };
}
/** The vote card as `viewer` sees it; viewer null = the shared card. */
async function voteViewFor(services, motion, viewer, locale) {
    return buildVoteView(motion, await outcomeOf(services.db, motion), viewer, locale);
}
/** The member's card and the shared card from one computation of the outcome (a ballot answers with both). */
async function voteViewsFor(services, motion, viewer, locale) {
    const outcome = await outcomeOf(services.db, motion);
    return { mine: buildVoteView(motion, outcome, viewer, locale), shared: buildVoteView(motion, outcome, null, locale) };
}
//# sourceMappingURL=vote-view.js.map