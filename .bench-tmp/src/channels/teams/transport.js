"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activityOf = activityOf;
exports.declaredCardKey = declaredCardKey;
exports.toTransportError = toTransportError;
exports.createTeamsTransport = createTeamsTransport;
/**
 * The Teams side of the durable outbox: posts and updates messages through
 * the Bot Connector with the conversation reference stored at setup. The
 * connector client's own retry policy is removed so a 429 comes back at once
 * with its Retry-After and the outbox decides when to try again — nothing is
 * retried behind its back, so nothing is sent twice.
 */
const botbuilder_1 = require("botbuilder");
const types_1 = require("../../outbox/types");
const cards_1 = require("./cards");
const teams_store_1 = require("./teams-store");
const personal_chat_1 = require("./personal-chat");
const adapter_1 = require("./adapter");
/** The Bot Framework activity for an outbox payload. */
function activityOf(payload) {
    if (payload.kind === 'text')
        return { ...botbuilder_1.MessageFactory.text(payload.text), textFormat: 'plain' };
    const activity = botbuilder_1.MessageFactory.attachment((0, cards_1.cardAttachment)(payload.card));
    return payload.fallbackText ? { ...activity, summary: payload.fallbackText } : activity;
}
/** The shared card's key a sent card declares in its refresh block, if any. */
function declaredCardKey(payload) {
    if (payload.kind !== 'card')
        return undefined;
    const refresh = payload.card.refresh;
    const action = refresh?.['action'];
    const data = typeof action === 'object' && action !== null && !Array.isArray(action) ? action['data'] : undefined;
    const key = typeof data === 'object' && data !== null && !Array.isArray(data) ? data['cardKey'] : undefined;
    return typeof key === 'string' ? key : undefined;
}
/** Maps a connector failure to what the outbox needs: status, retryable, Retry-After. */
function toTransportError(error, now) {
    if (error instanceof types_1.TransportError)
        return error;
    const failure = error;
    const status = typeof failure.statusCode === 'number' ? failure.statusCode : undefined;
    const retryAfterMs = (0, types_1.parseRetryAfter)(failure.response?.headers?.get?.('retry-after'), now);
    const message = `teams: ${typeof failure.message === 'string' ? failure.message.slice(0, 300) : String(error)}`;
    return new types_1.TransportError(message, { cause: error, ...(status === undefined ? {} : { status }), ...(retryAfterMs === undefined ? {} : { retryAfterMs }) });
}
function isConnector(value) {
    const candidate = value;
    return typeof candidate?.conversations?.sendToConversation === 'function' && typeof candidate.client?.pipeline?.removePolicy === 'function';
}
function connectorOf(context) {
    const client = context.turnState.get(context.adapter.ConnectorClientKey);
    if (!isConnector(client))
        throw new types_1.TransportError('teams: no connector client for the conversation', { retryable: true });
    // The outbox owns retries: without this the client would wait out a Retry-After itself and retry.
    client.client.pipeline.removePolicy({ name: 'defaultRetryPolicy' });
    return client;
}
/** The stored reference, pointed at the recipient (the channel, or a thread of it). */
function addressedTo(reference, recipient) {
    const conversation = reference.conversation;
    return {
        ...reference,
        conversation: { isGroup: conversation?.isGroup ?? true, conversationType: conversation?.conversationType ?? '', name: conversation?.name ?? '', ...conversation, id: recipient },
    };
}
/** Runs `call` inside a botbuilder proactive turn opened by `open`; its errors come back as TransportErrors. */
async function insideTurn(now, open, call) {
    // Filled inside the callback, whose errors are caught there so botbuilder's turn pipeline never sees them.
    const box = {};
    try {
        await open(async (context) => {
            try {
                box.outcome = { ok: true, value: await call(context) };
            }
            catch (error) {
                box.outcome = { ok: false, error };
            }
        });
    }
    catch (error) {
        // Opening the turn failed (no token from Microsoft Entra ID, creating the personal chat refused): transient or not by status.
        throw toTransportError(error, now());
    }
    const outcome = box.outcome ?? { ok: false, error: new Error('teams: the connector callback did not run') };
    if (!outcome.ok)
        throw toTransportError(outcome.error, now());
    return outcome.value;
}
function createTeamsTransport(deps) {
    const timeoutMs = deps.timeoutMs ?? 15_000;
    const now = () => deps.clock.now();
    /** A connector for a bound conversation (or a thread of it), from its stored reference. */
    const inConversation = async (recipient, call) => {
        const reference = await (0, teams_store_1.loadConversationReference)(deps.db, recipient);
        if (reference === null)
            throw new types_1.TransportError(`teams: conversation ${recipient} is not bound or has no reference`, { retryable: false });
        const open = (logic) => deps.adapter.continueConversationAsync(deps.appId, addressedTo(reference, recipient), logic);
        return insideTurn(now, open, (context) => call(connectorOf(context), AbortSignal.timeout(timeoutMs)));
    };
    /** The member's personal chat with the bot, opened (or found) from their AAD object id. */
    const inPersonalChat = async (aadObjectId, call) => {
        const target = await (0, personal_chat_1.personalChatTarget)(deps.db, aadObjectId);
        if (target === null)
            throw new types_1.TransportError(`teams: member ${aadObjectId} is not linked to a set-up cell conversation`, { retryable: false });
        const open = (logic) => deps.adapter.createConversationAsync(deps.appId, 'msteams', target.serviceUrl, adapter_1.BOT_FRAMEWORK_SCOPE, target.parameters, logic);
        return insideTurn(now, open, (context) => call(connectorOf(context), context.activity.conversation.id, AbortSignal.timeout(timeoutMs)));
    };
    const post = (recipient, payload) => (0, personal_chat_1.isPersonRecipient)(recipient)
        ? inPersonalChat(recipient, (client, conversationId, abortSignal) => client.conversations.sendToConversation(conversationId, activityOf(payload), { abortSignal }))
        : inConversation(recipient, (client, abortSignal) => client.conversations.sendToConversation(recipient, activityOf(payload), { abortSignal }));
    return {
        platform: 'teams',
        async send(recipient, payload) {
            const sent = await post(recipient, payload);
            const key = declaredCardKey(payload);
            if (key !== undefined && sent.id && !(0, personal_chat_1.isPersonRecipient)(recipient))
                await (0, teams_store_1.recordCardMessage)(deps.db, recipient, key, sent.id);
            return sent.id ? { platformMessageId: sent.id } : {};
        },
        async update(recipient, platformMessageId, payload) {
            // Personal copies are not refreshed (members see their own view on demand): nothing addresses them.
            if ((0, personal_chat_1.isPersonRecipient)(recipient))
                throw new types_1.TransportError('teams: updates address a conversation, not a member', { retryable: false });
            await inConversation(recipient, (client, abortSignal) => client.conversations.updateActivity(recipient, platformMessageId, { ...activityOf(payload), id: platformMessageId }, { abortSignal }));
        },
    };
}
//# sourceMappingURL=transport.js.map