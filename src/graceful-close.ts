/**
 * Closing the HTTP side without resetting a request a client already sent.
 *
 * Node's own way (server.close()) drops every connection that has no request
 * in progress at that instant — including one accepted a moment ago whose
 * request bytes are still on their way — and closing the listener resets the
 * connections still waiting in the kernel's accept queue. So on close:
 *  1. drain: the listener keeps accepting, /healthz says 503 (a load balancer
 *     stops sending), every response carries `Connection: close`;
 *  2. once no connection has arrived for a quiet spell, the listener closes
 *     (one more turn of the event loop first, so the accept queue is empty;
 *     libuv accepts about one connection per turn of the loop, so a burst
 *     queued in the kernel keeps it open while it is being taken in);
 *  3. a connection closes when its response is done, or when it has had no
 *     request for a quiet spell (an idle keep-alive socket);
 *  4. all of it within the grace period; what is left then is cut.
 */
import type { Server as HttpServer, ServerResponse } from 'node:http';
import type { Socket } from 'node:net';

export interface ConnectionTracker {
  /** Responses not yet finished. */
  inflight(): number;
  /** Whether close has begun (/healthz answers 503 from then on). */
  draining(): boolean;
  /** From now on every response closes its connection. */
  startDraining(): void;
  /** Milliseconds since the last connection was accepted. */
  sinceLastConnection(): number;
  /** Closes connections with no request in progress that have been quiet for `quietMs`. */
  closeQuietIdle(quietMs: number): void;
}

interface SocketState {
  busy: number;
  quietSince: number;
}

/** Watches the server's connections and responses (installed before it listens). */
export function trackConnections(http: HttpServer, now: () => number = () => performance.now()): ConnectionTracker {
  const sockets = new Map<Socket, SocketState>();
  const inflight = new Set<ServerResponse>();
  let draining = false;
  let lastConnectionAt = -Infinity;
  http.on('connection', (socket: Socket) => {
    lastConnectionAt = now();
    sockets.set(socket, { busy: 0, quietSince: lastConnectionAt });
    socket.once('close', () => sockets.delete(socket));
  });
  http.prependListener('request', (req, res: ServerResponse) => {
    if (draining) res.setHeader('Connection', 'close');
    const state = sockets.get(req.socket);
    if (state) state.busy += 1;
    inflight.add(res);
    res.once('close', () => {
      inflight.delete(res);
      if (!state) return;
      state.busy -= 1;
      state.quietSince = now();
    });
  });
  return {
    inflight: () => inflight.size,
    draining: () => draining,
    startDraining() {
      draining = true;
      for (const res of inflight) if (!res.headersSent) res.setHeader('Connection', 'close');
    },
    sinceLastConnection: () => now() - lastConnectionAt,
    closeQuietIdle(quietMs) {
      const current = now();
      for (const [socket, state] of sockets)
        if (state.busy === 0 && current - state.quietSince >= quietMs) socket.destroy();
    },
  };
}

export interface HttpCloseOptions {
  readonly http: HttpServer;
  readonly tracker: ConnectionTracker;
  /** Everything is over by then: connections still open are cut. */
  readonly graceMs: number;
  /** How long without a new connection (or, for a connection, without a request) counts as quiet. */
  readonly quietMs: number;
  readonly onGraceOver: () => void;
}

const SWEEP_EVERY_MS = 25;

const nextLoopTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

/** Keeps accepting until no connection has come for `quietMs` (or `untilMs` is over). */
async function drainListener(tracker: ConnectionTracker, quietMs: number, untilMs: number): Promise<void> {
  const started = performance.now();
  for (;;) {
    tracker.closeQuietIdle(quietMs);
    // After setImmediate the loop has polled once more: a connection still in the accept queue has been taken in (one per turn), so the spell is not quiet.
    await nextLoopTurn();
    if (tracker.sinceLastConnection() >= quietMs || performance.now() - started >= untilMs) return;
    await sleep(Math.min(SWEEP_EVERY_MS, quietMs));
  }
}

/** Drains, closes the listener, and resolves once every connection is closed (cut at the end of the grace period). */
export async function closeHttpGracefully({
  http,
  tracker,
  graceMs,
  quietMs,
  onGraceOver,
}: HttpCloseOptions): Promise<void> {
  tracker.startDraining();
  if (!http.listening) return;
  const deadline = setTimeout(() => {
    onGraceOver();
    http.closeAllConnections();
  }, graceMs);
  const sweeper = setInterval(() => tracker.closeQuietIdle(quietMs), SWEEP_EVERY_MS);
  try {
    // The last quarter of the grace is for requests accepted near the end to finish.
    await drainListener(tracker, quietMs, graceMs * 0.75);
    // server.close() also drops what Node calls idle; by now that is only connections quiet for quietMs.
    await new Promise<void>((resolve) => http.close(() => resolve()));
  } finally {
    clearTimeout(deadline);
    clearInterval(sweeper);
  }
}
