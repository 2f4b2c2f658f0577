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

export function replyWith(...views: CardView[]): TurnResult {
  return { replies: views.map(cardReply), refreshes: [] };
}

/** The answer to a card action: the card as this member now sees it, plus shared refreshes. */
export function updateWith(updatedCard: CardView, refreshes: readonly CardRefresh[], replies: readonly Reply[] = []): TurnResult {
  return { replies, updatedCard, refreshes };
}
