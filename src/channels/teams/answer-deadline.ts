/**
 * Teams waits about 5 s for the answer to an invoke (a card press, a
 * refresh), whatever the Bot Connector or the database is doing; the Bot
 * Connector gives a message 15 s. As Bolt's HTTP receiver owns Slack's 3 s
 * acknowledgement, the receiver owns this deadline: work not done by then is
 * answered with what there is (an invoke: a short "being processed" message,
 * Teams leaves the card as it was; a message: 200, its replies still to be
 * posted) and goes on to its end — the ballot is written, the shared card
 * refreshed, the replies posted. A shutdown waits for that work (a bounded
 * time) before the database closes.
 */
export interface EarlyAnswer<T> {
  /** The answer to give when the deadline passes first. */
  readonly early: () => T;
  /** Told when work answered early ends (with its error, if it failed). */
  readonly onLate: (error?: unknown) => void;
  /** How long the request has already waited (token verification), taken off the deadline. */
  readonly elapsedMs?: number;
  /** This request's deadline, if not the default (a message has longer than an invoke). */
  readonly withinMs?: number;
}

export interface AnswerDeadline {
  /** `work`'s answer if it comes in time, else `early()` — and `work` still runs to its end. A failure in time is thrown as before. */
  answer<T>(work: Promise<T>, options: EarlyAnswer<T>): Promise<T>;
  /** Resolves once every work answered early has ended, or after `limitMs` (a connector that never answers), saying which. */
  settle(limitMs: number): Promise<'settled' | 'gave-up'>;
}

/** Comfortably inside Teams' 5 s for an invoke, leaving room for the answer to travel. */
export const DEFAULT_ANSWER_DEADLINE_MS = 4_500;
/** Inside the Bot Connector's 15 s for a message; long enough that replies are nearly always posted before the answer. */
export const MESSAGE_ANSWER_DEADLINE_MS = 10_000;

export function createAnswerDeadline(deadlineMs = DEFAULT_ANSWER_DEADLINE_MS): AnswerDeadline {
  const late = new Set<Promise<void>>();
  return {
    async answer(work, { early, onLate, elapsedMs = 0, withinMs = deadlineMs }) {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'expired'>((resolve) => {
        timer = setTimeout(() => resolve('expired'), Math.max(0, withinMs - elapsedMs));
      });
      try {
        const outcome = await Promise.race([work.then((value) => ({ value })), expired]);
        if (outcome !== 'expired') return outcome.value;
      } finally {
        clearTimeout(timer);
      }
      const finishing: Promise<void> = work.then(
        () => onLate(),
        (error: unknown) => onLate(error),
      );
      late.add(finishing);
      void finishing.finally(() => late.delete(finishing));
      return early();
    },
    async settle(limitMs) {
      let timer: NodeJS.Timeout | undefined;
      const gaveUp = new Promise<'gave-up'>((resolve) => {
        timer = setTimeout(() => resolve('gave-up'), limitMs);
      });
      const settled = (async (): Promise<'settled'> => {
        while (late.size > 0) await Promise.all([...late]);
        return 'settled';
      })();
      try {
        return await Promise.race([settled, gaveUp]);
      } finally {
        clearTimeout(timer);
      }
    },
  };
}
