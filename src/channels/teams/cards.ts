/**
 * Cards as Teams shows them: the shared renderer's Adaptive Card 1.5 plus what
 * only Teams needs — the Universal Actions `refresh` block that lets each
 * member see their own choice on a shared card, an error banner over a card a
 * member pressed, and the invoke answers.
 */
import type { Attachment } from 'botbuilder';
import { ADAPTIVE_CARD_CONTENT_TYPE, renderCard, type AdaptiveCard, type JsonObject } from '../../cards/render';
import type { CardView } from '../../cards/view-models';
import { cardKey, parseCardKey } from '../../features/shared/card-keys';
import { REFRESH_VERB } from './activity';

/** Teams auto-refreshes a card for at most 60 listed users. */
export const MAX_REFRESH_USERS = 60;

/** A Teams card: the shared JSON, optionally with `refresh`. */
export type TeamsCard = AdaptiveCard & { readonly refresh?: JsonObject };

/** The key of a shared card shown per member (vote, notice, roll call), or undefined for any other view. */
export function cardKeyOfView(view: CardView): string | undefined {
  switch (view.type) {
    case 'vote':
      return cardKey('vote', view.motionId);
    case 'notice':
      return view.preview ? undefined : cardKey('notice', view.meetingId);
    case 'rollcall':
      return cardKey('rollcall', view.meetingId);
    default:
      return undefined;
  }
}

/** Cards that have a per-member view worth refreshing (summaries look the same for everyone). */
export function isPersonalCardKey(key: string): boolean {
  const kind = parseCardKey(key)?.kind;
  return kind === 'vote' || kind === 'notice' || kind === 'rollcall';
}

export interface TeamsCardOptions {
  /** The shared card's key: adds the refresh block when the card has per-member views. */
  readonly cardKey?: string;
  /** AAD object ids of members to auto-refresh for (capped at 60). */
  readonly refreshUserIds?: readonly string[];
  /** A line shown above the card (a refusal), in the attention colour. */
  readonly banner?: string;
}

function refreshBlock(key: string, userIds: readonly string[]): JsonObject {
  return {
    action: { type: 'Action.Execute', verb: REFRESH_VERB, data: { cardKey: key } },
    userIds: userIds.slice(0, MAX_REFRESH_USERS).map(String),
  };
}

function bannerBlock(text: string): JsonObject {
  return {
    type: 'Container',
    style: 'attention',
    items: [{ type: 'TextBlock', text, wrap: true, weight: 'bolder', color: 'attention' }],
  };
}

/** Renders a view for Teams. */
export function teamsCard(view: CardView, options: TeamsCardOptions = {}): TeamsCard {
  const card = renderCard(view);
  const body = options.banner ? [bannerBlock(options.banner), ...card.body] : card.body;
  const key = options.cardKey;
  if (key === undefined || !isPersonalCardKey(key)) return { ...card, body };
  return { ...card, body, refresh: refreshBlock(key, options.refreshUserIds ?? []) };
}

/** The line notifications show for a card (Teams `summary`). */
export function fallbackTextOf(view: CardView): string {
  switch (view.type) {
    case 'message':
      return view.title ?? view.text.slice(0, 200);
    case 'vote':
      return view.title;
    case 'notice':
    case 'rollcall':
    case 'summary':
      return view.heading;
    default:
      return '';
  }
}

export function cardAttachment(card: TeamsCard): Attachment {
  return { contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: card };
}

/** The body of an `adaptiveCard/action` answer (botbuilder's type cannot hold the message form's string value). */
export interface CardInvokeAnswer {
  readonly statusCode: number;
  readonly type: string;
  readonly value: TeamsCard | string | { readonly code: string; readonly message: string };
}

/** The answer to `adaptiveCard/action`: the card this member should now see. */
export function cardInvokeResponse(card: TeamsCard): CardInvokeAnswer {
  return { statusCode: 200, type: ADAPTIVE_CARD_CONTENT_TYPE, value: card };
}

/** A short confirmation instead of a card (the pressed card stays as it was). */
export function messageInvokeResponse(text: string): CardInvokeAnswer {
  return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text };
}

/** An error answer: Teams keeps the card as it was and shows the message. */
export function errorInvokeResponse(statusCode: number, code: string, message: string): CardInvokeAnswer {
  return { statusCode, type: 'application/vnd.microsoft.error', value: { code, message } };
}
