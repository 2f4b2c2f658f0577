"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.matchByEmail = matchByEmail;
exports.linkConversationMembers = linkConversationMembers;
const conversation_members_1 = require("./conversation-members");
/** Roster members (any cell) with this email. */
function matchByEmail(db, email) {
    const forms = [...new Set([(0, conversation_members_1.normalizeEmail)(email), email.trim()])];
    return db.prisma.member.findMany({ where: { email: { in: forms } }, orderBy: { createdAt: 'asc' } });
}
/** Links the conversation's accounts to this cell's roster where they match (one transaction). */
async function linkConversationMembers(db, platform, cell, members) {
    const ids = members.map((m) => m.platformUserId);
    const accounts = await db.prisma.channelAccount.findMany({ where: { platform, platformUserId: { in: ids } }, include: { member: { select: { cellId: true } } } });
    const linked = new Map(accounts.map((a) => [a.platformUserId, a.member.cellId]));
    const unlinkedByEmail = await unlinkedMembersByEmail(db, platform, cell.id);
    const toCreate = [];
    const unmatched = [];
    let alreadyLinked = 0;
    let elsewhere = 0;
    for (const account of members) {
        const cellId = linked.get(account.platformUserId);
        if (cellId !== undefined) {
            if (cellId === cell.id)
                alreadyLinked += 1;
            else
                elsewhere += 1;
            continue;
        }
        const member = account.email ? unlinkedByEmail.get(account.email) : undefined;
        if (member === undefined) {
            unmatched.push(account);
            continue;
        }
        unlinkedByEmail.delete(account.email ?? '');
        toCreate.push({ platform, platformUserId: account.platformUserId, memberId: member.id, displayName: account.name });
    }
    if (toCreate.length > 0)
        await db.prisma.channelAccount.createMany({ data: toCreate });
    return { inConversation: members.length, alreadyLinked, linkedByEmail: toCreate.length, elsewhere, unmatched };
}
/** This cell's members with an email and no account on the platform, by normalised email (first one wins). */
async function unlinkedMembersByEmail(db, platform, cellId) {
    const members = await db.prisma.member.findMany({
        where: { cellId, email: { not: null }, accounts: { none: { platform } } },
        orderBy: { createdAt: 'asc' },
    });
    const byEmail = new Map();
    for (const member of members) {
        const key = (0, conversation_members_1.normalizeEmail)(member.email ?? '');
        if (key !== '' && !byEmail.has(key))
            byEmail.set(key, member);
    }
    return byEmail;
}
//# sourceMappingURL=match-members.js.map