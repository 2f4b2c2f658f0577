"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTeamsRenderer = createTeamsRenderer;
const cards_1 = require("./cards");
const card_render_1 = require("./card-render");
function createTeamsRenderer(db) {
    return {
        platform: 'teams',
        async render(view, recipient) {
            const card = recipient.kind === 'conversation'
                ? await (0, card_render_1.renderForConversation)(db, { conversationId: recipient.address, view, cardKey: (0, cards_1.cardKeyOfView)(view) })
                : (0, cards_1.teamsCard)(view);
            const fallbackText = (0, cards_1.fallbackTextOf)(view);
            return fallbackText ? { kind: 'card', card, fallbackText } : { kind: 'card', card };
        },
    };
}
//# sourceMappingURL=renderer.js.map