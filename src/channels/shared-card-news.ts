/**
 * What a turn did to the cell's shared cards, told to the channels it did not
 * come through. A cell may meet in a Teams channel while some members (often
 * the older ones, on their phones) answer on Zalo: a vote opened in Teams must
 * reach them, their ballots must move the Teams card, and a result decided on
 * either side must be told on both.
 */
import type { CardRefresh, TurnResult } from '../features/turn';

/** The shared cards a turn may post for the whole cell to answer. */
const CELL_CARDS = /^(notice|rollcall|vote):/;

export interface SharedCardNews {
  /** Cards the turn posted (a notice, a roll call, a vote). */
  readonly posted: readonly string[];
  /** Vote cards whose result the turn decided (the vote was closed). */
  readonly decided: readonly string[];
  /** Cards whose content changed. */
  readonly refreshed: readonly CardRefresh[];
}

const NOTHING: SharedCardNews = { posted: [], decided: [], refreshed: [] };

export function sharedCardNews(result: TurnResult): SharedCardNews {
  if (result.error) return NOTHING;
  const posted = result.replies.flatMap((reply) => (reply.kind === 'card' && reply.cardKey !== undefined && CELL_CARDS.test(reply.cardKey) ? [reply.cardKey] : []));
  const decided = result.refreshes.filter((r) => r.view.type === 'vote' && !r.view.open).map((r) => r.cardKey);
  return { posted, decided, refreshed: result.refreshes };
}

/** One channel's side: it tells its own users what happened in the cell elsewhere. */
export interface SharedCardListener {
  /** Whether any of it is news to this channel (asked before the cell is looked up, on every press). */
  wants(news: SharedCardNews): boolean;
  hear(cellId: string, news: SharedCardNews): Promise<void>;
}

/** No other channel is mounted. */
export const NOBODY_ELSE: SharedCardListener = { wants: () => false, hear: () => Promise.resolve() };

/** A listener filled in later (channels are created before each other; compose.ts wires them). */
export function deferredListener(current: () => SharedCardListener | undefined): SharedCardListener {
  return {
    wants: (news) => current()?.wants(news) ?? false,
    hear: (cellId, news) => current()?.hear(cellId, news) ?? Promise.resolve(),
  };
}
