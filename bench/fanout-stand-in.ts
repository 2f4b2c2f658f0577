/**
 * A local stand-in for the Bot Connector that enforces Teams' limits the way
 * the service counts them (sliding windows): 7 per second and 60 per 30 s per
 * conversation, about 50 per second overall. Over a limit it answers 429 with
 * Retry-After, as Teams does. It counts what it accepted per conversation.
 * The bench runs it in a child process (startStandInProcess).
 */
import { fork } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

interface Window {
  readonly limit: number;
  readonly ms: number;
}

const PER_CONVERSATION: readonly Window[] = [
  { limit: 7, ms: 1_000 },
  { limit: 60, ms: 30_000 },
];
const GLOBAL: readonly Window[] = [{ limit: 50, ms: 1_000 }];

export interface StandIn {
  readonly url: string;
  /** Accepted messages per conversation id. */
  readonly accepted: Map<string, number>;
  readonly stats: { requests: number; throttled: number };
  close(): Promise<void>;
}

/** Milliseconds until the log has room under every window (0 = room now). */
function wait(log: number[], windows: readonly Window[], now: number): number {
  let until = 0;
  for (const { limit, ms } of windows) {
    const inside = log.filter((t) => t > now - ms);
    if (inside.length >= limit) until = Math.max(until, (inside[inside.length - limit] ?? now) + ms - now);
  }
  return until;
}

function prune(log: number[], now: number, span: number): void {
  while (log.length > 0 && (log[0] ?? 0) <= now - span) log.shift();
}

export async function startStandIn(): Promise<StandIn> {
  const accepted = new Map<string, number>();
  const stats = { requests: 0, throttled: 0 };
  const perConversation = new Map<string, number[]>();
  const global: number[] = [];
  // Status and body in two calls, never chained: restify, once any bench in the run has loaded it, replaces
  // ServerResponse.writeHead with one that returns nothing.
  const answer = (res: http.ServerResponse, status: number, headers: http.OutgoingHttpHeaders, body?: string): void => {
    res.writeHead(status, headers);
    res.end(body);
  };
  const server = http.createServer((req, res) => {
    const match = /^\/v3\/conversations\/([^/]+)\/activities$/.exec(req.url ?? '');
    req.resume();
    req.on('end', () => {
      stats.requests += 1;
      if (req.method !== 'POST' || !match?.[1]) {
        answer(res, 404, {});
        return;
      }
      const conversation = decodeURIComponent(match[1]);
      const now = Date.now();
      const log = perConversation.get(conversation) ?? [];
      prune(log, now, 30_000);
      prune(global, now, 1_000);
      const retry = Math.max(wait(log, PER_CONVERSATION, now), wait(global, GLOBAL, now));
      if (retry > 0) {
        stats.throttled += 1;
        answer(res, 429, { 'Retry-After': String(Math.max(1, Math.ceil(retry / 1000))) });
        return;
      }
      log.push(now);
      global.push(now);
      perConversation.set(conversation, log);
      accepted.set(conversation, (accepted.get(conversation) ?? 0) + 1);
      answer(res, 201, { 'Content-Type': 'application/json' }, JSON.stringify({ id: `activity-${stats.requests}` }));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    accepted,
    stats,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What the stand-in counted, as the parent asks for it over IPC. */
export interface StandInFigures {
  readonly delivered: number;
  readonly conversations: number;
  readonly throttled: number;
}

export interface StandInProcess {
  readonly url: string;
  figures(): Promise<StandInFigures>;
  close(): void;
}

/**
 * The stand-in in a process of its own, as Teams is another machine: the bot's event loop (synchronous SQLite
 * writes) then no longer delays when the stand-in sees a request, which it would count as a burst.
 */
export function startStandInProcess(): Promise<StandInProcess> {
  const child = fork(__filename, ['--child'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (first: { url: string }) => {
      resolve({
        url: first.url,
        figures: () =>
          new Promise((answer) => {
            child.once('message', (figures: StandInFigures) => answer(figures));
            child.send('figures');
          }),
        close: () => void child.kill(),
      });
    });
  });
}

if (require.main === module && process.argv.includes('--child')) {
  void startStandIn().then((standIn) => {
    process.send?.({ url: standIn.url });
    process.on('message', () => {
      const delivered = [...standIn.accepted.values()].reduce((a, b) => a + b, 0);
      process.send?.({
        delivered,
        conversations: standIn.accepted.size,
        throttled: standIn.stats.throttled,
      } satisfies StandInFigures);
    });
    process.on('disconnect', () => process.exit(0));
  });
}
