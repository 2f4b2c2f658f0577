/** Rendering a view for one Teams conversation: the refresh list comes from the cell bound to it. */
import type { CardView } from '../../cards/view-models';
import type { BotCore, Reply } from '../../features/turn';
import type { CardPayload, RenderedPayload } from '../../outbox/types';
import { fallbackTextOf, isPersonalCardKey, teamsCard, type TeamsCard } from './cards';
import type { RefreshAudience } from './refresh-audience';

export interface RenderRequest {
  readonly conversationId: string;
  readonly view: CardView;
  readonly cardKey?: string | undefined;
  readonly banner?: string | undefined;
}

/** The view as a Teams card; shared cards carry the refresh block with the cell's members. */
export async function renderForConversation(audience: RefreshAudience, request: RenderRequest): Promise<TeamsCard> {
  const { cardKey, banner } = request;
  if (cardKey === undefined || !isPersonalCardKey(cardKey)) return teamsCard(request.view, banner ? { banner } : {});
  const userIds = await audience.of(request.conversationId, cardKey);
  return teamsCard(request.view, { cardKey, refreshUserIds: userIds, ...(banner ? { banner } : {}) });
}

/** A view as a card payload for this conversation, with its notification text. */
export async function cardPayload(
  audience: RefreshAudience,
  conversationId: string,
  view: CardView,
  cardKey?: string,
): Promise<CardPayload> {
  const card = await renderForConversation(audience, { conversationId, view, cardKey });
  const fallbackText = fallbackTextOf(view);
  return fallbackText ? { kind: 'card', card, fallbackText } : { kind: 'card', card };
}

/** A reply as an outbox payload for this conversation. */
export async function replyPayload(
  audience: RefreshAudience,
  conversationId: string,
  reply: Reply,
): Promise<RenderedPayload> {
  if (reply.kind === 'text') return { kind: 'text', text: reply.text };
  return cardPayload(audience, conversationId, reply.view, reply.cardKey);
}

/** A shared card as it stands now, as the payload of an update or post in this conversation. */
export async function sharedCardPayload(
  audience: RefreshAudience,
  bot: Pick<BotCore, 'sharedCard'>,
  conversationId: string,
  cardKey: string,
): Promise<CardPayload> {
  return cardPayload(audience, conversationId, await bot.sharedCard(cardKey), cardKey);
}
