"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseEvent = parseEvent;
/**
 * A queued webhook body read as one typed Zalo event. Field names vary between
 * Zalo's event kinds and doc versions (follow has `follower`, group events may
 * carry `group_id` or put the group in `recipient`): each is read tolerantly
 * and ids stay strings.
 */
const json_1 = require("./json");
const MAX_TEXT = 2000;
function userIdOf(body) {
    return (0, json_1.idOf)((0, json_1.recordOf)(body['sender'])?.['id']) ?? (0, json_1.idOf)((0, json_1.recordOf)(body['follower'])?.['id']) ?? (0, json_1.idOf)(body['user_id']);
}
function groupIdOf(body) {
    const message = (0, json_1.recordOf)(body['message']);
    const candidates = [
        ['group_id', body['group_id']],
        ['message.group_id', message?.['group_id']],
        ['recipient.id', (0, json_1.recordOf)(body['recipient'])?.['id']],
    ];
    for (const [from, value] of candidates) {
        const id = (0, json_1.idOf)(value);
        if (id !== undefined)
            return { id, from };
    }
    return undefined;
}
/** Reads a stored body; events the bot does not act on are `ignored` with their name. */
function parseEvent(raw) {
    const body = (0, json_1.recordOf)((0, json_1.parseZaloJson)(raw)) ?? {};
    const name = typeof body['event_name'] === 'string' ? body['event_name'] : 'unknown';
    const userId = userIdOf(body);
    if (userId === undefined)
        return { kind: 'ignored', name };
    const text = (0, json_1.recordOf)(body['message'])?.['text'];
    switch (name) {
        case 'user_send_text':
            return typeof text === 'string' ? { kind: 'text', userId, text: text.slice(0, MAX_TEXT) } : { kind: 'ignored', name };
        case 'user_send_group_text': {
            const group = groupIdOf(body);
            if (group === undefined || typeof text !== 'string')
                return { kind: 'ignored', name };
            return { kind: 'group_text', userId, groupId: group.id, groupIdFrom: group.from, text: text.slice(0, MAX_TEXT) };
        }
        case 'follow':
            return { kind: 'follow', userId };
        case 'unfollow':
            return { kind: 'unfollow', userId };
        case 'user_withdraw':
            return { kind: 'withdraw', userId };
        default:
            return { kind: 'ignored', name };
    }
}
//# sourceMappingURL=events.js.map