"use strict";
/** JSON from Zalo with its ids kept as strings: ids overflow JS numbers if a field ever arrives unquoted. */
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseZaloJson = parseZaloJson;
exports.idOf = idOf;
exports.recordOf = recordOf;
// Keys whose values are ids; an unquoted long number there is quoted before parsing.
const ID_FIELDS = /"(id|user_id|user_id_by_app|msg_id|message_id|app_id|oa_id|group_id|conversation_id)"\s*:\s*(-?\d{10,})/g;
/** Parses JSON text, quoting long numeric ids first; throws on invalid JSON. */
function parseZaloJson(text) {
    return JSON.parse(text.replace(ID_FIELDS, '"$1":"$2"'));
}
/** The value as a string id, or undefined. */
function idOf(value) {
    if (typeof value === 'string' && value.trim() !== '')
        return value.trim();
    if (typeof value === 'number' && Number.isSafeInteger(value))
        return String(value);
    return undefined;
}
function recordOf(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? value : undefined;
}
//# sourceMappingURL=json.js.map