/**
 * The Teams side of the vote burst with `--refreshers N`: a stand-in Bot
 * Connector that accepts the bot's card updates and, for each one, has N
 * members' Teams clients ask for their own view of the card (an
 * `adaptiveCard/action` refresh invoke), as Teams does for the users a card's
 * refresh block lists (up to 60). Their answer times are recorded apart.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { BOT_ID, CHANNEL_ID } from './vote-burst-setup';

export interface TeamsClients {
  readonly url: string;
  /** Card updates the bot sent. */
  readonly updates: number;
  /** Answer times (ms) of the refresh invokes, and how many were not a card. */
  readonly refreshMs: number[];
  readonly refreshFailures: number;
  /** Resolves when every refresh started so far has its answer. */
  settled(): Promise<void>;
  close(): Promise<void>;
}

/** Filled in once the world exists and the bot listens. */
export interface TeamsClientsTarget {
  /** The bot's /api/messages URL. */
  botUrl: string;
  /** AAD ids of the members whose clients refresh the card. */
  refreshers: readonly string[];
  cardKey: string;
}

function refreshInvoke(aadObjectId: string, n: number, cardKey: string, serviceUrl: string): object {
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `f:refresh${n}-${Date.now()}`,
    channelId: 'msteams',
    serviceUrl,
    from: { id: `29:refresh${n}`, aadObjectId },
    recipient: { id: BOT_ID, name: 'chibo' },
    conversation: { id: `${CHANNEL_ID};messageid=1700000000001`, isGroup: true, conversationType: 'channel' },
    replyToId: '1700000000001',
    locale: 'vi-VN',
    value: { action: { type: 'Action.Execute', verb: 'card.refresh', data: { cardKey } }, trigger: 'automatic' },
  };
}

export async function startTeamsClients(target: TeamsClientsTarget): Promise<TeamsClients> {
  const state = { updates: 0, refreshFailures: 0 };
  const refreshMs: number[] = [];
  const inFlight = new Set<Promise<void>>();
  let url = '';

  const refresh = async (aadObjectId: string, n: number): Promise<void> => {
    const started = performance.now();
    try {
      const response = await fetch(target.botUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(refreshInvoke(aadObjectId, n, target.cardKey, url)),
      });
      const body = (await response.json()) as { type?: string };
      if (body.type !== 'application/vnd.microsoft.card.adaptive') state.refreshFailures += 1;
    } catch {
      state.refreshFailures += 1;
    }
    refreshMs.push(performance.now() - started);
  };

  const server = http.createServer((req, res) => {
    req.resume();
    req.on('end', () => {
      const isUpdate = req.method === 'PUT' && /^\/v3\/conversations\/[^/]+\/activities\/[^/]+$/.test(req.url ?? '');
      // Two calls, not a chain: where restify is loaded it replaces writeHead with one that returns nothing.
      res.writeHead(200, { 'Content-Type': 'application/json' });
      res.end(JSON.stringify({ id: isUpdate ? 'updated' : `activity-${Date.now()}` }));
      if (!isUpdate) return;
      state.updates += 1;
      for (const [n, aadObjectId] of target.refreshers.entries()) {
        const done = refresh(aadObjectId, n).finally(() => inFlight.delete(done));
        inFlight.add(done);
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  return {
    url,
    get updates() {
      return state.updates;
    },
    refreshMs,
    get refreshFailures() {
      return state.refreshFailures;
    },
    async settled() {
      while (inFlight.size > 0) await Promise.all([...inFlight]);
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
