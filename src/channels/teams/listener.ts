/**
 * Teams' side of the cell's other channels: a notice, roll call or vote posted
 * from Zalo is posted in the cell's Teams conversations too (rendered when
 * sent, so it carries the refresh block and is remembered for updates); Zalo
 * members' answers update the Teams cards; a result decided from Zalo is
 * posted as the Teams closer's would be.
 */
import { enqueue, outboxKey } from '../../outbox/enqueue';
import type { OutboxPayload } from '../../outbox/types';
import type { Database } from '../../store/database';
import type { SharedCardListener } from '../shared-card-news';
import type { TeamsOutbox } from './outbox-queue';

export interface TeamsListenerDependencies {
  readonly db: Database;
  readonly clock: { now(): Date };
  readonly outbox: TeamsOutbox;
  readonly notify: () => void;
}

export function createTeamsListener(deps: TeamsListenerDependencies): SharedCardListener {
  const post = async (cellId: string, purpose: string, occurrence: string, payload: OutboxPayload): Promise<number> => {
    const conversations = await deps.db.prisma.conversation.findMany({
      where: { platform: 'teams', cellId },
      select: { conversationId: true },
    });
    let queued = 0;
    for (const { conversationId } of conversations) {
      const row = {
        dedupeKey: outboxKey(purpose, conversationId, occurrence),
        platform: 'teams',
        recipient: conversationId,
        payload,
        now: deps.clock.now(),
      };
      if ((await enqueue(deps.db, row)).created) queued += 1;
    }
    return queued;
  };

  return {
    platform: 'teams',
    // A Teams turn posts and refreshes its own cards (turn-handler.ts): only other channels' turns are news here.
    wants: (news) =>
      news.origin !== 'teams' && (news.posted.length > 0 || news.decided.length > 0 || news.refreshed.length > 0),
    async hear(cellId, news) {
      let queued = 0;
      for (const cardKey of news.posted)
        queued += await post(cellId, 'teams.shared', cardKey, { kind: 'shared-card', cardKey });
      for (const { cardKey, view } of news.decided)
        queued += await post(cellId, 'teams.result', cardKey, { kind: 'text', text: view.resultLines.join('\n') });
      if (queued > 0) deps.notify();
      await deps.outbox.queueRefreshes(news.refreshed);
    },
  };
}
