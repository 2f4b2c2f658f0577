/**
 * A TurnResult as Zalo messages. Zalo cannot edit a sent message, so card
 * refreshes are not sent; shared cards a turn posts (notice, roll call, vote)
 * are announced to every linked member and the cell's groups instead of only
 * to the thread; an answer is confirmed in a line rather than the whole card.
 */
import type { CardView } from '../../cards/view-models';
import type { TurnResult } from '../../features/turn';
import { confirmationText } from './view-text';

const ANNOUNCED = /^(notice|rollcall|vote):/;

// What to type when a button answer needs words the button cannot carry.
const HINTS: Readonly<Record<string, string>> = {
  'rsvp.reason_required': 'Đồng chí trả lời theo mẫu: "vắng: <lý do>", ví dụ "vắng: đi công tác".',
  'vote.comment_required': 'Đồng chí trả lời theo mẫu: "ý kiến khác: <nội dung>".',
  'vote.not_eligible_probationary': 'Đồng chí gửi ý kiến theo mẫu: "ý kiến khác: <nội dung>".',
};

export interface ResultItems {
  readonly items: readonly (CardView | string)[];
  /** Card keys to announce to the whole cell. */
  readonly announce: readonly string[];
}

/** `senderName` is set in groups, where a confirmation must say whose answer it was. */
export function resultItems(result: TurnResult, senderName?: string): ResultItems {
  const items: (CardView | string)[] = [];
  const announce: string[] = [];
  for (const reply of result.replies) {
    if (reply.kind === 'text') items.push(reply.text);
    else if (reply.cardKey !== undefined && ANNOUNCED.test(reply.cardKey) && result.error === undefined) announce.push(reply.cardKey);
    else items.push(reply.view);
  }
  const hint = result.error ? HINTS[result.error.code] : undefined;
  if (hint !== undefined) items.push(hint);
  if (result.updatedCard !== undefined && result.error === undefined) {
    const line = confirmationText(result.updatedCard);
    // Text turns already carry the core's own "Đã ghi nhận…" note; the confirmation adds the choice itself.
    items.push(senderName === undefined ? line : `Đồng chí ${senderName}: ${line}`);
  }
  return { items, announce };
}
