"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createBot = createBot;
exports.newRequestId = newRequestId;
/**
 * The bot core: authenticate → resolve cell → route → answer. Every channel
 * (Teams, Zalo, the playground) calls this one object.
 */
const node_crypto_1 = require("node:crypto");
const errors_1 = require("../core/errors");
const rollcall_view_1 = require("./attendance/rollcall-view");
const meeting_queries_1 = require("./meetings/meeting-queries");
const notice_view_1 = require("./notices/notice-view");
const router_1 = require("./router");
const card_keys_1 = require("./shared/card-keys");
const resolve_1 = require("./shared/resolve");
const results_1 = require("./shared/results");
const load_summary_1 = require("./summaries/load-summary");
const summary_view_1 = require("./summaries/summary-view");
const motion_queries_1 = require("./votes/motion-queries");
const vote_view_1 = require("./votes/vote-view");
function refusal(error, locale) {
    const message = error.userMessage(locale);
    return { replies: [{ kind: 'card', view: (0, results_1.messageView)(locale, 'warning', message) }], refreshes: [], error: { code: error.code, message } };
}
function failure(locale, requestId) {
    const message = locale === 'vi'
        ? `Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý yêu cầu. Đề nghị thử lại sau (mã: ${requestId}).`
        : `Sorry, something went wrong while handling your request. Please try again later (ref: ${requestId}).`;
    return { replies: [{ kind: 'card', view: (0, results_1.messageView)(locale, 'error', message) }], refreshes: [], error: { code: 'internal', message } };
}
async function handleTurn(deps, turn) {
    const logger = deps.logger.child({ requestId: turn.requestId, platform: turn.actor.platform });
    try {
        const resolved = await (0, resolve_1.resolveTurn)(deps.db, turn.actor, turn.conversation);
        const ctx = { ...deps, logger, turn, ...resolved };
        return await (0, router_1.route)(ctx);
    }
    catch (error) {
        if ((0, errors_1.isDomainError)(error)) {
            logger.info({ code: error.code, detail: error.detail }, 'turn refused');
            return refusal(error, turn.locale);
        }
        logger.error({ err: error }, 'turn failed');
        return failure(turn.locale, turn.requestId);
    }
}
async function viewerMember(deps, viewer) {
    const address = { platform: viewer.platform, conversationId: `viewer:${viewer.platformUserId}`, personal: true };
    return (await (0, resolve_1.resolveTurn)(deps.db, viewer, address)).member;
}
/** Renders a shared card for one member of the card's cell; anyone else is refused. */
async function viewCard(deps, key, viewer, locale) {
    const parsed = (0, card_keys_1.parseCardKey)(key);
    if (!parsed)
        throw new errors_1.DomainError('input.invalid', 'cardKey');
    const member = await viewerMember(deps, viewer);
    if (!member)
        throw new errors_1.DomainError('member.unknown');
    const services = { ...deps, turn: { locale } };
    switch (parsed.kind) {
        case 'notice':
            return (0, notice_view_1.noticeViewFor)(services, await (0, meeting_queries_1.requireMeetingOfCell)(deps.db, member.cellId, parsed.id), member);
        case 'rollcall':
            return (0, rollcall_view_1.rollCallViewFor)(deps, await (0, meeting_queries_1.requireMeetingOfCell)(deps.db, member.cellId, parsed.id), member, locale);
        case 'vote':
            return (0, vote_view_1.voteViewFor)(deps, await (0, motion_queries_1.requireMotionOfCell)(deps.db, member.cellId, parsed.id), member, locale);
        case 'summary': {
            const meeting = await (0, meeting_queries_1.requireMeetingOfCell)(deps.db, member.cellId, parsed.id);
            return (0, summary_view_1.summaryView)(await (0, load_summary_1.loadMeetingSummary)(deps.db, meeting.id, locale), locale);
        }
    }
}
function createBot(deps) {
    return {
        handle: (turn) => handleTurn(deps, turn),
        viewCard: (key, viewer, locale) => viewCard(deps, key, viewer, locale),
    };
}
/** A correlation id for channels that have none of their own. */
function newRequestId() {
    return (0, node_crypto_1.randomUUID)();
}
//# sourceMappingURL=bot.js.map