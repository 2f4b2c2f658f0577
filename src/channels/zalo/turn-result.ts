/**
 * A TurnResult as Zalo messages. Zalo cannot edit a sent message, so card
 * refreshes are not sent; shared cards a turn posts (notice, roll call, vote)
 * are announced to every linked member and the cell's groups instead of only
 * to the thread; an answer is confirmed in a line rather than the whole card.
 * In an OA group only what is published is said there (ARCHITECTURE.md, "Who
 * sees what"): a member's confirmations, refusals and committee work go to
 * their own 1:1 chat with the OA.
 */
import type { CardView } from '../../cards/view-models';
import type { Locale } from '../../core/types';
import { say, type Bilingual } from '../../core/wording/say';
import { ZALO_WORDING } from '../../core/wording/zalo';
import type { TurnResult } from '../../features/turn';
import { confirmationText } from './view-text';
import { isCellCard } from '../shared-card-news';
import { isPublic } from '../../features/shared/audience';

// What to type when a button answer needs words the button cannot carry.
const HINTS: Readonly<Record<string, Bilingual<string>>> = {
  'rsvp.reason_required': ZALO_WORDING.hintReason,
  'vote.comment_required': ZALO_WORDING.hintComment,
  'vote.not_eligible_probationary': ZALO_WORDING.hintOpinion,
};

export interface ZaloResultItems {
  /** What the cell may see: said in a group it came from. */
  readonly published: readonly (CardView | string)[];
  /** The acting member's own: their 1:1 chat only. */
  readonly own: readonly (CardView | string)[];
  /** Both, in the order the turn gave them (for a 1:1 chat). */
  readonly all: readonly (CardView | string)[];
}

export function resultItemsByAudience(result: TurnResult, locale: Locale = 'vi'): ZaloResultItems {
  const published: (CardView | string)[] = [];
  const own: (CardView | string)[] = [];
  const all: (CardView | string)[] = [];
  const add = (item: CardView | string, isPublished: boolean): void => {
    (isPublished ? published : own).push(item);
    all.push(item);
  };
  for (const reply of result.replies) {
    // Announced to the whole cell instead (listener.ts).
    if (reply.kind === 'card' && reply.cardKey !== undefined && isCellCard(reply.cardKey) && result.error === undefined)
      continue;
    add(reply.kind === 'text' ? reply.text : reply.view, isPublic(reply, result));
  }
  const hint = result.error ? HINTS[result.error.code] : undefined;
  if (hint !== undefined) add(say(locale, hint), false);
  // Text turns already carry the core's own "Đã ghi nhận…" note; the confirmation adds the choice itself.
  if (result.updatedCard !== undefined && result.error === undefined) add(confirmationText(result.updatedCard), false);
  return { published, own, all };
}

/** Everything for a 1:1 chat, in order. */
export function resultItems(result: TurnResult, locale: Locale = 'vi'): readonly (CardView | string)[] {
  return resultItemsByAudience(result, locale).all;
}
