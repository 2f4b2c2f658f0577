"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.MAX_TEXT_LENGTH = void 0;
exports.parseTurnRequest = parseTurnRequest;
exports.parseLocale = parseLocale;
exports.playgroundActor = playgroundActor;
exports.toTurn = toTurn;
/**
 * The playground's inbound contract: a JSON body validated with zod and turned
 * into the same Turn every channel produces. Choosing "who am I" in the page is
 * the authentication here — a development feature, and the page says so.
 */
const zod_1 = require("zod");
const view_models_1 = require("../../cards/view-models");
const server_1 = require("../../server");
exports.MAX_TEXT_LENGTH = 2000;
const id = (name) => zod_1.z
    .string({ error: `${name} must be a string` })
    .trim()
    .min(1, `${name} must not be empty`)
    .max(100, `${name} must be at most 100 characters`);
const locale = zod_1.z.enum(['vi', 'en'], { error: 'locale must be "vi" or "en"' }).default('vi');
const common = { cellId: id('cellId'), memberId: id('memberId'), locale };
const messageBody = zod_1.z.strictObject({
    ...common,
    text: zod_1.z
        .string({ error: 'text must be a string' })
        .trim()
        .min(1, 'text must not be empty')
        .max(exports.MAX_TEXT_LENGTH, `text must be at most ${exports.MAX_TEXT_LENGTH} characters`),
});
const actionBody = zod_1.z.strictObject({
    ...common,
    action: zod_1.z.strictObject({
        verb: zod_1.z.enum(view_models_1.CARD_VERBS, { error: `action.verb must be one of: ${view_models_1.CARD_VERBS.join(', ')}` }),
        data: zod_1.z.record(zod_1.z.string(), zod_1.z.unknown(), { error: 'action.data must be an object' }).default({}),
    }),
});
/** Validates a POST /playground/api/turn body; throws a 400 ApiError with a readable message. */
function parseTurnRequest(body) {
    if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw invalid('the body must be a JSON object { cellId, memberId, text } or { cellId, memberId, action: { verb, data } }');
    }
    const hasAction = 'action' in body;
    if (hasAction === 'text' in body)
        throw invalid('give exactly one of "text" or "action"');
    const parsed = hasAction ? actionBody.safeParse(body) : messageBody.safeParse(body);
    if (!parsed.success)
        throw invalid(parsed.error.issues.map(describeIssue).join('; '));
    return parsed.data;
}
function describeIssue(issue) {
    if (issue.code === 'unrecognized_keys')
        return `unknown field(s): ${issue.keys.join(', ')}`;
    if (issue.code === 'invalid_type' && issue.input === undefined)
        return `${issue.path.join('.')} is required`;
    return issue.message;
}
function invalid(message) {
    return new server_1.ApiError(400, 'input.invalid', message);
}
/** Validates a locale query parameter (default vi). */
function parseLocale(value) {
    const parsed = locale.safeParse(value === '' ? undefined : value);
    if (!parsed.success)
        throw invalid('locale must be "vi" or "en"');
    return parsed.data;
}
/** The playground actor: the chosen member, as the page named them. */
function playgroundActor(memberId, displayName) {
    return { platform: 'playground', platformUserId: memberId, displayName };
}
/** Builds the channel-neutral Turn from a validated request. */
function toTurn(request, context) {
    return {
        event: 'action' in request
            ? { kind: 'card.action', verb: request.action.verb, data: request.action.data }
            : { kind: 'message', text: request.text },
        actor: playgroundActor(request.memberId, context.displayName),
        conversation: { platform: 'playground', conversationId: request.cellId, personal: false },
        locale: request.locale,
        receivedAt: context.clock.now(),
        requestId: context.requestId,
    };
}
//# sourceMappingURL=turn-request.js.map