"use strict";
/**
 * Text folding for matching what members type: Vietnamese with or without
 * diacritics, any case, any spacing.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.normalizeText = normalizeText;
/** Folds text for comparison: NFD, combining marks removed, đ/Đ → d, lowercase, whitespace collapsed and trimmed. */
function normalizeText(s) {
    return (s
        .normalize('NFD')
        .replace(/\p{M}/gu, '')
        // "đ" is its own letter, not d + a mark, so NFD leaves it alone.
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/\s+/g, ' ')
        .trim());
}
//# sourceMappingURL=text.js.map