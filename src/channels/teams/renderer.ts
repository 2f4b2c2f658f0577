/**
 * The Teams renderer of proactive delivery (src/delivery): a cell's
 * conversations get the shared card (with the refresh block, so each member
 * sees their own view), a member's personal chat gets the card as it is.
 */
import type { PlatformRenderer } from '../../delivery/types';
import type { OutboxPayload } from '../../outbox/types';
import { cardKeyOfView, fallbackTextOf, teamsCard } from './cards';
import { renderForConversation } from './card-render';
import type { RefreshAudience } from './refresh-audience';

export function createTeamsRenderer(audience: RefreshAudience): PlatformRenderer {
  return {
    platform: 'teams',
    async render(view, recipient): Promise<OutboxPayload> {
      const card =
        recipient.kind === 'conversation'
          ? await renderForConversation(audience, {
              conversationId: recipient.address,
              view,
              cardKey: cardKeyOfView(view),
            })
          : teamsCard(view);
      const fallbackText = fallbackTextOf(view);
      return fallbackText ? { kind: 'card', card, fallbackText } : { kind: 'card', card };
    },
  };
}
