"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderForConversation = renderForConversation;
exports.replyPayload = replyPayload;
const cards_1 = require("./cards");
const teams_store_1 = require("./teams-store");
/** The view as a Teams card; shared cards carry the refresh block with the cell's members. */
async function renderForConversation(db, request) {
    const { cardKey, banner } = request;
    if (cardKey === undefined || !(0, cards_1.isPersonalCardKey)(cardKey))
        return (0, cards_1.teamsCard)(request.view, banner ? { banner } : {});
    const cellId = await (0, teams_store_1.cellOfConversation)(db, request.conversationId);
    const userIds = cellId === null ? [] : await (0, teams_store_1.refreshUserIds)(db, cellId, cardKey);
    return (0, cards_1.teamsCard)(request.view, { cardKey, refreshUserIds: userIds, ...(banner ? { banner } : {}) });
}
/** A reply as an outbox payload for this conversation. */
async function replyPayload(db, conversationId, reply) {
    if (reply.kind === 'text')
        return { kind: 'text', text: reply.text };
    const card = await renderForConversation(db, { conversationId, view: reply.view, cardKey: reply.cardKey });
    const fallbackText = (0, cards_1.fallbackTextOf)(reply.view);
    return fallbackText ? { kind: 'card', card, fallbackText } : { kind: 'card', card };
}
//# sourceMappingURL=card-render.js.map