/**
 * Who sees a reply, decided in one place for every channel (ARCHITECTURE.md,
 * "Who sees what"). A feature marks what is published (`public`) or committee
 * work (`committee`); anything unmarked is the acting member's own answer, so
 * a reply nobody thought about stays private rather than leaking to a channel.
 * A shared card of the cell (notice, roll call, vote) posted by a turn is public.
 */
import type { CardView } from '../../cards/view-models';
import type { Audience, Reply, TurnResult } from '../turn';

const CELL_CARD = /^(notice|rollcall|vote):/;

/** The reply's audience: as marked, else public for a posted shared card, else the actor's own. */
export function audienceOf(reply: Reply, result?: Pick<TurnResult, 'error'>): Audience {
  // A refused or failed turn answers the one who asked, whatever its replies say.
  if (result?.error !== undefined) return 'actor';
  if (reply.audience !== undefined) return reply.audience;
  return reply.kind === 'card' && reply.cardKey !== undefined && CELL_CARD.test(reply.cardKey) ? 'public' : 'actor';
}

export function isPublic(reply: Reply, result?: Pick<TurnResult, 'error'>): boolean {
  return audienceOf(reply, result) === 'public';
}

export interface RepliesByAudience {
  /** For the cell's shared conversation. */
  readonly published: readonly Reply[];
  /** For the acting member alone (their own answer, or committee work they asked for). */
  readonly own: readonly Reply[];
}

/** Splits a turn's replies into what the cell sees and what only the acting member sees, each in order. */
export function repliesByAudience(result: TurnResult): RepliesByAudience {
  const published: Reply[] = [];
  const own: Reply[] = [];
  for (const reply of result.replies) (isPublic(reply, result) ? published : own).push(reply);
  return { published, own };
}

/** A card for the cell's shared conversation. */
export function publicCard(view: CardView): Reply {
  return { kind: 'card', view, audience: 'public' };
}

/** Committee work: shown to the committee member who asked, never to the shared conversation. */
export function committeeCard(view: CardView): Reply {
  return { kind: 'card', view, audience: 'committee' };
}
