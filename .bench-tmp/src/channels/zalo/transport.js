"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.toTransportError = toTransportError;
exports.createZaloTransport = createZaloTransport;
const types_1 = require("../../outbox/types");
const errors_1 = require("./errors");
const message_1 = require("./message");
const threads_1 = require("./threads");
const RATE_LIMIT_BACKOFF_MS = 60_000;
const QUOTA_BACKOFF_MS = 3_600_000;
/** Maps a Zalo failure to what the dispatcher needs. */
function toTransportError(error) {
    if (error instanceof types_1.TransportError)
        return error;
    if (!(error instanceof errors_1.ZaloApiError))
        return new types_1.TransportError(`zalo: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    const message = `${error.message} [${error.kind}]`;
    switch (error.kind) {
        case 'rate_limited':
            return new types_1.TransportError(message, { cause: error, retryable: true, scope: 'platform', retryAfterMs: RATE_LIMIT_BACKOFF_MS });
        case 'quota_exceeded':
            return new types_1.TransportError(message, { cause: error, retryable: true, scope: 'platform', retryAfterMs: QUOTA_BACKOFF_MS });
        case 'http':
            return new types_1.TransportError(message, error.code > 0 ? { cause: error, status: error.code } : { cause: error });
        case 'token_invalid':
        case 'token_expired':
        case 'oauth':
            // Retried: the secretary may reconnect the OA, and a later refresh may succeed.
            return new types_1.TransportError(message, { cause: error, retryable: true });
        default:
            return new types_1.TransportError(message, { cause: error, retryable: false });
    }
}
async function sendToUser(deps, userId, message) {
    if (await (0, threads_1.insideWindow)(deps.db, userId, deps.clock.now())) {
        try {
            return await sendConsultation(deps.client, userId, message);
        }
        catch (error) {
            if (!(error instanceof errors_1.ZaloApiError) || error.kind !== 'outside_window')
                throw error;
            deps.logger.info({ userId }, 'zalo: consultation window closed (-230); sending a transaction template');
        }
    }
    return deps.client.sendTransaction(userId, {
        header: message.title || (message.texts[0] ?? '').split('\n')[0] || 'Thông báo',
        text: message.texts.join('\n\n').slice(0, 2000),
        reference: { key: 'Mã tin', value: message.question ? `${message.question.kind}-${message.question.subjectId}` : 'chibo' },
        buttons: message.buttons.slice(0, 4),
    });
}
async function sendConsultation(client, userId, message) {
    let last = {};
    for (const [index, text] of message.texts.entries()) {
        const isLast = index === message.texts.length - 1;
        last = isLast && message.buttons.length > 0 ? await client.sendButtons(userId, text, message.buttons) : await client.sendText(userId, text);
    }
    return last;
}
async function sendToGroup(client, groupId, message) {
    let last = {};
    for (const text of message.texts)
        last = await client.sendGroupText(groupId, text);
    return last;
}
function createZaloTransport(deps) {
    return {
        platform: 'zalo',
        async send(recipient, payload) {
            const message = (0, message_1.outgoingOf)(recipient, payload);
            const id = (0, message_1.addressId)(recipient);
            let sent;
            try {
                sent = message.target === 'group' ? await sendToGroup(deps.client, id, message) : await sendToUser(deps, id, message);
            }
            catch (error) {
                throw toTransportError(error);
            }
            if (message.question)
                await (0, threads_1.rememberQuestion)(deps.db, message.target === 'group' ? (0, threads_1.groupThread)(id) : (0, threads_1.userThread)(id), message.question);
            return sent.messageId === undefined ? {} : { platformMessageId: sent.messageId };
        },
    };
}
//# sourceMappingURL=transport.js.map