"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createTurnLogic = createTurnLogic;
/**
 * One Teams request, after authentication: map the activity to a turn, let the
 * bot core handle it, then answer — an invoke with the card this member
 * should now see (well inside Teams' 5 s), a message with replies posted in
 * the turn — and queue shared-card updates through the outbox.
 */
const botbuilder_1 = require("botbuilder");
const errors_1 = require("../../core/errors");
const setup_1 = require("../../features/setup");
const activity_1 = require("./activity");
const cards_1 = require("./cards");
const card_render_1 = require("./card-render");
const direct_replies_1 = require("./direct-replies");
const invoke_answer_1 = require("./invoke-answer");
const teams_store_1 = require("./teams-store");
async function answerInvoke(context, answer) {
    await context.sendActivity({ type: botbuilder_1.ActivityTypes.InvokeResponse, value: { status: 200, body: answer } });
}
/** Card data never carries the member list from a card: only the channel puts it there, for the setup verbs. */
async function withChannelData(deps, context, event) {
    if (event.kind !== 'card.action')
        return event;
    const { [setup_1.CONVERSATION_MEMBERS_KEY]: _forged, ...data } = event.data;
    if (!(0, setup_1.needsConversationMembers)(event.verb))
        return { ...event, data };
    return { ...event, data: { ...data, [setup_1.CONVERSATION_MEMBERS_KEY]: await deps.fetchMembers(context) } };
}
/** Keeps the proactive-send reference current on the turns that may bind or move a conversation. */
function refreshesReference(event) {
    return event.kind !== 'card.action' || event.verb.startsWith('setup.');
}
async function runTurn(deps, scope, context, event, via) {
    const activity = context.activity;
    const turn = {
        event: await withChannelData(deps, context, event),
        actor: (0, activity_1.actorOf)(activity),
        conversation: (0, activity_1.addressOf)(activity),
        locale: (0, activity_1.localeOf)(activity),
        receivedAt: deps.clock.now(),
        requestId: scope.requestId,
    };
    const result = await deps.bot.handle(turn);
    if (via === 'invoke' && turn.event.kind === 'card.action') {
        const ctx = { db: deps.db, bot: deps.bot, actor: turn.actor, locale: turn.locale, conversationId: turn.conversation.conversationId };
        await answerInvoke(context, await (0, invoke_answer_1.invokeAnswer)(ctx, result, turn.event.verb, turn.event.data));
    }
    // Before anything is queued: the outbox sends with this reference.
    if (refreshesReference(turn.event))
        await (0, teams_store_1.saveConversationReference)(deps.db, activity);
    await deliver(deps, context, turn, result, via);
    await deps.outbox.queueRefreshes(result.refreshes);
}
async function deliver(deps, context, turn, result, via) {
    const conversationId = turn.conversation.conversationId;
    if (via !== 'invoke') {
        await (0, direct_replies_1.sendReplies)(deps.db, context, conversationId, result.replies);
        return;
    }
    // A refusal was shown to the member who pressed; the conversation does not see it.
    if (result.error)
        return;
    await deps.outbox.queueReplies(context.activity.conversation.id, context.activity.id ?? turn.requestId, result.replies);
}
/** Universal Actions refresh: the shared card as this member sees it (their own choice marked). */
async function answerRefresh(deps, context, cardKey) {
    const activity = context.activity;
    const locale = (0, activity_1.localeOf)(activity);
    try {
        const view = await deps.bot.viewCard(cardKey, (0, activity_1.actorOf)(activity), locale);
        const card = await (0, card_render_1.renderForConversation)(deps.db, { conversationId: (0, activity_1.addressOf)(activity).conversationId, view, cardKey });
        await answerInvoke(context, (0, cards_1.cardInvokeResponse)(card));
    }
    catch (error) {
        if (!(0, errors_1.isDomainError)(error))
            throw error;
        // Teams keeps the card as it was for someone who may not see their own view of it.
        await answerInvoke(context, (0, cards_1.errorInvokeResponse)(403, error.code, error.userMessage(locale)));
    }
}
function apology(locale, requestId) {
    return locale === 'vi'
        ? `Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý yêu cầu. Đề nghị thử lại sau (mã: ${requestId}).`
        : `Sorry, something went wrong while handling your request. Please try again later (ref: ${requestId}).`;
}
/** The turn logic for one request. */
function createTurnLogic(deps, scope) {
    return async (context) => {
        const inbound = (0, activity_1.mapActivity)(context.activity);
        try {
            switch (inbound.kind) {
                case 'turn':
                    return await runTurn(deps, scope, context, inbound.event, inbound.via);
                case 'refresh':
                    return await answerRefresh(deps, context, inbound.cardKey);
                case 'unknown-action':
                    scope.logger.warn({ verb: inbound.verb }, 'teams: unknown card verb');
                    return await answerInvoke(context, (0, cards_1.errorInvokeResponse)(400, 'action.unknown', (0, activity_1.localeOf)(context.activity) === 'vi' ? 'Thao tác không được hỗ trợ.' : 'Unsupported action.'));
                case 'ignore':
                    scope.logger.debug({ reason: inbound.reason }, 'teams: activity ignored');
                    return;
            }
        }
        catch (error) {
            scope.logger.error({ err: error, activityType: context.activity.type }, 'teams: turn failed');
            if (context.activity.type === botbuilder_1.ActivityTypes.Invoke && !context.responded) {
                await answerInvoke(context, (0, cards_1.errorInvokeResponse)(500, 'internal', apology((0, activity_1.localeOf)(context.activity), scope.requestId)));
            }
        }
    };
}
//# sourceMappingURL=turn-handler.js.map