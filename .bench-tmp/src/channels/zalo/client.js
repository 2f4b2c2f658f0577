"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ZALO_PATHS = void 0;
exports.createZaloClient = createZaloClient;
/**
 * A small typed client of the Zalo OA Open API v3: every call sends the
 * `access_token` header and reads `{ error, message, data }`. A refused token
 * (-216 / -220) is refreshed once and the call retried once; every other
 * failure is a ZaloApiError with Zalo's code and a kind. Ids stay strings.
 */
const errors_1 = require("./errors");
const json_1 = require("./json");
exports.ZALO_PATHS = {
    cs: '/v3.0/oa/message/cs',
    transaction: '/v3.0/oa/message/transaction',
    group: '/v3.0/oa/group/message',
    quota: '/v3.0/oa/quota/message',
};
function buttonJson(button, withIcon) {
    const payload = button.type === 'oa.open.url' ? { url: button.payload } : button.payload;
    return { title: button.title.slice(0, 100), type: button.type, payload, ...(withIcon ? { image_icon: '' } : {}) };
}
function transactionJson(message) {
    return {
        attachment: {
            type: 'template',
            payload: {
                template_type: 'transaction_event',
                language: 'VI',
                elements: [
                    { type: 'header', content: message.header.slice(0, 100), align: 'left' },
                    { type: 'text', content: message.text, align: 'left' },
                    { type: 'table', content: [message.reference] },
                ],
                buttons: message.buttons.slice(0, 4).map((b) => buttonJson(b, true)),
            },
        },
    };
}
function createZaloClient(options) {
    const timeoutMs = options.timeoutMs ?? 10_000;
    const attempt = async (path, body, token) => {
        let response;
        try {
            response = await fetch(`${options.apiBaseUrl}${path}`, {
                method: 'POST',
                headers: { access_token: token, 'content-type': 'application/json' },
                body: JSON.stringify(body),
                signal: AbortSignal.timeout(timeoutMs),
            });
        }
        catch (error) {
            throw new errors_1.ZaloApiError(0, `zalo ${path}: ${error instanceof Error ? error.message : String(error)}`, 'http', { cause: error });
        }
        return readAnswer(path, response);
    };
    const call = async (path, body) => {
        const token = await options.tokens.accessToken();
        try {
            return await attempt(path, body, token);
        }
        catch (error) {
            if (!(error instanceof errors_1.ZaloApiError) || !error.isTokenError)
                throw error;
            // Once: a second refusal of a fresh token is not a token problem we can fix here.
            return attempt(path, body, await options.tokens.refreshAfterRejection(token));
        }
    };
    const sent = (answer) => {
        const data = (0, json_1.recordOf)(answer) ?? {};
        const messageId = (0, json_1.idOf)(data['message_id']) ?? (0, json_1.idOf)(data['msg_id']);
        return messageId === undefined ? {} : { messageId };
    };
    return {
        sendText: async (userId, text) => sent(await call(exports.ZALO_PATHS.cs, { recipient: { user_id: userId }, message: { text } })),
        sendButtons: async (userId, text, buttons) => sent(await call(exports.ZALO_PATHS.cs, { recipient: { user_id: userId }, message: { text, attachment: { type: 'template', payload: { buttons: buttons.slice(0, 5).map((b) => buttonJson(b, false)) } } } })),
        sendTransaction: async (userId, message) => sent(await call(exports.ZALO_PATHS.transaction, { recipient: { user_id: userId }, message: transactionJson(message) })),
        sendGroupText: async (groupId, text) => sent(await call(exports.ZALO_PATHS.group, { recipient: { group_id: groupId }, message: { text } })),
        quota: (product) => call(exports.ZALO_PATHS.quota, { quota_owner: 'OA', product_type: product }),
    };
}
/** `{ error: 0, data }` → data; a negative error → ZaloApiError with its code; non-JSON → an HTTP error. */
async function readAnswer(path, response) {
    const text = await response.text();
    let json;
    try {
        json = (0, json_1.recordOf)((0, json_1.parseZaloJson)(text));
    }
    catch (error) {
        throw new errors_1.ZaloApiError(response.status, `zalo ${path}: HTTP ${response.status}, not JSON`, 'http', { cause: error });
    }
    if (json === undefined || typeof json['error'] !== 'number') {
        throw new errors_1.ZaloApiError(response.status, `zalo ${path}: HTTP ${response.status}, no error field`, 'http');
    }
    const code = json['error'];
    if (code !== 0)
        throw new errors_1.ZaloApiError(code, `zalo ${path}: ${code} ${typeof json['message'] === 'string' ? json['message'] : ''}`.trim());
    return json['data'];
}
//# sourceMappingURL=client.js.map