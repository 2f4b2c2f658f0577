"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZALO_MAX_BUTTONS = exports.ZALO_TEXT_LIMIT = void 0;
exports.outgoingOf = outgoingOf;
exports.addressId = addressId;
exports.splitText = splitText;
exports.ZALO_TEXT_LIMIT = 2000;
/** Consultation messages take 5 buttons, transaction templates 4. */
exports.ZALO_MAX_BUTTONS = 5;
/** Reads a stored payload back; TextPayloads (from other senders) become one text, to a group when addressed `group:<id>`. */
function outgoingOf(recipient, payload) {
    if (payload.kind === 'card' && isOutgoing(payload.card))
        return payload.card;
    const text = payload.kind === 'text' ? payload.text : (payload.fallbackText ?? '');
    return { zalo: 1, target: recipient.startsWith('group:') ? 'group' : 'user', title: '', texts: splitText(text), buttons: [] };
}
function isOutgoing(value) {
    const candidate = value;
    return candidate.zalo === 1 && Array.isArray(candidate.texts) && Array.isArray(candidate.buttons);
}
/** The platform id of a recipient address (`group:<id>` or a bare id). */
function addressId(recipient) {
    return recipient.startsWith('group:') ? recipient.slice('group:'.length) : recipient;
}
/** Splits text into parts of at most `max` characters, at paragraph, then line, then word boundaries. */
function splitText(text, max = exports.ZALO_TEXT_LIMIT) {
    const parts = [];
    let rest = text.trim();
    while (rest.length > max) {
        const window = rest.slice(0, max + 1);
        const cut = [window.lastIndexOf('\n\n'), window.lastIndexOf('\n'), window.lastIndexOf(' ')].find((at) => at > max / 2) ?? max;
        parts.push(rest.slice(0, cut).trimEnd());
        rest = rest.slice(cut).trimStart();
    }
    if (rest.length > 0)
        parts.push(rest);
    return parts.length > 0 ? parts : [''];
}
//# sourceMappingURL=message.js.map