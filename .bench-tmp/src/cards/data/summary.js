"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summaryData = summaryData;
const common_1 = require("./common");
function motionData(motion, l) {
    const badge = motion.passed === null ? l.noResult : motion.passed ? l.passed : l.notPassed;
    const badgeColor = motion.passed === null ? 'default' : motion.passed ? 'good' : 'attention';
    return { title: motion.title, lines: (0, common_1.linesOf)(motion.lines), badge, badgeColor };
}
/** Builds the summary template's data from its view. */
function summaryData(view) {
    const base = (0, common_1.baseData)(view.locale);
    return {
        ...base,
        heading: view.heading,
        whenLines: (0, common_1.textLines)(view.when),
        sections: view.sections.map((section) => ({ title: section.title, lines: (0, common_1.linesOf)(section.lines) })),
        motions: view.motions.map((motion) => motionData(motion, base.l)),
        hasMotions: view.motions.length > 0,
        flags: (0, common_1.linesOf)(view.flags),
        hasFlags: view.flags.length > 0,
    };
}
//# sourceMappingURL=summary.js.map