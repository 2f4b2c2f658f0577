"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sendReplies = sendReplies;
const transport_1 = require("./transport");
const card_render_1 = require("./card-render");
const teams_store_1 = require("./teams-store");
/** Posts the replies in order; returns the activity ids Teams gave them. */
async function sendReplies(db, context, conversationId, replies) {
    const ids = [];
    for (const reply of replies) {
        const payload = await (0, card_render_1.replyPayload)(db, conversationId, reply);
        const sent = await context.sendActivity((0, transport_1.activityOf)(payload));
        const id = sent?.id;
        if (!id)
            continue;
        ids.push(id);
        // Recorded against the exact conversation (thread) the card went to: updates address that message.
        if (reply.kind === 'card' && reply.cardKey !== undefined)
            await (0, teams_store_1.recordCardMessage)(db, context.activity.conversation.id, reply.cardKey, id);
    }
    return ids;
}
//# sourceMappingURL=direct-replies.js.map