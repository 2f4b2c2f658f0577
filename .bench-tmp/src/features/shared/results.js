"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.messageView = messageView;
exports.cardReply = cardReply;
exports.replyWith = replyWith;
exports.updateWith = updateWith;
function messageView(locale, tone, text, title) {
    return title === undefined ? { type: 'message', locale, tone, text } : { type: 'message', locale, tone, text, title };
}
function cardReply(view) {
    return { kind: 'card', view };
}
function replyWith(...views) {
    return { replies: views.map(cardReply), refreshes: [] };
}
/** The answer to a card action: the card as this member now sees it, plus shared refreshes. */
function updateWith(updatedCard, refreshes, replies = []) {
    return { replies, updatedCard, refreshes };
}
//# sourceMappingURL=results.js.map