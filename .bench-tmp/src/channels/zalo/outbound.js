"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recipientOf = void 0;
exports.createZaloOutbound = createZaloOutbound;
const enqueue_1 = require("../../outbox/enqueue");
const message_1 = require("./message");
const render_1 = require("./render");
const recipientOf = (address) => (address.kind === 'user' ? address.userId : `group:${address.groupId}`);
exports.recipientOf = recipientOf;
function renderItem(deps, address, item) {
    if (typeof item === 'string')
        return { zalo: 1, target: address.kind, title: '', texts: (0, message_1.splitText)(item), buttons: [] };
    return address.kind === 'user' ? (0, render_1.renderForMember)(deps.render, item, address.memberId) : (0, render_1.renderForGroup)(item);
}
function createZaloOutbound(deps) {
    const put = async (dedupeKey, recipient, message) => (await (0, enqueue_1.enqueue)(deps.db, { dedupeKey, platform: 'zalo', recipient, payload: (0, render_1.payloadOf)(message), now: deps.clock.now() })).created;
    const toThread = async (address, occurrence, items) => {
        const recipient = (0, exports.recipientOf)(address);
        for (const [index, item] of items.entries())
            await put((0, enqueue_1.outboxKey)('zalo.reply', recipient, `${occurrence}#${index}`), recipient, renderItem(deps, address, item));
        if (items.length > 0)
            deps.notify();
    };
    const announce = async (cellId, cardKey, locale) => {
        const [accounts, groups] = await Promise.all([
            deps.db.prisma.channelAccount.findMany({ where: { platform: 'zalo', member: { cellId } }, select: { platformUserId: true, memberId: true } }),
            deps.db.prisma.conversation.findMany({ where: { platform: 'zalo', cellId }, select: { conversationId: true } }),
        ]);
        let queued = 0;
        for (const account of accounts) {
            const view = await deps.bot.viewCard(cardKey, { platform: 'zalo', platformUserId: account.platformUserId }, locale);
            const message = (0, render_1.renderForMember)(deps.render, view, account.memberId);
            if (await put((0, enqueue_1.outboxKey)('zalo.card', account.platformUserId, cardKey), account.platformUserId, message))
                queued += 1;
        }
        if (groups.length > 0 && accounts[0] !== undefined) {
            // The group's text is the shared view; any linked member of the cell may render it.
            const shared = await deps.bot.viewCard(cardKey, { platform: 'zalo', platformUserId: accounts[0].platformUserId }, locale);
            for (const group of groups)
                if (await put((0, enqueue_1.outboxKey)('zalo.card', `group:${group.conversationId}`, cardKey), `group:${group.conversationId}`, (0, render_1.renderForGroup)(stripViewer(shared))))
                    queued += 1;
        }
        if (queued > 0)
            deps.notify();
        deps.logger.info({ cellId, cardKey, members: accounts.length, groups: groups.length, queued }, 'zalo: shared card announced');
        return queued;
    };
    return { toThread, announce };
}
/** The group sees the card as everyone does: without one member's own answer. */
function stripViewer(view) {
    switch (view.type) {
        case 'notice': {
            const { myAnswer: _own, ...shared } = view;
            return shared;
        }
        case 'vote': {
            // canVote: the group is asked as a whole; the core refuses members who may not vote.
            const { myChoice: _own, ...shared } = view;
            return { ...shared, canVote: true };
        }
        case 'rollcall': {
            const { myPresence: _own, ...shared } = view;
            return shared;
        }
        default:
            return view;
    }
}
//# sourceMappingURL=outbound.js.map