"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.renderTurnResult = renderTurnResult;
/**
 * The playground's outbound side: a TurnResult becomes JSON the page renders,
 * with every card view rendered to Adaptive Card 1.5 by the shared renderer
 * (the same JSON Teams receives).
 */
const render_1 = require("../../cards/render");
function renderTurnResult(result) {
    return {
        replies: result.replies.map(renderReply),
        ...(result.updatedCard === undefined ? {} : { updatedCard: (0, render_1.renderCard)(result.updatedCard) }),
        refreshes: result.refreshes.map((refresh) => ({ cardKey: refresh.cardKey, card: (0, render_1.renderCard)(refresh.view) })),
        ...(result.error === undefined ? {} : { error: result.error }),
    };
}
function renderReply(reply) {
    if (reply.kind === 'text')
        return { kind: 'text', text: reply.text };
    return { kind: 'card', card: (0, render_1.renderCard)(reply.view), ...(reply.cardKey === undefined ? {} : { cardKey: reply.cardKey }) };
}
//# sourceMappingURL=responses.js.map