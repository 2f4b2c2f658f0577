/**
 * The playground's outbound side: a TurnResult becomes JSON the page renders,
 * with every card view rendered to Adaptive Card 1.5 by the shared renderer
 * (the same JSON Teams receives).
 */
import { renderCard } from '../../cards/render';
import type { Reply, TurnResult } from '../../features/turn';

export type RenderedCard = ReturnType<typeof renderCard>;

export type PlaygroundReply =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'card'; readonly card: RenderedCard; readonly cardKey?: string };

export interface PlaygroundTurnResponse {
  readonly replies: readonly PlaygroundReply[];
  readonly updatedCard?: RenderedCard;
  readonly refreshes: readonly { readonly cardKey: string; readonly card: RenderedCard }[];
  /** Set when the bot refused or failed the turn; the replies carry the user's message. */
  readonly error?: { readonly code: string; readonly message: string };
}

export function renderTurnResult(result: TurnResult): PlaygroundTurnResponse {
  return {
    replies: result.replies.map(renderReply),
    ...(result.updatedCard === undefined ? {} : { updatedCard: renderCard(result.updatedCard) }),
    refreshes: result.refreshes.map((refresh) => ({ cardKey: refresh.cardKey, card: renderCard(refresh.view) })),
    ...(result.error === undefined ? {} : { error: result.error }),
  };
}

function renderReply(reply: Reply): PlaygroundReply {
  if (reply.kind === 'text') return { kind: 'text', text: reply.text };
  return {
    kind: 'card',
    card: renderCard(reply.view),
    ...(reply.cardKey === undefined ? {} : { cardKey: reply.cardKey }),
  };
}
