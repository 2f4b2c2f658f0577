"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.UNNAMED_CELL = void 0;
exports.startSetup = startSetup;
/**
 * "Thiết lập chi bộ" on the welcome card. In a conversation not bound to a
 * cell, the member who presses it becomes the secretary: either the committee
 * member a roster imported earlier names (matched by their chat account or
 * email), whose cell is then bound here, or — with no roster yet — a new cell
 * with them as its secretary. In a bound conversation only the committee may
 * reopen the form.
 */
const errors_1 = require("../../core/errors");
const statuses_1 = require("../../core/statuses");
const mappers_1 = require("../../store/mappers");
const errors_2 = require("../../store/errors");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const conversation_members_1 = require("./conversation-members");
const match_members_1 = require("./match-members");
const setup_form_1 = require("./setup-form");
/** The name a cell carries until the setup form is saved. */
exports.UNNAMED_CELL = '(Chi bộ chưa đặt tên)';
async function startSetup(ctx, data) {
    if (ctx.cell) {
        (0, context_1.requireCommittee)(ctx);
        return (0, results_1.updateWith)((0, setup_form_1.setupFormView)(ctx.cell, ctx.turn.locale), []);
    }
    if (ctx.turn.conversation.personal)
        throw new errors_1.DomainError('cell.unknown');
    const self = selfOf(ctx, data);
    const known = await findKnownMember(ctx, self);
    if (known && !(0, statuses_1.isCommittee)((0, mappers_1.toMemberRole)(known.role)))
        throw new errors_1.DomainError('role.secretary_only');
    const { cell, member, created } = await bindConversation(ctx, self, known);
    const logger = ctx.logger.child({ cellId: cell.id, memberId: member.id });
    logger.info({ created }, created ? 'setup: new cell created' : 'setup: conversation bound to an imported cell');
    return (0, results_1.updateWith)((0, setup_form_1.setupFormView)(cell, ctx.turn.locale), [], [announcement(ctx, member, created)]);
}
/** The presser as the conversation's member list shows them (name, email), or as the channel named them. */
function selfOf(ctx, data) {
    const actor = ctx.turn.actor;
    const listed = (0, conversation_members_1.findSelf)((0, conversation_members_1.conversationMembersOf)(actor.platform, data), actor.platformUserId);
    if (listed)
        return listed;
    const name = actor.displayName ?? (ctx.turn.locale === 'vi' ? 'Bí thư chi bộ' : 'Cell secretary');
    return actor.email ? { platformUserId: actor.platformUserId, name, email: actor.email } : { platformUserId: actor.platformUserId, name };
}
/** A roster member this account already belongs to, by linked account first, then by email. */
async function findKnownMember(ctx, self) {
    const account = await ctx.db.prisma.channelAccount.findUnique({
        where: { platform_platformUserId: { platform: ctx.turn.actor.platform, platformUserId: self.platformUserId } },
        include: { member: true },
    });
    if (account)
        return account.member;
    if (!self.email)
        return null;
    const candidates = await (0, match_members_1.matchByEmail)(ctx.db, self.email);
    // Several cells may list the same address: prefer one where they sit on the committee.
    return candidates.find((m) => (0, statuses_1.isCommittee)((0, mappers_1.toMemberRole)(m.role))) ?? candidates[0] ?? null;
}
async function bindConversation(ctx, self, known) {
    try {
        return await ctx.db.prisma.$transaction(async (tx) => {
            const binding = known ? await adoptKnown(tx, known) : await createCell(tx, ctx, self);
            await linkAccount(tx, ctx, binding.member, self);
            await tx.conversation.create({
                data: { platform: ctx.turn.conversation.platform, conversationId: ctx.turn.conversation.conversationId, cellId: binding.cell.id },
            });
            await tx.auditEvent.create({
                data: { cellId: binding.cell.id, actorMemberId: binding.member.id, type: 'cell.bound', subjectId: ctx.turn.conversation.conversationId, data: JSON.stringify({ created: binding.created }) },
            });
            return binding;
        });
    }
    catch (error) {
        // Two members pressed at once: the other press bound the conversation first.
        if ((0, errors_2.isUniqueViolation)(error))
            throw new errors_1.DomainError('role.secretary_only');
        throw error;
    }
}
async function adoptKnown(tx, known) {
    const cell = await tx.cell.findUniqueOrThrow({ where: { id: known.cellId } });
    return { cell, member: known, created: false };
}
async function createCell(tx, ctx, self) {
    const cell = await tx.cell.create({ data: { name: exports.UNNAMED_CELL, locale: ctx.turn.locale } });
    const member = await tx.member.create({
        data: { cellId: cell.id, fullName: self.name.trim() || exports.UNNAMED_CELL, status: 'official', role: 'secretary', email: self.email ?? null },
    });
    return { cell, member, created: true };
}
async function linkAccount(tx, ctx, member, self) {
    const platform = ctx.turn.actor.platform;
    const where = { platform_platformUserId: { platform, platformUserId: self.platformUserId } };
    if (await tx.channelAccount.findUnique({ where }))
        return;
    await tx.channelAccount.create({ data: { platform, platformUserId: self.platformUserId, memberId: member.id, displayName: self.name } });
}
function announcement(ctx, member, created) {
    const vi = ctx.turn.locale === 'vi';
    const text = created
        ? vi
            ? `Đồng chí ${member.fullName} đã thiết lập chi bộ cho cuộc trò chuyện này với vai trò Bí thư.`
            : `${member.fullName} set up the cell for this conversation as its secretary.`
        : vi
            ? `Đồng chí ${member.fullName} đã gắn cuộc trò chuyện này với danh sách đảng viên của chi bộ.`
            : `${member.fullName} bound this conversation to the cell's roster.`;
    return { kind: 'text', text };
}
//# sourceMappingURL=start-setup.js.map