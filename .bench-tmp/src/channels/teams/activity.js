"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.REFRESH_VERB = void 0;
exports.baseConversationId = baseConversationId;
exports.actorOf = actorOf;
exports.addressOf = addressOf;
exports.localeOf = localeOf;
exports.commandText = commandText;
exports.mapActivity = mapActivity;
/**
 * Bot Framework activity → the channel-neutral turn. Pure: no I/O. Who acts
 * comes from the activity's sender (the AAD object id), never from card data.
 */
const botbuilder_1 = require("botbuilder");
const view_models_1 = require("../../cards/view-models");
/** The refresh verb of shared cards (Universal Actions): answered with the viewer's own card. */
exports.REFRESH_VERB = 'card.refresh';
function isRecord(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}
function isCardVerb(verb) {
    return view_models_1.CARD_VERBS.includes(verb);
}
/** Channel threads ("19:…@thread.tacv2;messageid=…") belong to their channel: one conversation per channel. */
function baseConversationId(conversationId) {
    const cut = conversationId.indexOf(';messageid=');
    return cut < 0 ? conversationId : conversationId.slice(0, cut);
}
/** The sender as the roster knows them: the AAD object id when Teams gives one. */
function actorOf(activity) {
    const from = activity.from;
    const name = from?.name?.trim();
    return { platform: 'teams', platformUserId: from?.aadObjectId || from?.id || '', ...(name ? { displayName: name } : {}) };
}
function addressOf(activity) {
    return { platform: 'teams', conversationId: baseConversationId(activity.conversation?.id ?? ''), personal: activity.conversation?.conversationType === 'personal' };
}
/** Teams sends the client's language ("vi-VN", "en-US"); Vietnamese unless it is English. */
function localeOf(activity) {
    return typeof activity.locale === 'string' && activity.locale.toLowerCase().startsWith('en') ? 'en' : 'vi';
}
/** The typed text without the bot's @mention and Teams' HTML leftovers. */
function commandText(activity) {
    const copy = { ...activity, text: activity.text ?? '' };
    const text = botbuilder_1.TurnContext.removeRecipientMention(copy) ?? copy.text;
    return text
        .replace(/<at>[^<]*<\/at>/gi, ' ')
        .replace(/&nbsp;/gi, ' ')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function cardAction(verb, data, via) {
    if (typeof verb !== 'string')
        return { kind: 'ignore', reason: 'card action without a verb' };
    if (verb === exports.REFRESH_VERB) {
        const cardKey = isRecord(data) && typeof data['cardKey'] === 'string' ? data['cardKey'] : '';
        return via === 'invoke' ? { kind: 'refresh', cardKey } : { kind: 'ignore', reason: 'refresh outside an invoke' };
    }
    if (!isCardVerb(verb))
        return { kind: 'unknown-action', verb: verb.slice(0, 64) };
    return { kind: 'turn', event: { kind: 'card.action', verb, data: isRecord(data) ? data : {} }, via };
}
/** `adaptiveCard/action`: `value.action` holds the verb and data (inputs merged into data). */
function fromInvoke(activity) {
    if (activity.name !== 'adaptiveCard/action')
        return { kind: 'ignore', reason: `invoke ${activity.name ?? ''}` };
    const value = activity.value;
    const action = isRecord(value) ? value['action'] : undefined;
    if (!isRecord(action))
        return { kind: 'ignore', reason: 'adaptiveCard/action without an action' };
    return cardAction(action['verb'], action['data'], 'invoke');
}
/** A message: typed text, or an Action.Submit (older clients) carrying `verb` in its value. */
function fromMessage(activity) {
    const value = activity.value;
    if (isRecord(value) && (typeof value['verb'] === 'string' || isRecord(value['action']))) {
        const action = isRecord(value['action']) ? value['action'] : value;
        const { verb, ...data } = action;
        return cardAction(verb, isRecord(action['data']) ? action['data'] : data, 'message');
    }
    return { kind: 'turn', event: { kind: 'message', text: commandText(activity) }, via: 'message' };
}
/** The bot itself among membersAdded: it was installed in this conversation. */
function fromConversationUpdate(activity) {
    const botId = activity.recipient?.id;
    const added = activity.membersAdded ?? [];
    if (botId && added.some((member) => member.id === botId))
        return { kind: 'turn', event: { kind: 'conversation.installed' }, via: 'event' };
    return { kind: 'ignore', reason: 'conversationUpdate without the bot joining' };
}
/** Classifies an activity; everything the bot does not act on is `ignore`. */
function mapActivity(activity) {
    if (!actorOf(activity).platformUserId || !activity.conversation?.id)
        return { kind: 'ignore', reason: 'no sender or conversation' };
    switch (activity.type) {
        case 'invoke':
            return fromInvoke(activity);
        case 'message':
            return fromMessage(activity);
        case 'conversationUpdate':
            return fromConversationUpdate(activity);
        default:
            return { kind: 'ignore', reason: `activity ${activity.type}` };
    }
}
//# sourceMappingURL=activity.js.map