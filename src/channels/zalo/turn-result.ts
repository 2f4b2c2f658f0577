/**
 * A TurnResult as Zalo messages. Zalo cannot edit a sent message, so card
 * refreshes are not sent; shared cards a turn posts (notice, roll call, vote)
 * are announced to every linked member and the cell's groups instead of only
 * to the thread; an answer is confirmed in a line rather than the whole card.
 */
import type { CardView } from '../../cards/view-models';
import type { TurnResult } from '../../features/turn';
import { confirmationText } from './view-text';
import { isCellCard } from '../shared-card-news';

// What to type when a button answer needs words the button cannot carry.
const HINTS: Readonly<Record<string, string>> = {
  'rsvp.reason_required': 'Đồng chí trả lời theo mẫu: "vắng: <lý do>", ví dụ "vắng: đi công tác".',
  'vote.comment_required': 'Đồng chí trả lời theo mẫu: "ý kiến khác: <nội dung>".',
  'vote.not_eligible_probationary': 'Đồng chí gửi ý kiến theo mẫu: "ý kiến khác: <nội dung>".',
};

/** `senderName` is set in groups, where a confirmation must say whose answer it was. */
export function resultItems(result: TurnResult, senderName?: string): (CardView | string)[] {
  const items: (CardView | string)[] = [];
  for (const reply of result.replies) {
    if (reply.kind === 'text') items.push(reply.text);
    // Announced to the whole cell instead (listener.ts).
    else if (reply.cardKey !== undefined && isCellCard(reply.cardKey) && result.error === undefined) continue;
    else items.push(reply.view);
  }
  const hint = result.error ? HINTS[result.error.code] : undefined;
  if (hint !== undefined) items.push(hint);
  if (result.updatedCard !== undefined && result.error === undefined) {
    const line = confirmationText(result.updatedCard);
    // Text turns already carry the core's own "Đã ghi nhận…" note; the confirmation adds the choice itself.
    items.push(senderName === undefined ? line : `Đồng chí ${senderName}: ${line}`);
  }
  return items;
}
