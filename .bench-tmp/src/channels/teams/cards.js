"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_REFRESH_USERS = void 0;
exports.cardKeyOfView = cardKeyOfView;
exports.isPersonalCardKey = isPersonalCardKey;
exports.teamsCard = teamsCard;
exports.fallbackTextOf = fallbackTextOf;
exports.cardAttachment = cardAttachment;
exports.cardInvokeResponse = cardInvokeResponse;
exports.messageInvokeResponse = messageInvokeResponse;
exports.errorInvokeResponse = errorInvokeResponse;
const render_1 = require("../../cards/render");
const card_keys_1 = require("../../features/shared/card-keys");
const activity_1 = require("./activity");
/** Teams auto-refreshes a card for at most 60 listed users. */
exports.MAX_REFRESH_USERS = 60;
/** The key of a shared card shown per member (vote, notice, roll call), or undefined for any other view. */
function cardKeyOfView(view) {
    switch (view.type) {
        case 'vote':
            return (0, card_keys_1.cardKey)('vote', view.motionId);
        case 'notice':
            return view.preview ? undefined : (0, card_keys_1.cardKey)('notice', view.meetingId);
        case 'rollcall':
            return (0, card_keys_1.cardKey)('rollcall', view.meetingId);
        default:
            return undefined;
    }
}
/** Cards that have a per-member view worth refreshing (summaries look the same for everyone). */
function isPersonalCardKey(key) {
    const kind = (0, card_keys_1.parseCardKey)(key)?.kind;
    return kind === 'vote' || kind === 'notice' || kind === 'rollcall';
}
function refreshBlock(key, userIds) {
    return {
        action: { type: 'Action.Execute', verb: activity_1.REFRESH_VERB, data: { cardKey: key } },
        userIds: userIds.slice(0, exports.MAX_REFRESH_USERS).map(String),
    };
}
function bannerBlock(text) {
    return {
        type: 'Container',
        style: 'attention',
        items: [{ type: 'TextBlock', text, wrap: true, weight: 'bolder', color: 'attention' }],
    };
}
/** Renders a view for Teams. */
function teamsCard(view, options = {}) {
    const card = (0, render_1.renderCard)(view);
    const body = options.banner ? [bannerBlock(options.banner), ...card.body] : card.body;
    const key = options.cardKey;
    if (key === undefined || !isPersonalCardKey(key))
        return { ...card, body };
    return { ...card, body, refresh: refreshBlock(key, options.refreshUserIds ?? []) };
}
/** The line notifications show for a card (Teams `summary`). */
function fallbackTextOf(view) {
    switch (view.type) {
        case 'message':
            return view.title ?? view.text.slice(0, 200);
        case 'vote':
            return view.title;
        case 'notice':
        case 'rollcall':
        case 'summary':
            return view.heading;
        default:
            return '';
    }
}
function cardAttachment(card) {
    return { contentType: render_1.ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}
/** The answer to `adaptiveCard/action`: the card this member should now see. */
function cardInvokeResponse(card) {
    return { statusCode: 200, type: render_1.ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}
/** A short confirmation instead of a card (the pressed card stays as it was). */
function messageInvokeResponse(text) {
    return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}
/** An error answer: Teams keeps the card as it was and shows the message. */
function errorInvokeResponse(statusCode, code, message) {
    return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}
//# sourceMappingURL=cards.js.map