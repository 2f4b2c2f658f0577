/**
 * What a turn did to the cell's shared cards, told to the channels it did not
 * come through. A cell may meet in a Teams channel while some members (often
 * the older ones, on their phones) answer on Zalo: a vote opened in Teams must
 * reach them, their ballots must move the Teams card, and a result decided on
 * either side must be told on both.
 */
import type { VoteView } from '../cards/view-models';
import type { CardRefresh, TurnResult } from '../features/turn';

/** Whether a card key names a shared card a turn may post for the whole cell to answer (notice, roll call, vote). */
export function isCellCard(cardKey: string): boolean {
  return /^(notice|rollcall|vote):/.test(cardKey);
}

/** A vote card refreshed closed: its result was decided. */
export type DecidedVote = CardRefresh & { readonly view: VoteView };

export interface SharedCardNews {
  /** Cards the turn posted (a notice, a roll call, a vote). */
  readonly posted: readonly string[];
  /** Vote cards whose result the turn decided (the vote was closed). */
  readonly decided: readonly DecidedVote[];
  /** Cards whose content changed. */
  readonly refreshed: readonly CardRefresh[];
}

const NOTHING: SharedCardNews = { posted: [], decided: [], refreshed: [] };

function isDecidedVote(refresh: CardRefresh): refresh is DecidedVote {
  return refresh.view.type === 'vote' && !refresh.view.open;
}

export function sharedCardNews(result: TurnResult): SharedCardNews {
  if (result.error) return NOTHING;
  const posted = result.replies.flatMap((reply) => (reply.kind === 'card' && reply.cardKey !== undefined && isCellCard(reply.cardKey) ? [reply.cardKey] : []));
  return { posted, decided: result.refreshes.filter(isDecidedVote), refreshed: result.refreshes };
}

/** One channel's side: it tells its own users what happened in the cell elsewhere. */
export interface SharedCardListener {
  /** Whether any of it is news to this channel (asked before the cell is looked up, on every press). */
  wants(news: SharedCardNews): boolean;
  hear(cellId: string, news: SharedCardNews): Promise<void>;
}

/** No other channel is mounted. */
export const NOBODY_ELSE: SharedCardListener = { wants: () => false, hear: () => Promise.resolve() };

/**
 * Tells `listener` the news if it wants it (`cellOf` is asked only then). Its failure is logged, never the
 * member's turn undone: the turn is already recorded and answered.
 */
export async function tellOthers(listener: SharedCardListener, news: SharedCardNews, cellOf: () => Promise<string | null>, onError: (error: unknown) => void): Promise<void> {
  if (!listener.wants(news)) return;
  try {
    const cellId = await cellOf();
    if (cellId !== null) await listener.hear(cellId, news);
  } catch (error) {
    onError(error);
  }
}

/** A listener filled in later (channels are created before each other; compose.ts wires them). */
export function deferredListener(current: () => SharedCardListener | undefined): SharedCardListener {
  return {
    wants: (news) => current()?.wants(news) ?? false,
    hear: (cellId, news) => current()?.hear(cellId, news) ?? Promise.resolve(),
  };
}
