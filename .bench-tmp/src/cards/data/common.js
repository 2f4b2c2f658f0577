"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.baseData = baseData;
exports.textLines = textLines;
exports.linesOf = linesOf;
exports.safeUrl = safeUrl;
exports.actionData = actionData;
const labels_1 = require("../labels");
function baseData(locale) {
    return { l: (0, labels_1.labelsFor)(locale) };
}
/**
 * Splits free text into display lines. Hosts treat a newline inside a TextRun
 * differently, so each line becomes its own block.
 */
function textLines(text) {
    return text
        .split(/\r\n|\r|\n/)
        .map((line) => line.trimEnd())
        .filter((line) => line.trim().length > 0);
}
function linesOf(texts) {
    return texts.flatMap(textLines);
}
/**
 * Only absolute http(s) links become Action.OpenUrl: a stored `javascript:` or
 * relative link would otherwise open from a trusted-looking card. '' = no link.
 */
function safeUrl(url) {
    if (url === undefined)
        return '';
    try {
        const parsed = new URL(url.trim());
        return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : '';
    }
    catch {
        return ''; // not a URL: the title is shown without a link
    }
}
/** A view's CardAction as template data (`default` style when none is set). */
function actionData(action) {
    return { title: action.title, verb: action.verb, data: { ...action.data }, style: action.style ?? 'default' };
}
//# sourceMappingURL=common.js.map