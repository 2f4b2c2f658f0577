"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.saveConversationReference = saveConversationReference;
exports.loadConversationReference = loadConversationReference;
exports.recordCardMessage = recordCardMessage;
exports.findCardMessages = findCardMessages;
exports.cellOfConversation = cellOfConversation;
exports.refreshUserIds = refreshUserIds;
/**
 * What the Teams channel keeps in the database: each bound conversation's
 * reference (for proactive sends), which message shows each shared card (to
 * update it), and which members' accounts a shared card refreshes for.
 */
const botbuilder_1 = require("botbuilder");
const card_keys_1 = require("../../features/shared/card-keys");
const activity_1 = require("./activity");
const cards_1 = require("./cards");
const PLATFORM = 'teams';
/** Stores the reference of a bound conversation (its channel, not a thread); false when the conversation is not bound. */
async function saveConversationReference(db, activity) {
    const reference = botbuilder_1.TurnContext.getConversationReference(activity);
    const conversationId = (0, activity_1.baseConversationId)(activity.conversation.id);
    const stored = {
        ...reference,
        conversation: { ...activity.conversation, id: conversationId },
    };
    // The activity id of the message that happened to carry it is no use for later sends.
    delete stored.activityId;
    const { count } = await db.prisma.conversation.updateMany({ where: { platform: PLATFORM, conversationId }, data: { reference: JSON.stringify(stored) } });
    return count > 0;
}
/** The stored reference of a conversation, or null when it is unknown or was never stored. */
async function loadConversationReference(db, conversationId) {
    const row = await db.prisma.conversation.findUnique({
        where: { platform_conversationId: { platform: PLATFORM, conversationId: (0, activity_1.baseConversationId)(conversationId) } },
        select: { reference: true },
    });
    if (!row)
        return null;
    const value = JSON.parse(row.reference);
    if (typeof value !== 'object' || value === null || typeof value.serviceUrl !== 'string')
        return null;
    return value;
}
/** Remembers which message shows a shared card in a conversation (the latest post wins). */
async function recordCardMessage(db, conversationId, cardKey, activityId) {
    await db.prisma.cardMessage.upsert({
        where: { platform_conversationId_cardKey: { platform: PLATFORM, conversationId, cardKey } },
        create: { platform: PLATFORM, conversationId, cardKey, platformMessageId: activityId },
        update: { platformMessageId: activityId },
    });
}
/** Every message showing this card (a cell may have bound a channel and a group chat). */
function findCardMessages(db, cardKey) {
    return db.prisma.cardMessage.findMany({ where: { platform: PLATFORM, cardKey }, select: { conversationId: true, platformMessageId: true } });
}
/** The cell a Teams conversation is bound to. */
async function cellOfConversation(db, conversationId) {
    const row = await db.prisma.conversation.findUnique({
        where: { platform_conversationId: { platform: PLATFORM, conversationId: (0, activity_1.baseConversationId)(conversationId) } },
        select: { cellId: true },
    });
    return row?.cellId ?? null;
}
/**
 * Up to 60 members' AAD ids a shared card auto-refreshes for. On a vote card
 * the official members (the voters) come first; the others can still refresh
 * it by hand.
 */
async function refreshUserIds(db, cellId, key) {
    const first = (0, card_keys_1.parseCardKey)(key)?.kind === 'vote' ? ['official'] : [];
    const pick = (where, take) => db.prisma.channelAccount.findMany({ where: { platform: PLATFORM, member: { cellId, ...where } }, select: { platformUserId: true }, orderBy: { createdAt: 'asc' }, take });
    const preferred = first.length > 0 ? await pick({ status: { in: first } }, cards_1.MAX_REFRESH_USERS) : [];
    const rest = preferred.length < cards_1.MAX_REFRESH_USERS ? await pick(first.length > 0 ? { status: { notIn: first } } : {}, cards_1.MAX_REFRESH_USERS - preferred.length) : [];
    return [...preferred, ...rest].map((account) => account.platformUserId);
}
//# sourceMappingURL=teams-store.js.map