/**
 * A queued webhook body read as one typed Zalo event. Field names vary between
 * Zalo's event kinds and doc versions (follow has `follower`, group events may
 * carry `group_id` or put the group in `recipient`): each is read tolerantly
 * and ids stay strings.
 */
import { idOf, parseZaloJson, recordOf } from './json';

export type ZaloEvent =
  | { readonly kind: 'text'; readonly userId: string; readonly text: string }
  | {
      readonly kind: 'group_text';
      readonly userId: string;
      readonly groupId: string;
      readonly text: string;
      readonly groupIdFrom: string;
    }
  | { readonly kind: 'follow'; readonly userId: string }
  | { readonly kind: 'unfollow'; readonly userId: string }
  | { readonly kind: 'withdraw'; readonly userId: string }
  | { readonly kind: 'ignored'; readonly name: string };

const MAX_TEXT = 2000;

function userIdOf(body: Record<string, unknown>): string | undefined {
  return idOf(recordOf(body['sender'])?.['id']) ?? idOf(recordOf(body['follower'])?.['id']) ?? idOf(body['user_id']);
}

function groupIdOf(body: Record<string, unknown>): { id: string; from: string } | undefined {
  const message = recordOf(body['message']);
  const candidates: [string, unknown][] = [
    ['group_id', body['group_id']],
    ['message.group_id', message?.['group_id']],
    ['recipient.id', recordOf(body['recipient'])?.['id']],
  ];
  for (const [from, value] of candidates) {
    const id = idOf(value);
    if (id !== undefined) return { id, from };
  }
  return undefined;
}

/** Reads a stored body; events the bot does not act on are `ignored` with their name. */
export function parseEvent(raw: string): ZaloEvent {
  const body = recordOf(parseZaloJson(raw)) ?? {};
  const name = typeof body['event_name'] === 'string' ? body['event_name'] : 'unknown';
  const userId = userIdOf(body);
  if (userId === undefined) return { kind: 'ignored', name };
  const text = recordOf(body['message'])?.['text'];
  switch (name) {
    case 'user_send_text':
      return typeof text === 'string'
        ? { kind: 'text', userId, text: text.slice(0, MAX_TEXT) }
        : { kind: 'ignored', name };
    case 'user_send_group_text': {
      const group = groupIdOf(body);
      if (group === undefined || typeof text !== 'string') return { kind: 'ignored', name };
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
