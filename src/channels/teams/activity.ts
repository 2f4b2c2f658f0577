/**
 * Bot Framework activity → the channel-neutral turn. Pure: no I/O. Who acts
 * comes from the activity's sender (the AAD object id), never from card data.
 */
import { TurnContext, type Activity } from 'botbuilder';
import { CARD_VERBS, type CardVerb } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { Actor, ConversationAddress, InboundEvent } from '../../features/turn';

/** The refresh verb of shared cards (Universal Actions): answered with the viewer's own card. */
export const REFRESH_VERB = 'card.refresh';

export type TeamsInbound =
  | { readonly kind: 'turn'; readonly event: InboundEvent; readonly via: 'invoke' | 'message' | 'event' }
  | { readonly kind: 'refresh'; readonly cardKey: string }
  | { readonly kind: 'unknown-action'; readonly verb: string }
  | { readonly kind: 'ignore'; readonly reason: string };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isCardVerb(verb: string): verb is CardVerb {
  return (CARD_VERBS as readonly string[]).includes(verb);
}

/** Channel threads ("19:…@thread.tacv2;messageid=…") belong to their channel: one conversation per channel. */
export function baseConversationId(conversationId: string): string {
  const cut = conversationId.indexOf(';messageid=');
  return cut < 0 ? conversationId : conversationId.slice(0, cut);
}

/** The sender as the roster knows them: the AAD object id when Teams gives one. */
export function actorOf(activity: Activity): Actor {
  const from = activity.from;
  const name = from?.name?.trim();
  return {
    platform: 'teams',
    platformUserId: from?.aadObjectId || from?.id || '',
    ...(name ? { displayName: name } : {}),
  };
}

export function addressOf(activity: Activity): ConversationAddress {
  return {
    platform: 'teams',
    conversationId: baseConversationId(activity.conversation?.id ?? ''),
    personal: activity.conversation?.conversationType === 'personal',
  };
}

/** Teams sends the client's language ("vi-VN", "en-US"); Vietnamese unless it is English. */
export function localeOf(activity: Activity): Locale {
  return typeof activity.locale === 'string' && activity.locale.toLowerCase().startsWith('en') ? 'en' : 'vi';
}

/** The typed text without the bot's @mention and Teams' HTML leftovers. */
export function commandText(activity: Activity): string {
  const copy = { ...activity, text: activity.text ?? '' } as Activity;
  const text = TurnContext.removeRecipientMention(copy) ?? copy.text;
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/&nbsp;/gi, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function cardAction(verb: unknown, data: unknown, via: 'invoke' | 'message'): TeamsInbound {
  if (typeof verb !== 'string') return { kind: 'ignore', reason: 'card action without a verb' };
  if (verb === REFRESH_VERB) {
    const cardKey = isRecord(data) && typeof data['cardKey'] === 'string' ? data['cardKey'] : '';
    return via === 'invoke' ? { kind: 'refresh', cardKey } : { kind: 'ignore', reason: 'refresh outside an invoke' };
  }
  if (!isCardVerb(verb)) return { kind: 'unknown-action', verb: verb.slice(0, 64) };
  return { kind: 'turn', event: { kind: 'card.action', verb, data: isRecord(data) ? data : {} }, via };
}

/** `adaptiveCard/action`: `value.action` holds the verb and data (inputs merged into data). */
function fromInvoke(activity: Activity): TeamsInbound {
  if (activity.name !== 'adaptiveCard/action') return { kind: 'ignore', reason: `invoke ${activity.name ?? ''}` };
  const value: unknown = activity.value;
  const action = isRecord(value) ? value['action'] : undefined;
  if (!isRecord(action)) return { kind: 'ignore', reason: 'adaptiveCard/action without an action' };
  return cardAction(action['verb'], action['data'], 'invoke');
}

/** A message: typed text, or an Action.Submit (older clients) carrying `verb` in its value. */
function fromMessage(activity: Activity): TeamsInbound {
  const value: unknown = activity.value;
  if (isRecord(value) && (typeof value['verb'] === 'string' || isRecord(value['action']))) {
    const action = isRecord(value['action']) ? value['action'] : value;
    const { verb, ...data } = action;
    return cardAction(verb, isRecord(action['data']) ? action['data'] : data, 'message');
  }
  return { kind: 'turn', event: { kind: 'message', text: commandText(activity) }, via: 'message' };
}

/** The bot itself among membersAdded: it was installed in this conversation. */
function fromConversationUpdate(activity: Activity): TeamsInbound {
  const botId = activity.recipient?.id;
  const added = activity.membersAdded ?? [];
  if (botId && added.some((member) => member.id === botId))
    return { kind: 'turn', event: { kind: 'conversation.installed' }, via: 'event' };
  return { kind: 'ignore', reason: 'conversationUpdate without the bot joining' };
}

/** Classifies an activity; everything the bot does not act on is `ignore`. */
export function mapActivity(activity: Activity): TeamsInbound {
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
