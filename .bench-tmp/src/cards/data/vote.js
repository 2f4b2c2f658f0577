"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.choiceLabel = choiceLabel;
exports.voteData = voteData;
const common_1 = require("./common");
function kindLabel(kind, l) {
    switch (kind) {
        case 'resolution':
            return l.kindResolution;
        case 'admission':
            return l.kindAdmission;
        case 'confirmation':
            return l.kindConfirmation;
        case 'other':
            return l.kindOther;
    }
}
function choiceLabel(choice, l) {
    switch (choice) {
        case 'approve':
            return l.approve;
        case 'reject':
            return l.reject;
        case 'other':
            return l.other;
    }
}
function tally(view, l) {
    const t = view.tally;
    return [
        { title: l.approve, value: String(t.approve) },
        { title: l.reject, value: String(t.reject) },
        { title: l.other, value: String(t.other) },
        { title: l.notVoted, value: String(t.notVoted) },
        { title: l.denominator, value: String(t.denominator) },
        { title: l.threshold, value: t.threshold },
    ];
}
/** "Đồng chí đã biểu quyết: Ý kiến khác – …" or, for a probationary member, the recorded opinion. */
function mine(view, l) {
    const my = view.myChoice;
    if (my === undefined)
        return { label: '', value: '' };
    const comment = my.comment ?? '';
    if (!view.canVote)
        return { label: l.myOpinion, value: comment };
    const choice = choiceLabel(my.choice, l);
    return { label: l.myChoice, value: comment === '' ? choice : `${choice} – ${comment}` };
}
function resultColor(passed) {
    if (passed === true)
        return 'good';
    return passed === false ? 'attention' : 'default';
}
/** Builds the vote template's data from its view. */
function voteData(view) {
    const base = (0, common_1.baseData)(view.locale);
    const l = base.l;
    return {
        ...base,
        motionId: view.motionId,
        title: view.title,
        kindLabel: kindLabel(view.kind, l),
        callLines: (0, common_1.textLines)(view.call),
        tally: tally(view, l),
        showMine: view.myChoice !== undefined,
        mine: mine(view, l),
        showBallot: view.open && view.canVote,
        showOpinionBox: view.open && !view.canVote,
        showClose: view.open && view.canClose,
        closed: !view.open,
        resultLines: view.open ? [] : (0, common_1.linesOf)(view.resultLines),
        resultColor: resultColor(view.passed),
        opinions: view.opinions.map((opinion) => ({ label: opinion.name, value: opinion.text })),
        hasOpinions: view.opinions.length > 0,
        commentValue: view.myChoice?.comment ?? '',
    };
}
//# sourceMappingURL=vote.js.map