/** JSON from Zalo with its ids kept as strings: ids overflow JS numbers if a field ever arrives unquoted. */

// Keys whose values are ids; an unquoted long number there is quoted before parsing.
const ID_FIELDS =
  /"(id|user_id|user_id_by_app|msg_id|message_id|app_id|oa_id|group_id|conversation_id)"\s*:\s*(-?\d{10,})/g;

/** Parses JSON text, quoting long numeric ids first; throws on invalid JSON. */
export function parseZaloJson(text: string): unknown {
  return JSON.parse(text.replace(ID_FIELDS, '"$1":"$2"'));
}

/** The value as a string id, or undefined. */
export function idOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  return undefined;
}

export function recordOf(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}
