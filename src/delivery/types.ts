/**
 * Proactive delivery: what the bot sends without being asked (notices,
 * reminders, results), to a cell's conversations or to members one by one.
 * Each platform provides a renderer; everything goes through the outbox with a
 * dedupe key (purpose, recipient, occurrence), so nothing is ever sent twice.
 */
import type { CardView } from '../cards/view-models';
import type { Platform } from '../core/types';
import type { OutboxPayload } from '../outbox/types';

/** Where one proactive message goes. */
export interface Recipient {
  readonly platform: Platform;
  /** Teams conversation id, Zalo user id or Zalo group id. */
  readonly address: string;
  readonly kind: 'conversation' | 'member';
  /** Set when the message is for one member (their own view of a card). */
  readonly memberId?: string;
}

/** Turns a view into what a platform's transport sends (an Adaptive Card on Teams, text + buttons on Zalo). */
export interface PlatformRenderer {
  readonly platform: Platform;
  render(view: CardView, recipient: Recipient): Promise<OutboxPayload>;
}
