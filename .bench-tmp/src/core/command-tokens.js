"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.tokenize = tokenize;
exports.skipSeparators = skipSeparators;
exports.isEnd = isEnd;
exports.matchPhrase = matchPhrase;
exports.matchAny = matchAny;
exports.skipOptional = skipOptional;
exports.textFrom = textFrom;
/**
 * Word matching for chat commands. Words are matched folded (no accents, lower
 * case) while free text (titles, reasons, venues) is cut from the original
 * message by offsets, so it keeps its diacritics and capitals.
 */
const text_1 = require("./text");
// A colon is a token of its own so "vắng:ốm" and "kết nạp: …" split where the member meant.
const TOKEN = /[:：]|[^\s:：]+/gu;
const TRAILING_PUNCTUATION = /[.,;!?…]+$/u;
const SEPARATOR_ONLY = /^[-–—:：]+$/u;
function wordOf(raw) {
    const folded = (0, text_1.normalizeText)(raw).replace(TRAILING_PUNCTUATION, '');
    return SEPARATOR_ONLY.test(folded) ? '' : folded;
}
/** Cuts `text` into tokens; `offset` shifts the offsets when `text` is a slice of a longer message. */
function tokenize(text, offset = 0) {
    return [...text.matchAll(TOKEN)].map((m) => ({
        raw: m[0],
        word: wordOf(m[0]),
        start: offset + m.index,
        end: offset + m.index + m[0].length,
    }));
}
/** Index of the first token at or after `at` that is a word (skips ":", "–", lone punctuation). */
function skipSeparators(tokens, at) {
    let i = at;
    while (tokens.list[i]?.word === '')
        i += 1;
    return i;
}
/** Whether only separators remain from `at`. */
function isEnd(tokens, at) {
    return skipSeparators(tokens, at) >= tokens.list.length;
}
/** The diacritics of a word (tone and vowel marks, đ) in a canonical order, so "hoà" and "hòa" agree. */
function marksOf(text) {
    const marks = [...text.toLowerCase().normalize('NFD')].filter((c) => c === 'đ' || /\p{M}/u.test(c));
    return marks.sort().join('');
}
/**
 * Whether a typed token is `expected` (a word as written, with diacritics). A token typed without any
 * diacritic matches its folded form; a token typed with diacritics must carry the same ones, so that
 * "vâng" (yes) or "nó" are never read as "vắng" or "no".
 */
function isWord(token, expected) {
    if (!token || token.word !== (0, text_1.normalizeText)(expected))
        return false;
    const typed = marksOf(token.raw);
    return typed === '' || typed === marksOf(expected);
}
/** Index after `phrase` (words as written, space-separated) when the tokens at `at` spell it; -1 otherwise. */
function matchPhrase(tokens, at, phrase) {
    const words = phrase.split(' ');
    for (const [k, word] of words.entries()) {
        if (!isWord(tokens.list[at + k], word))
            return -1;
    }
    return at + words.length;
}
/** The first phrase that matches at `at`, with the index after it; null when none does. */
function matchAny(tokens, at, phrases) {
    for (const phrase of phrases) {
        const next = matchPhrase(tokens, at, phrase);
        if (next >= 0)
            return { phrase, next };
    }
    return null;
}
/** Skips, in order, each optional phrase group that matches (separators around them included). */
function skipOptional(tokens, at, groups) {
    let i = skipSeparators(tokens, at);
    for (const group of groups) {
        const hit = matchAny(tokens, i, group);
        if (hit)
            i = skipSeparators(tokens, hit.next);
    }
    return i;
}
/** The original text from token `at` (after separators) to the end, trimmed; '' when nothing is left. */
function textFrom(tokens, at) {
    const first = tokens.list[skipSeparators(tokens, at)];
    const last = tokens.list[tokens.list.length - 1];
    if (!first || !last)
        return '';
    return tokens.text.slice(first.start, last.end).trim();
}
//# sourceMappingURL=command-tokens.js.map