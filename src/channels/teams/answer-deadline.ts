/**
 * Teams waits about 5 s for the answer to an invoke (a card press, a
 * refresh), whatever the Bot Connector or the database is doing. As Bolt's
 * HTTP receiver owns Slack's 3 s acknowledgement, the receiver owns this
 * deadline: work not done by then is answered with what there is (a short
 * "being processed" message; Teams leaves the card as it was) and goes on to
 * its end — the ballot is written, the shared card refreshed. A shutdown waits
 * for that work before the database closes.
 */
export interface AnswerDeadline {
  /**
   * `work`'s answer if it comes in time, else `early()` — and `work` still runs to its end,
   * reported to `onLate` (with its error, if it failed). A failure in time is thrown as before.
   * `elapsedMs`: how long the request has already waited (token verification), taken off the deadline.
   */
  answer<T>(work: Promise<T>, early: () => T, onLate: (error?: unknown) => void, elapsedMs?: number): Promise<T>;
  /** Resolves once every work answered early has ended. */
  settle(): Promise<void>;
}

/** Comfortably inside Teams' 5 s, leaving room for the answer to travel. */
export const DEFAULT_ANSWER_DEADLINE_MS = 4_500;

export function createAnswerDeadline(deadlineMs = DEFAULT_ANSWER_DEADLINE_MS): AnswerDeadline {
  const late = new Set<Promise<void>>();
  return {
    async answer(work, early, onLate, elapsedMs = 0) {
      let timer: NodeJS.Timeout | undefined;
      const expired = new Promise<'expired'>((resolve) => {
        timer = setTimeout(() => resolve('expired'), Math.max(0, deadlineMs - elapsedMs));
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
    async settle() {
      while (late.size > 0) await Promise.all([...late]);
    },
  };
}
