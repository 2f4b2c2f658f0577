"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONVERSATION_MEMBERS_KEY = void 0;
exports.conversationMembersOf = conversationMembersOf;
exports.needsConversationMembers = needsConversationMembers;
exports.normalizeEmail = normalizeEmail;
exports.findSelf = findSelf;
exports.requireSelf = requireSelf;
/**
 * The members of the chat as the platform lists them (Teams: the paged members
 * API), handed to the setup feature as plain data under one key of the card
 * action's data. Only the channel writes that key: the Teams channel replaces
 * whatever a card sent there with what it fetched itself, and other platforms
 * get no list at all, so a forged card can never bind an account to a member.
 */
const zod_1 = require("zod");
const errors_1 = require("../../core/errors");
/** The key of the card action data under which the channel passes the list. */
exports.CONVERSATION_MEMBERS_KEY = 'conversationMembers';
/** Platforms whose channel supplies the list (others have no members API). */
const LISTING_PLATFORMS = ['teams'];
const memberSchema = zod_1.z.object({
    platformUserId: zod_1.z.string().min(1).max(128),
    name: zod_1.z.string().max(200),
    email: zod_1.z.string().max(320).optional(),
});
const listSchema = zod_1.z.array(memberSchema).max(10_000);
/** The list the channel put in `data`; empty on platforms without one. */
function conversationMembersOf(platform, data) {
    if (!LISTING_PLATFORMS.includes(platform))
        return [];
    const raw = typeof data === 'object' && data !== null ? data[exports.CONVERSATION_MEMBERS_KEY] : undefined;
    const parsed = listSchema.safeParse(raw);
    // The channel always supplies it on these platforms: a missing list is a channel bug, not user input.
    if (!parsed.success)
        throw new Error(`setup: ${platform} channel did not supply the conversation members`);
    return parsed.data.map((m) => (m.email ? { platformUserId: m.platformUserId, name: m.name, email: normalizeEmail(m.email) } : { platformUserId: m.platformUserId, name: m.name }));
}
/** Whether a verb's data must carry the conversation members (the Teams channel fetches them for these). */
function needsConversationMembers(verb) {
    return verb === 'setup.start' || verb === 'setup.roster' || verb === 'setup.roster.save';
}
function normalizeEmail(email) {
    return email.trim().toLowerCase();
}
/** The actor's own entry in the list, or null. */
function findSelf(members, platformUserId) {
    return members.find((m) => m.platformUserId === platformUserId) ?? null;
}
/** Refuses a list that does not hold the acting account (a stale or foreign list). */
function requireSelf(members, platformUserId) {
    const self = findSelf(members, platformUserId);
    if (!self)
        throw new errors_1.DomainError('member.unknown');
    return self;
}
//# sourceMappingURL=conversation-members.js.map