"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createPlaygroundRenderer = void 0;
exports.createDelivery = createDelivery;
const enqueue_1 = require("../outbox/enqueue");
var playground_renderer_1 = require("./playground-renderer");
Object.defineProperty(exports, "createPlaygroundRenderer", { enumerable: true, get: function () { return playground_renderer_1.createPlaygroundRenderer; } });
const KEY_CHUNK = 500;
/** The dedupe keys among `keys` already in the outbox (read in chunks so a 10 000-row fan-out stays one query per 500). */
async function existingKeys(db, keys) {
    const found = new Set();
    for (let i = 0; i < keys.length; i += KEY_CHUNK) {
        const rows = await db.prisma.outboxMessage.findMany({ where: { dedupeKey: { in: keys.slice(i, i + KEY_CHUNK) } }, select: { dedupeKey: true } });
        for (const row of rows)
            found.add(row.dedupeKey);
    }
    return found;
}
function createDelivery(deps) {
    const renderers = new Map(deps.renderers.map((r) => [r.platform, r]));
    const platforms = [...renderers.keys()];
    const send = async (targets, viewOf) => {
        const already = await existingKeys(deps.db, targets.map((t) => t.dedupeKey));
        let queued = 0;
        for (const target of targets) {
            if (already.has(target.dedupeKey))
                continue;
            const renderer = renderers.get(target.recipient.platform);
            if (renderer === undefined)
                continue;
            const payload = await renderer.render(await viewOf(target), target.recipient);
            const result = await (0, enqueue_1.enqueue)(deps.db, { dedupeKey: target.dedupeKey, platform: target.recipient.platform, recipient: target.recipient.address, payload, now: deps.clock.now() });
            if (result.created)
                queued += 1;
        }
        if (queued > 0)
            deps.notify?.();
        return { queued, existing: targets.length - queued };
    };
    return {
        async toCell(cellId, view, purpose, occurrence) {
            const conversations = await deps.db.prisma.conversation.findMany({
                where: { cellId, platform: { in: platforms } },
                select: { platform: true, conversationId: true },
                orderBy: { createdAt: 'asc' },
            });
            const targets = conversations.map((c) => ({
                recipient: { platform: c.platform, address: c.conversationId, kind: 'conversation' },
                dedupeKey: (0, enqueue_1.outboxKey)(purpose, `${c.platform}:${c.conversationId}`, occurrence),
            }));
            return { ...(await send(targets, () => view)), unreachable: [] };
        },
        async toMembers(cellId, memberIds, viewFor, purpose, occurrence) {
            const accounts = await deps.db.prisma.channelAccount.findMany({
                where: { memberId: { in: [...memberIds] }, platform: { in: platforms }, member: { cellId } },
                select: { platform: true, platformUserId: true, memberId: true },
                orderBy: [{ memberId: 'asc' }, { platform: 'asc' }],
            });
            const reached = new Set(accounts.map((a) => a.memberId));
            const targets = accounts.map((a) => ({
                recipient: { platform: a.platform, address: a.platformUserId, kind: 'member', memberId: a.memberId },
                dedupeKey: (0, enqueue_1.outboxKey)(purpose, `${a.platform}:${a.platformUserId}`, occurrence),
            }));
            const result = await send(targets, (t) => viewFor(t.recipient.memberId ?? ''));
            return { ...result, unreachable: memberIds.filter((id) => !reached.has(id)) };
        },
    };
}
//# sourceMappingURL=index.js.map