/** Small typed fixtures for the outbox suites: a fake clock, scripted transports, quiet logs. */
import {
  createOutboxDispatcher,
  type OutboxDispatcher,
  type OutboxDispatcherOptions,
} from '../../src/outbox/dispatcher';
import { enqueue, outboxKey, type EnqueueResult, type OutboxDatabase } from '../../src/outbox/enqueue';
import { TransportError, type OutboxLogger, type OutboxPayload, type Transport } from '../../src/outbox/types';

export const T0 = new Date('2030-03-05T07:00:00.000Z');

export interface FakeClock {
  now(): Date;
  advance(ms: number): void;
}

export function fakeClock(start: Date = T0): FakeClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance: (ms) => {
      t += ms;
    },
  };
}

export interface LogLine {
  readonly level: 'info' | 'warn' | 'error';
  readonly message: string | undefined;
  readonly fields: object;
}

export function memoryLogger(): OutboxLogger & { readonly lines: LogLine[] } {
  const lines: LogLine[] = [];
  const at = (level: LogLine['level']) => (fields: object, message?: string) => {
    lines.push({ level, message, fields });
  };
  return { lines, info: at('info'), warn: at('warn'), error: at('error') };
}

export interface Call {
  readonly operation: 'send' | 'update';
  readonly recipient: string;
  readonly payload: OutboxPayload;
  readonly targetMessageId?: string;
}

/** What the fake platform does with call number `n` (0-based) for a given text: answer or throw. */
export type Behaviour = (call: Call, n: number) => void | Promise<void>;

export interface FakeTransport extends Transport {
  readonly calls: Call[];
  /** Texts of the calls that succeeded, per recipient, in order. */
  readonly delivered: Map<string, string[]>;
}

export function fakeTransport(platform = 'teams', behaviour: Behaviour = () => undefined): FakeTransport {
  const calls: Call[] = [];
  const delivered = new Map<string, string[]>();
  const perform = async (call: Call): Promise<void> => {
    const n = calls.filter((c) => textOf(c.payload) === textOf(call.payload)).length;
    calls.push(call);
    await behaviour(call, n);
    delivered.set(call.recipient, [...(delivered.get(call.recipient) ?? []), textOf(call.payload)]);
  };
  return {
    platform,
    calls,
    delivered,
    async send(recipient, payload) {
      await perform({ operation: 'send', recipient, payload });
      return { platformMessageId: `msg:${textOf(payload)}` };
    },
    async update(recipient, targetMessageId, payload) {
      await perform({ operation: 'update', recipient, payload, targetMessageId });
    },
  };
}

export function textOf(payload: OutboxPayload): string {
  if (payload.kind === 'shared-card') return payload.cardKey;
  return payload.kind === 'text' ? payload.text : (payload.fallbackText ?? JSON.stringify(payload.card));
}

/** Enqueues a text message whose dedupe key is derived from its text. */
export function enqueueText(
  db: OutboxDatabase,
  clock: FakeClock,
  recipient: string,
  text: string,
  platform = 'teams',
): Promise<EnqueueResult> {
  return enqueue(db, {
    dedupeKey: outboxKey('test', recipient, text),
    platform,
    recipient,
    payload: { kind: 'text', text },
    now: clock.now(),
  });
}

export function dispatcherFor(
  db: OutboxDatabase,
  clock: FakeClock,
  transports: readonly Transport[],
  overrides: Partial<OutboxDispatcherOptions> = {},
): OutboxDispatcher {
  return createOutboxDispatcher({
    db,
    clock,
    transports,
    logger: memoryLogger(),
    instanceId: 'test-1',
    random: () => 1,
    ...overrides,
  });
}

/** Runs until every row is sent or dead, advancing the clock between runs; returns the number of runs. */
export async function drain(
  db: OutboxDatabase,
  dispatchers: readonly OutboxDispatcher[],
  clock: FakeClock,
  stepMs = 1_000,
  maxRuns = 500,
): Promise<number> {
  for (let run = 1; run <= maxRuns; run += 1) {
    await Promise.all(dispatchers.map((d) => d.runOnce()));
    const open = await db.prisma.outboxMessage.count({ where: { status: { in: ['pending', 'sending'] } } });
    if (open === 0) return run;
    clock.advance(stepMs);
  }
  throw new Error('outbox did not drain');
}

/** A platform answering with this HTTP status (and Retry-After) every time. */
export function http(status: number, retryAfterMs?: number): Behaviour {
  return () => {
    throw new TransportError(`HTTP ${status}`, retryAfterMs === undefined ? { status } : { status, retryAfterMs });
  };
}

/**
 * Like drain, but each step jumps the clock to the next row's due time
 * (hours of backoff in a few dozen runs); returns the number of runs.
 */
export async function drainByJumps(
  db: OutboxDatabase,
  dispatchers: readonly OutboxDispatcher[],
  clock: FakeClock,
  maxRuns = 2_000,
): Promise<number> {
  for (let run = 1; run <= maxRuns; run += 1) {
    await Promise.all(dispatchers.map((d) => d.runOnce()));
    const next = await db.prisma.outboxMessage.findFirst({
      where: { status: { in: ['pending', 'sending'] } },
      orderBy: { nextAttemptAt: 'asc' },
      select: { nextAttemptAt: true, leaseUntil: true, status: true },
    });
    if (next === null) return run;
    const due =
      next.status === 'sending' && next.leaseUntil !== null
        ? next.leaseUntil.getTime() + 1
        : next.nextAttemptAt.getTime();
    clock.advance(Math.max(1, due - clock.now().getTime()));
  }
  throw new Error('outbox did not drain');
}
