"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.pressedCardKey = pressedCardKey;
exports.invokeAnswer = invokeAnswer;
const errors_1 = require("../../core/errors");
const card_keys_1 = require("../../features/shared/card-keys");
const cards_1 = require("./cards");
const card_render_1 = require("./card-render");
/** The shared card a verb was pressed on, from its own data (the ids it carries). */
function pressedCardKey(verb, data) {
    const record = typeof data === 'object' && data !== null ? data : {};
    const id = (name) => {
        const value = record[name];
        return typeof value === 'string' && /^[\w-]{1,64}$/.test(value) ? value : undefined;
    };
    const motionId = id('motionId');
    const meetingId = id('meetingId');
    switch (verb) {
        case 'vote.cast':
        case 'vote.close':
            return motionId === undefined ? undefined : (0, card_keys_1.cardKey)('vote', motionId);
        case 'rsvp.answer':
            return meetingId === undefined ? undefined : (0, card_keys_1.cardKey)('notice', meetingId);
        case 'rollcall.checkin':
            return meetingId === undefined ? undefined : (0, card_keys_1.cardKey)('rollcall', meetingId);
        default:
            return undefined;
    }
}
function firstCard(result) {
    for (const reply of result.replies)
        if (reply.kind === 'card')
            return reply.view;
    return undefined;
}
/** The pressed card as this member sees it now, or undefined when they may not see it. */
async function currentView(ctx, key) {
    try {
        return await ctx.bot.viewCard(key, ctx.actor, ctx.locale);
    }
    catch (error) {
        if ((0, errors_1.isDomainError)(error))
            return undefined; // a stranger: they get the refusal alone
        throw error;
    }
}
async function refusalAnswer(ctx, result, verb, data) {
    const message = result.error?.message ?? '';
    const key = pressedCardKey(verb, data);
    const view = key === undefined ? undefined : await currentView(ctx, key);
    if (view !== undefined)
        return (0, cards_1.cardInvokeResponse)(await (0, card_render_1.renderForConversation)(ctx.db, { conversationId: ctx.conversationId, view, cardKey: key, banner: message }));
    const refusal = firstCard(result);
    if (refusal !== undefined)
        return (0, cards_1.cardInvokeResponse)(await (0, card_render_1.renderForConversation)(ctx.db, { conversationId: ctx.conversationId, view: refusal }));
    return (0, cards_1.messageInvokeResponse)(message);
}
/** Builds the invoke answer for a card action's result. */
async function invokeAnswer(ctx, result, verb, data) {
    if (result.error)
        return refusalAnswer(ctx, result, verb, data);
    if (result.updatedCard) {
        const view = result.updatedCard;
        return (0, cards_1.cardInvokeResponse)(await (0, card_render_1.renderForConversation)(ctx.db, { conversationId: ctx.conversationId, view, cardKey: (0, cards_1.cardKeyOfView)(view) }));
    }
    return (0, cards_1.messageInvokeResponse)(ctx.locale === 'vi' ? 'Đã ghi nhận.' : 'Done.');
}
//# sourceMappingURL=invoke-answer.js.map