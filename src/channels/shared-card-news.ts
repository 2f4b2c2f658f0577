/**
 * What a turn did to the cell's shared cards, published once after the turn to
 * every channel's listener (composition registers each, compose.ts). A cell
 * may meet in a Teams channel while some members (often the older ones, on
 * their phones) answer on Zalo: a vote opened in Teams must
 * reach them, their ballots must move the Teams card, and a result decided on
 * either side must be told on both.
 */
import type { VoteView } from '../cards/view-models';
import type { Platform } from '../core/types';
import type { Logger } from '../features/ports';
import type { CardRefresh, TurnResult } from '../features/turn';

/** Whether a card key names a shared card a turn may post for the whole cell to answer (notice, roll call, vote). */
export function isCellCard(cardKey: string): boolean {
  return /^(notice|rollcall|vote):/.test(cardKey);
}

/** A vote card refreshed closed: its result was decided. */
export type DecidedVote = CardRefresh & { readonly view: VoteView };

export interface SharedCardNews {
  /** The channel the turn came through. */
  readonly origin: Platform;
  /** Cards the turn posted (a notice, a roll call, a vote). */
  readonly posted: readonly string[];
  /** Vote cards whose result the turn decided (the vote was closed). */
  readonly decided: readonly DecidedVote[];
  /** Cards whose content changed. */
  readonly refreshed: readonly CardRefresh[];
}

function isDecidedVote(refresh: CardRefresh): refresh is DecidedVote {
  return refresh.view.type === 'vote' && !refresh.view.open;
}

export function sharedCardNews(origin: Platform, result: TurnResult): SharedCardNews {
  if (result.error) return { origin, posted: [], decided: [], refreshed: [] };
  const posted = result.replies.flatMap((reply) =>
    reply.kind === 'card' && reply.cardKey !== undefined && isCellCard(reply.cardKey) ? [reply.cardKey] : [],
  );
  return { origin, posted, decided: result.refreshes.filter(isDecidedVote), refreshed: result.refreshes };
}

/** One channel's side: it tells its own users what a turn did to the cell's shared cards (its own turns too, if it wants them). */
export interface SharedCardListener {
  readonly platform: Platform;
  /** Whether any of it is news to this channel (asked before the cell is looked up, on every press). */
  wants(news: SharedCardNews): boolean;
  hear(cellId: string, news: SharedCardNews): Promise<void>;
}

/** Where a channel publishes its turns' news, once; every registered channel's listener hears it. */
export interface SharedCardNewsPublisher {
  /**
   * Tells every listener that wants it (`cellOf` is asked only then, once). Another channel's failure is
   * logged, never the member's turn undone (the turn is recorded and answered); the origin's own
   * listener failing fails the call, as its own sends would (Zalo then retries the event).
   */
  publish(origin: Platform, result: TurnResult, cellOf: () => Promise<string | null>): Promise<void>;
}

export interface SharedCardNewsHub extends SharedCardNewsPublisher {
  /** Adds a channel's listener (composition does, once per channel). */
  listen(listener: SharedCardListener): void;
}

export function createSharedCardNews(logger: Logger): SharedCardNewsHub {
  const listeners: SharedCardListener[] = [];
  return {
    listen: (listener) => void listeners.push(listener),
    async publish(origin, result, cellOf) {
      const news = sharedCardNews(origin, result);
      const interested = listeners.filter((listener) => listener.wants(news));
      if (interested.length === 0) return;
      const cellId = await cellOf().catch((error: unknown) => {
        logger.error({ err: error, origin }, "shared-card news: the turn's cell was not found; no channel told");
        return null;
      });
      if (cellId === null) return;
      let ownFailure: { error: unknown } | undefined;
      for (const listener of interested) {
        try {
          await listener.hear(cellId, news);
        } catch (error) {
          if (listener.platform === origin) ownFailure ??= { error };
          else
            logger.error(
              { err: error, cellId, origin, listener: listener.platform },
              'shared-card news: a channel was not told',
            );
        }
      }
      if (ownFailure !== undefined) throw ownFailure.error;
    },
  };
}
