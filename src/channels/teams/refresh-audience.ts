/**
 * Who a shared card auto-refreshes for in a conversation (up to 60 members),
 * remembered for a few seconds. Every card answer carries this list, and
 * reading it joins the cell's whole roster: in a burst of 1,000 presses that
 * read cost more than the ballot itself. The list only decides whose Teams
 * client refreshes the card by itself (anyone can still refresh by hand), so a
 * member linked a moment ago may wait a few seconds to be on it.
 */
import { parseCardKey } from '../../features/shared/card-keys';
import type { Database } from '../../store/database';
import { cellOfConversation, refreshUserIds } from './teams-store';

const TTL_MS = 5_000;
const MAX_ENTRIES = 1_000;

/** The refresh lists of one Teams channel: createTeamsChannel makes it, so each channel (each database) has its own. */
export interface RefreshAudience {
  /** The AAD ids `cardKey`'s card in `conversationId` auto-refreshes for. */
  of(conversationId: string, cardKey: string): Promise<readonly string[]>;
}

interface Entry {
  readonly expiresAt: number;
  readonly userIds: Promise<readonly string[]>;
}

async function load(db: Database, conversationId: string, cardKey: string): Promise<readonly string[]> {
  const cellId = await cellOfConversation(db, conversationId);
  return cellId === null ? [] : refreshUserIds(db, cellId, cardKey);
}

export function createRefreshAudience(db: Database): RefreshAudience {
  const cache = new Map<string, Entry>();
  return {
    of(conversationId, cardKey) {
      // Vote cards put the voters first; every other shared card has the same list.
      const key = `${conversationId}|${parseCardKey(cardKey)?.kind === 'vote' ? 'vote' : 'other'}`;
      const now = performance.now();
      const hit = cache.get(key);
      if (hit !== undefined && hit.expiresAt > now) return hit.userIds;
      if (cache.size >= MAX_ENTRIES) cache.clear();
      // The promise is shared, so a burst of presses reads the list once; a failed read is not kept.
      const userIds = load(db, conversationId, cardKey);
      cache.set(key, { expiresAt: now + TTL_MS, userIds });
      userIds.catch(() => cache.delete(key));
      return userIds;
    },
  };
}
