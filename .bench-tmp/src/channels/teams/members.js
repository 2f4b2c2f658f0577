"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toConversationMember = toConversationMember;
exports.fetchConversationMembers = fetchConversationMembers;
/**
 * The conversation's members from Teams (the paged members API: the team's
 * members in a channel, the chat's in a group chat), as the plain data the
 * setup feature takes.
 */
const botbuilder_1 = require("botbuilder");
const PAGE_SIZE = 500;
/** 20 pages = 10,000 accounts: far above any cell, and a bound on the time spent inside an invoke. */
const MAX_PAGES = 20;
/** One Teams account as the setup feature sees it; null for accounts without an id (bots, guests in some tenants). */
function toConversationMember(account) {
    const withObjectId = account;
    const id = account.aadObjectId || withObjectId.objectId || '';
    if (id === '')
        return null;
    const email = account.email || account.userPrincipalName || '';
    const name = (account.name || account.givenName || email || id).slice(0, 200);
    return email ? { platformUserId: id, name, email: email.slice(0, 320) } : { platformUserId: id, name };
}
/** Every member of the turn's conversation, page by page. */
async function fetchConversationMembers(context) {
    const members = [];
    let token;
    for (let page = 0; page < MAX_PAGES; page += 1) {
        const result = await botbuilder_1.TeamsInfo.getPagedMembers(context, PAGE_SIZE, token);
        for (const account of result.members ?? []) {
            const member = toConversationMember(account);
            if (member)
                members.push(member);
        }
        token = result.continuationToken || undefined;
        if (token === undefined)
            break;
    }
    return members;
}
//# sourceMappingURL=members.js.map