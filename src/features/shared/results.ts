/** Small builders for turn results, so handlers read as what they answer. */
import type { CardView, MessageView } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import type { CardRefresh, Reply, TurnResult } from '../turn';

export function messageView(locale: Locale, tone: MessageView['tone'], text: string, title?: string): MessageView {
  return title === undefined ? { type: 'message', locale, tone, text } : { type: 'message', locale, tone, text, title };
}

export function cardReply(view: CardView): Reply {
  return { kind: 'card', view };
}

/** Replies for the acting member alone (the default audience: see audience.ts). */
export function replyWith(...views: CardView[]): TurnResult {
  return { replies: views.map(cardReply), refreshes: [] };
}

/** Committee work, for the committee member who asked: never posted to the shared conversation. */
export function committeeReplyWith(...views: CardView[]): TurnResult {
  return { replies: views.map((view) => ({ kind: 'card', view, audience: 'committee' })), refreshes: [] };
}

/** The answer to a card action: the card as this member now sees it, plus shared refreshes. */
export function updateWith(
  updatedCard: CardView,
  refreshes: readonly CardRefresh[],
  replies: readonly Reply[] = [],
): TurnResult {
  return { replies, updatedCard, refreshes };
}
