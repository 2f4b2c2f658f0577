/**
 * The Teams side of the vote burst, in a process of its own: the members'
 * clients pressing the button, and (with `--refreshers`) the stand-in Bot
 * Connector whose clients refresh the card at each update. Teams is another
 * machine: its HTTP clients must not take the bot's event loop, or the bench
 * would measure them too. The bench process talks to it over IPC
 * (bench/teams-side-process.ts); this file is the child's entry point.
 */
import { startTeamsClients, type TeamsClients, type TeamsClientsTarget } from './vote-burst-clients';

/** One press's outcome: recorded, or a short description of what came back instead. */
export type Outcome = true | string;

/** How the child judges an answer. */
export type AnswerCheck = 'vote-card' | 'http-ok';

export type ParentMessage =
  | { readonly type: 'start-connector' }
  | { readonly type: 'target'; readonly target: TeamsClientsTarget }
  /** `atMs`: when each body is sent (ms after the start); absent, they are spread evenly over one second. */
  | {
      readonly type: 'burst';
      readonly url: string;
      readonly bodies: readonly object[];
      readonly check: AnswerCheck;
      readonly atMs?: readonly number[];
    }
  | { readonly type: 'settle' };

export interface BurstFigures {
  readonly sent: number;
  readonly ok: number;
  /** What the presses that did not come back as recorded got instead, counted. */
  readonly failures: readonly (readonly [string, number])[];
  readonly wallMs: number;
  readonly latencies: readonly number[];
  /** Presses sent again because the connection was never made (fetch gives up connecting after 10 s; nothing reached the bot). */
  readonly reconnects: number;
}

export interface RefreshFigures {
  readonly updates: number;
  readonly refreshMs: readonly number[];
  readonly refreshFailures: number;
}

export type ChildMessage =
  | { readonly type: 'connector'; readonly url: string }
  | { readonly type: 'target-set' }
  | { readonly type: 'burst-done'; readonly figures: BurstFigures }
  | { readonly type: 'settled'; readonly figures: RefreshFigures };

/** Recorded = a card answer showing the member's own choice; anything else is named. */
function voteCardOutcome(status: number, json: unknown): Outcome {
  const answer = json as { type?: string; value?: unknown } | undefined;
  if (status !== 200) return `HTTP ${status}`;
  if (answer?.type !== 'application/vnd.microsoft.card.adaptive')
    return `answer ${answer?.type ?? 'none'}: ${JSON.stringify(answer?.value ?? '').slice(0, 80)}`;
  const text = JSON.stringify(answer.value);
  if (text.includes('"style":"attention"')) return `refused: ${/"text":"([^"]{0,80})/.exec(text)?.[1] ?? ''}`;
  return text.includes('Đồng chí đã biểu quyết') ? true : 'card without the member choice';
}

async function press(url: string, body: object, check: AnswerCheck): Promise<Outcome> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  if (check === 'http-ok') return response.status === 200 ? true : `HTTP ${response.status}`;
  return voteCardOutcome(response.status, text === '' ? undefined : (JSON.parse(text) as unknown));
}

/** fetch says only "fetch failed": the cause (a code such as UND_ERR_CONNECT_TIMEOUT or ECONNRESET) says why. */
function describeError(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  const why =
    cause === undefined ? '' : ` (${typeof cause.code === 'string' ? cause.code : String(cause.message ?? cause)})`;
  return `${error.message}${why}`;
}

/** fetch's own limit on connecting: the bot never saw the request, so sending it again is safe. */
const CONNECT_TIMEOUT = 'UND_ERR_CONNECT_TIMEOUT';
const MAX_RECONNECTS = 3;

/** Fires one POST per body at its time (default: spread evenly over one second); resolves when every answer is in. */
async function burst(
  url: string,
  bodies: readonly object[],
  check: AnswerCheck,
  atMs?: readonly number[],
): Promise<BurstFigures> {
  const latencies: number[] = [];
  const failures = new Map<string, number>();
  let ok = 0;
  let reconnects = 0;
  const send = async (body: object, attempt = 0): Promise<Outcome> => {
    try {
      return await press(url, body, check);
    } catch (error) {
      const cause = error instanceof Error ? (error.cause as { code?: unknown } | undefined) : undefined;
      if (cause?.code !== CONNECT_TIMEOUT || attempt >= MAX_RECONNECTS)
        return `request failed: ${describeError(error)}`;
      reconnects += 1;
      return send(body, attempt + 1);
    }
  };
  const started = performance.now();
  const presses = bodies.map((body, i) =>
    new Promise<void>((resolve) => setTimeout(resolve, atMs?.[i] ?? (i * 1000) / bodies.length)).then(async () => {
      const t0 = performance.now();
      const outcome = await send(body);
      latencies.push(performance.now() - t0);
      if (outcome === true) ok += 1;
      else failures.set(outcome, (failures.get(outcome) ?? 0) + 1);
    }),
  );
  await Promise.all(presses);
  return {
    sent: bodies.length,
    ok,
    failures: [...failures],
    wallMs: performance.now() - started,
    latencies: [...latencies].sort((a, b) => a - b),
    reconnects,
  };
}

function serve(): void {
  const target: TeamsClientsTarget = { botUrl: '', refreshers: [], cardKey: '' };
  let clients: TeamsClients | undefined;
  const reply = (message: ChildMessage): void => void process.send?.(message);
  process.on('message', (message: ParentMessage) => {
    void (async () => {
      switch (message.type) {
        case 'start-connector':
          clients = await startTeamsClients(target);
          return reply({ type: 'connector', url: clients.url });
        case 'target':
          Object.assign(target, message.target);
          return reply({ type: 'target-set' });
        case 'burst':
          return reply({
            type: 'burst-done',
            figures: await burst(message.url, message.bodies, message.check, message.atMs),
          });
        case 'settle':
          await clients?.settled();
          return reply({
            type: 'settled',
            figures: {
              updates: clients?.updates ?? 0,
              refreshMs: clients?.refreshMs ?? [],
              refreshFailures: clients?.refreshFailures ?? 0,
            },
          });
      }
    })().catch((error: unknown) => {
      console.error('teams side:', error);
      process.exit(1);
    });
  });
  // The bench process ended (or died): so does its Teams side.
  process.on('disconnect', () => process.exit(0));
}

if (require.main === module) serve();
