/**
 * A renderer for tests of proactive delivery (the scheduler's): the same Adaptive Card the Teams channel
 * shows, with a text fallback, on the playground's platform name. No channel sends it in the app: the
 * playground's page shows what a turn answers and has no outbox transport.
 */
import { renderCard } from '../../src/cards/render';
import type { CardView } from '../../src/cards/view-models';
import type { OutboxPayload } from '../../src/outbox/types';
import type { PlatformRenderer } from '../../src/delivery/types';

/** A short line for notifications and logs: the message text, or the card's heading. */
export function fallbackOf(view: CardView): string | undefined {
  switch (view.type) {
    case 'message':
      return view.title ? `${view.title}: ${view.text}` : view.text;
    case 'notice':
    case 'rollcall':
    case 'summary':
      return view.heading;
    case 'vote':
      return view.title;
    default:
      return undefined;
  }
}

export function createPlaygroundRenderer(): PlatformRenderer {
  return {
    platform: 'playground',
    render(view: CardView): Promise<OutboxPayload> {
      const fallbackText = fallbackOf(view);
      const card = renderCard(view);
      return Promise.resolve(
        fallbackText === undefined ? { kind: 'card', card } : { kind: 'card', card, fallbackText },
      );
    },
  };
}
