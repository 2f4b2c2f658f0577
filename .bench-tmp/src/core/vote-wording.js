"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.resultLines = resultLines;
exports.voteCallText = voteCallText;
/**
 * What the bot says around a vote: the call to vote and the result, worded
 * the way cells report it ("49/49 đồng chí … tán thành (đạt 100%)").
 */
const format_1 = require("./format");
// A resolution is named as such; admission, confirmation and other motions stay neutral ("Nội dung").
const CONCLUSIONS = {
    vi: {
        resolution: ['Nghị quyết được thông qua.', 'Nghị quyết không được thông qua.'],
        motion: ['Nội dung được thông qua.', 'Nội dung không được thông qua.'],
    },
    en: {
        resolution: ['The resolution is adopted.', 'The resolution is not adopted.'],
        motion: ['The motion is adopted.', 'The motion is not adopted.'],
    },
};
function conclusion(input, locale) {
    const pair = CONCLUSIONS[locale][input.kind === 'resolution' ? 'resolution' : 'motion'];
    return input.passed ? pair[0] : pair[1];
}
function presentLine(input, locale) {
    const { approve, reject, other } = input.presentTally ?? input.tally;
    const silent = Math.max(0, input.presentVoters - approve - reject - other);
    if (locale === 'en') {
        const opinions = other === 1 ? 'other opinion' : 'other opinions';
        const tail = silent > 0 ? `, ${silent} did not vote` : '';
        return `Among the ${input.presentVoters} official members present: ${approve} approved, ${reject} rejected, ${other} ${opinions}${tail}.`;
    }
    const tail = silent > 0 ? `, ${silent} không biểu quyết` : '';
    return `Trong số ${input.presentVoters} đồng chí đảng viên chính thức có mặt: ${approve} tán thành, ${reject} không tán thành, ${other} ý kiến khác${tail}.`;
}
/**
 * The result as cells report it, both ways: against the denominator, then among those present.
 * "Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua."
 */
function resultLines(input, locale) {
    const { approve } = input.tally;
    const percent = (0, format_1.formatPercent)(input.denominator > 0 ? approve / input.denominator : 0, locale);
    const first = locale === 'en'
        ? `Vote result: ${approve}/${input.denominator} official members approved (${percent}). ${conclusion(input, locale)}`
        : `Kết quả biểu quyết: ${approve}/${input.denominator} đồng chí đảng viên chính thức tán thành (đạt ${percent}). ${conclusion(input, locale)}`;
    return [first, presentLine(input, locale)];
}
/** The call to vote: "Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua <title>. (Đảng viên dự bị …)" */
function voteCallText(title, locale) {
    // The title may end with its own full stop; the sentence supplies one.
    const subject = title.trim().replace(/[.。]+$/, '');
    if (locale === 'en') {
        return `Official members are asked to vote on adopting ${subject}. (Probationary members give opinions but do not vote.)`;
    }
    return `Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua ${subject}. (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)`;
}
//# sourceMappingURL=vote-wording.js.map