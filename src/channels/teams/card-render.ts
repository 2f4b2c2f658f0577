/** Rendering a view for one Teams conversation: the refresh list comes from the cell bound to it. */
import type { CardView } from '../../cards/view-models';
import type { Reply } from '../../features/turn';
import type { OutboxPayload } from '../../outbox/types';
import type { Database } from '../../store/database';
import { fallbackTextOf, isPersonalCardKey, teamsCard, type TeamsCard } from './cards';
import { cellOfConversation, refreshUserIds } from './teams-store';

export interface RenderRequest {
  readonly conversationId: string;
  readonly view: CardView;
  readonly cardKey?: string | undefined;
  readonly banner?: string | undefined;
}

/** The view as a Teams card; shared cards carry the refresh block with the cell's members. */
export async function renderForConversation(db: Database, request: RenderRequest): Promise<TeamsCard> {
  const { cardKey, banner } = request;
  if (cardKey === undefined || !isPersonalCardKey(cardKey)) return teamsCard(request.view, banner ? { banner } : {});
  const cellId = await cellOfConversation(db, request.conversationId);
  const userIds = cellId === null ? [] : await refreshUserIds(db, cellId, cardKey);
  return teamsCard(request.view, { cardKey, refreshUserIds: userIds, ...(banner ? { banner } : {}) });
}

/** A reply as an outbox payload for this conversation. */
export async function replyPayload(db: Database, conversationId: string, reply: Reply): Promise<OutboxPayload> {
  if (reply.kind === 'text') return { kind: 'text', text: reply.text };
  const card = await renderForConversation(db, { conversationId, view: reply.view, cardKey: reply.cardKey });
  const fallbackText = fallbackTextOf(reply.view);
  return fallbackText ? { kind: 'card', card, fallbackText } : { kind: 'card', card };
}
