"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.checkQuorum = checkQuorum;
/**
 * Whether enough official members are present to hold the meeting (a rule of
 * the cell, default 2/3) and whether any resolution can still pass.
 */
const errors_1 = require("./errors");
const threshold_1 = require("./threshold");
function assertRules(rules, input) {
    const { numerator, denominator } = rules.quorum;
    const fractionOk = Number.isInteger(numerator) && Number.isInteger(denominator) && numerator > 0 && numerator <= denominator;
    if (!fractionOk)
        throw new errors_1.DomainError('input.invalid', `quorum ${numerator}/${denominator}`);
    for (const [name, value] of Object.entries(input)) {
        if (!Number.isInteger(value) || value < 0)
            throw new errors_1.DomainError('input.invalid', `${name} ${String(value)}`);
    }
}
function quorumLine(check, input, fraction, locale) {
    if (locale === 'en') {
        const verdict = check.met ? 'Quorum met.' : 'Quorum not met.';
        return `Official members present: ${check.present}/${input.officialTotal}; required under the cell's rules: ${check.required} (${fraction}). ${verdict}`;
    }
    const verdict = check.met ? 'Đủ điều kiện tiến hành sinh hoạt.' : 'Chưa đủ điều kiện tiến hành sinh hoạt.';
    return `Đảng viên chính thức có mặt: ${check.present}/${input.officialTotal}; số cần có mặt theo quy chế chi bộ: ${check.required} (${fraction}). ${verdict}`;
}
function quorumWarnings(check, input, kind, locale) {
    const en = locale === 'en';
    const { presentVoters: voters, denominator } = input;
    const warnings = [];
    if (!check.met) {
        warnings.push(en
            ? `Official members present (${check.present}) are fewer than the cell's rules require (${check.required}/${input.officialTotal}).`
            : `Số đảng viên chính thức có mặt (${check.present}) chưa đạt mức tối thiểu theo quy chế chi bộ (${check.required}/${input.officialTotal}).`);
    }
    if (check.noResolutionCanPass) {
        const needed = (0, threshold_1.approvalsNeeded)('resolution', denominator);
        warnings.push(en
            ? `Official members present (${voters}) are too few for any resolution to pass (at least ${needed}/${denominator} needed).`
            : `Số đảng viên chính thức có mặt (${voters}) không đủ để bất kỳ nghị quyết nào được thông qua (cần ít nhất ${needed}/${denominator}).`);
    }
    const threshold = (0, threshold_1.thresholdFor)(kind);
    if (check.kindCannotPass && !threshold.strict) {
        warnings.push(en
            ? `Official members present (${voters}) are too few to pass a motion needing ${threshold.label.en} (at least ${check.approvalsNeeded}/${denominator} needed).`
            : `Số đảng viên chính thức có mặt (${voters}) không đủ để thông qua nội dung cần ${threshold.label.vi} số đảng viên chính thức tán thành (cần ít nhất ${check.approvalsNeeded}/${denominator}).`);
    }
    return warnings;
}
/**
 * Checks the quorum of the cell's rules and warns when present voters cannot pass a resolution
 * (or a motion of `kind`, e.g. an admission needing 2/3) even if all of them approve.
 */
function checkQuorum(input, rules, kind = 'resolution', locale = 'vi') {
    assertRules(rules, input);
    const { numerator, denominator } = rules.quorum;
    const required = Math.ceil((input.officialTotal * numerator) / denominator);
    const needed = (0, threshold_1.approvalsNeeded)(kind, input.denominator);
    const check = {
        met: input.presentOfficial >= required,
        required,
        present: input.presentOfficial,
        approvalsNeeded: needed,
        noResolutionCanPass: input.presentVoters < (0, threshold_1.approvalsNeeded)('resolution', input.denominator),
        kindCannotPass: input.presentVoters < needed,
    };
    const fraction = `${numerator}/${denominator}`;
    return { ...check, line: quorumLine(check, input, fraction, locale), warnings: quorumWarnings(check, input, kind, locale) };
}
//# sourceMappingURL=quorum.js.map