"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseRosterEdits = parseRosterEdits;
exports.applyRosterEdits = applyRosterEdits;
/**
 * One saved page of the roster card: the inputs `status.<key>`, `role.<key>`
 * and `group.<key>` for members of this cell (key = member id) and for
 * conversation accounts to add (key = `new.<account id>`, added only when a
 * status is chosen and only if the channel listed the account).
 */
const zod_1 = require("zod");
const errors_1 = require("../../core/errors");
const statuses_1 = require("../../core/statuses");
const types_1 = require("../../core/types");
const mappers_1 = require("../../store/mappers");
/** At most this many entries per save (a page holds 15; anything far above is not our card). */
const MAX_EDITS = 100;
const INPUT = /^(status|role|group)\.([\w.@-]{1,140})$/;
const entrySchema = zod_1.z.object({
    status: zod_1.z.union([zod_1.z.enum(types_1.MEMBER_STATUSES), zod_1.z.literal('')]).optional(),
    role: zod_1.z.enum(types_1.MEMBER_ROLES).optional(),
    group: zod_1.z.string().trim().max(100).optional(),
});
/** Groups the card's inputs by entry key and validates them; a bad value refuses the whole save. */
function parseRosterEdits(data) {
    const record = typeof data === 'object' && data !== null ? data : {};
    const byKey = new Map();
    for (const [name, value] of Object.entries(record)) {
        const match = INPUT.exec(name);
        if (!match)
            continue;
        const [, field, key] = match;
        byKey.set(key, { ...byKey.get(key), [field]: value });
    }
    if (byKey.size > MAX_EDITS)
        throw new errors_1.DomainError('input.invalid', 'roster');
    return [...byKey].map(([key, fields]) => {
        const parsed = entrySchema.safeParse(fields);
        if (!parsed.success)
            throw new errors_1.DomainError('input.invalid', parsed.error.issues.map((i) => i.path.join('.')).join(', '));
        const { status, role, group } = parsed.data;
        return {
            key,
            ...(status === undefined ? {} : { status: status === '' ? null : status }),
            ...(role === undefined ? {} : { role }),
            ...(group === undefined ? {} : { partyGroup: group === '' ? null : group }),
        };
    });
}
/** Applies the edits in one transaction; the cell must keep at least one committee member. */
async function applyRosterEdits(ctx, cellId, actor, edits, accounts) {
    const platform = ctx.turn.actor.platform;
    return ctx.db.prisma.$transaction(async (tx) => {
        const updated = await updateMembers(tx, cellId, actor, edits.filter((e) => !e.key.startsWith('new.')));
        const added = await addAccounts(tx, { cellId, actor, platform, accounts }, edits.filter((e) => e.key.startsWith('new.') && e.status));
        const committee = (await tx.member.findMany({ where: { cellId }, select: { role: true } })).filter((m) => (0, statuses_1.isCommittee)((0, mappers_1.toMemberRole)(m.role)));
        if (committee.length === 0)
            throw new errors_1.DomainError('role.secretary_only', 'chi bộ cần ít nhất một đồng chí trong chi ủy');
        return { updated, added };
    });
}
async function updateMembers(tx, cellId, actor, edits) {
    if (edits.length === 0)
        return 0;
    const members = await tx.member.findMany({ where: { cellId, id: { in: edits.map((e) => e.key) } } });
    const byId = new Map(members.map((m) => [m.id, m]));
    let updated = 0;
    for (const edit of edits) {
        const member = byId.get(edit.key);
        // A key that is not a member of this cell is not from our card.
        if (!member)
            throw new errors_1.DomainError('input.invalid', 'roster');
        const next = { status: edit.status ?? member.status, role: edit.role ?? member.role, partyGroup: edit.partyGroup === undefined ? member.partyGroup : edit.partyGroup };
        if (next.status === member.status && next.role === member.role && next.partyGroup === member.partyGroup)
            continue;
        await tx.member.update({ where: { id: member.id }, data: next });
        const change = { from: { status: member.status, role: member.role, partyGroup: member.partyGroup }, to: next };
        await tx.auditEvent.create({ data: { cellId, actorMemberId: actor.id, type: 'member.updated', subjectId: member.id, data: JSON.stringify(change) } });
        updated += 1;
    }
    return updated;
}
async function addAccounts(tx, add, edits) {
    const listed = new Map(add.accounts.map((a) => [a.platformUserId, a]));
    let added = 0;
    for (const edit of edits) {
        const account = listed.get(edit.key.slice('new.'.length));
        if (!account || !edit.status)
            throw new errors_1.DomainError('input.invalid', 'roster');
        const where = { platform_platformUserId: { platform: add.platform, platformUserId: account.platformUserId } };
        // Linked meanwhile (another save, a sync by email): nothing to add.
        if (await tx.channelAccount.findUnique({ where }))
            continue;
        const member = await tx.member.create({
            data: { cellId: add.cellId, fullName: account.name, status: edit.status, role: edit.role ?? 'member', partyGroup: edit.partyGroup ?? null, email: account.email ?? null },
        });
        await tx.channelAccount.create({ data: { platform: add.platform, platformUserId: account.platformUserId, memberId: member.id, displayName: account.name } });
        await tx.auditEvent.create({ data: { cellId: add.cellId, actorMemberId: add.actor.id, type: 'member.added', subjectId: member.id, data: JSON.stringify({ status: edit.status, role: edit.role ?? 'member' }) } });
        added += 1;
    }
    return added;
}
//# sourceMappingURL=roster-edits.js.map