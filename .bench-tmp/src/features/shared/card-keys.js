"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.cardKey = cardKey;
exports.parseCardKey = parseCardKey;
const KINDS = ['notice', 'rollcall', 'vote', 'summary'];
function cardKey(kind, id) {
    return `${kind}:${id}`;
}
/** Parses a card key; null for anything that is not one of ours. */
function parseCardKey(text) {
    const separator = text.indexOf(':');
    if (separator <= 0)
        return null;
    const kind = text.slice(0, separator);
    const id = text.slice(separator + 1);
    if (!KINDS.includes(kind) || !/^[\w-]{1,64}$/.test(id))
        return null;
    return { kind: kind, id };
}
//# sourceMappingURL=card-keys.js.map