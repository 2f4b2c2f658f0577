"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTeamsOutbox = createTeamsOutbox;
const coalescer_1 = require("../../outbox/coalescer");
const enqueue_1 = require("../../outbox/enqueue");
const cards_1 = require("./cards");
const card_render_1 = require("./card-render");
const teams_store_1 = require("./teams-store");
/** The coalescer's refusal when a card already has several update windows in flight. */
function isBacklogged(error) {
    return error instanceof Error && error.message.includes('windows in flight');
}
function createTeamsOutbox(deps) {
    const queueReplies = async (conversationId, occurrence, replies) => {
        for (const [index, reply] of replies.entries()) {
            const payload = await (0, card_render_1.replyPayload)(deps.db, conversationId, reply);
            await (0, enqueue_1.enqueue)(deps.db, { dedupeKey: (0, enqueue_1.outboxKey)('teams.reply', conversationId, `${occurrence}#${index}`), platform: 'teams', recipient: conversationId, payload, now: deps.clock.now() });
        }
        if (replies.length > 0)
            deps.notify();
    };
    const queueRefresh = async (refresh) => {
        const messages = await (0, teams_store_1.findCardMessages)(deps.db, refresh.cardKey);
        for (const message of messages) {
            const card = await (0, card_render_1.renderForConversation)(deps.db, { conversationId: message.conversationId, view: refresh.view, cardKey: refresh.cardKey });
            const fallbackText = (0, cards_1.fallbackTextOf)(refresh.view);
            const input = { cardKey: refresh.cardKey, platform: 'teams', recipient: message.conversationId, platformMessageId: message.platformMessageId };
            try {
                await (0, coalescer_1.enqueueCardUpdate)(deps.db, { ...input, payload: fallbackText ? { kind: 'card', card, fallbackText } : { kind: 'card', card } }, deps.clock.now());
            }
            catch (error) {
                if (!isBacklogged(error))
                    throw error;
                // The card's updates are backed up several windows deep: a later change refreshes it again.
                deps.logger.warn({ err: error, cardKey: refresh.cardKey }, 'teams: card update not queued');
            }
        }
        return messages.length;
    };
    return {
        queueReplies,
        async queueRefreshes(refreshes) {
            let queued = 0;
            for (const refresh of refreshes)
                queued += await queueRefresh(refresh);
            if (queued > 0)
                deps.notify();
        },
    };
}
//# sourceMappingURL=outbox-queue.js.map