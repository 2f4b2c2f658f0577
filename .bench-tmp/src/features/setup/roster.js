"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.showSetupRoster = showSetupRoster;
exports.saveSetupRoster = saveSetupRoster;
/**
 * "Danh sách đảng viên" for the secretary: sync the roster with the
 * conversation's accounts (matching by account id or email), then show and
 * save the roster card page by page.
 */
const zod_1 = require("zod");
const context_1 = require("../shared/context");
const results_1 = require("../shared/results");
const conversation_members_1 = require("./conversation-members");
const match_members_1 = require("./match-members");
const roster_edits_1 = require("./roster-edits");
const roster_card_1 = require("./roster-card");
const pageSchema = zod_1.z.object({
    page: zod_1.z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
    goto: zod_1.z.coerce.number().int().min(1).max(10_000).optional().catch(undefined),
});
function pagesOf(data) {
    const parsed = pageSchema.parse(typeof data === 'object' && data !== null ? data : {});
    const page = parsed.page ?? 1;
    return { page, goto: parsed.goto ?? page };
}
async function sync(ctx, data) {
    const platform = ctx.turn.actor.platform;
    const accounts = (0, conversation_members_1.conversationMembersOf)(platform, data);
    if (platform === 'playground')
        return { report: null };
    return { report: await (0, match_members_1.linkConversationMembers)(ctx.db, platform, (0, context_1.requireCell)(ctx), accounts) };
}
/** Syncs with the conversation and shows one page of the roster card. */
async function showSetupRoster(ctx, data) {
    (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const { report } = await sync(ctx, data);
    const notes = report ? [(0, roster_card_1.linkReportLine)(report, ctx.turn.locale)] : [];
    const view = await (0, roster_card_1.rosterCardView)(ctx.db, { cell, platform: ctx.turn.actor.platform, unmatched: report?.unmatched ?? [], notes, page: pagesOf(data).page, locale: ctx.turn.locale });
    return (0, results_1.updateWith)(view, []);
}
function savedLine(outcome, locale) {
    return locale === 'vi'
        ? `Đã lưu: cập nhật ${outcome.updated} đồng chí, bổ sung ${outcome.added} đồng chí vào danh sách.`
        : `Saved: ${outcome.updated} members updated, ${outcome.added} added to the roster.`;
}
/** Saves one page of the roster card, then shows the page asked for (the same one, or the next). */
async function saveSetupRoster(ctx, data) {
    const actor = (0, context_1.requireCommittee)(ctx);
    const cell = (0, context_1.requireCell)(ctx);
    const edits = (0, roster_edits_1.parseRosterEdits)(data);
    const accounts = (0, conversation_members_1.conversationMembersOf)(ctx.turn.actor.platform, data);
    const outcome = await (0, roster_edits_1.applyRosterEdits)(ctx, cell.id, actor, edits, accounts);
    ctx.logger.info({ cellId: cell.id, ...outcome }, 'setup: roster page saved');
    const { report } = await sync(ctx, data);
    const notes = [savedLine(outcome, ctx.turn.locale), ...(report ? [(0, roster_card_1.linkReportLine)(report, ctx.turn.locale)] : [])];
    const view = await (0, roster_card_1.rosterCardView)(ctx.db, { cell, platform: ctx.turn.actor.platform, unmatched: report?.unmatched ?? [], notes, page: pagesOf(data).goto, locale: ctx.turn.locale });
    return (0, results_1.updateWith)(view, []);
}
//# sourceMappingURL=roster.js.map