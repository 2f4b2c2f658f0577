"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isPersonRecipient = isPersonRecipient;
exports.personalChatTarget = personalChatTarget;
/** Teams recipients that are a person (an AAD object id) rather than a conversation ("19:…", "a:…"). */
const AAD_OBJECT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
function isPersonRecipient(recipient) {
    return AAD_OBJECT_ID.test(recipient);
}
/** Where and how to open the member's personal chat; null when no conversation of their cell was set up. */
async function personalChatTarget(db, aadObjectId) {
    const account = await db.prisma.channelAccount.findUnique({
        where: { platform_platformUserId: { platform: 'teams', platformUserId: aadObjectId } },
        select: { member: { select: { cellId: true } } },
    });
    if (!account)
        return null;
    const conversation = await db.prisma.conversation.findFirst({ where: { platform: 'teams', cellId: account.member.cellId }, orderBy: { createdAt: 'asc' }, select: { reference: true } });
    if (!conversation)
        return null;
    const reference = JSON.parse(conversation.reference);
    const tenantId = reference.conversation?.tenantId;
    if (typeof reference.serviceUrl !== 'string' || typeof reference.bot?.id !== 'string' || typeof tenantId !== 'string')
        return null;
    const bot = { id: reference.bot.id, name: typeof reference.bot.name === 'string' ? reference.bot.name : '' };
    return {
        serviceUrl: reference.serviceUrl,
        parameters: { isGroup: false, bot, members: [{ id: aadObjectId, name: '' }], tenantId, channelData: { tenant: { id: tenantId } } },
    };
}
//# sourceMappingURL=personal-chat.js.map