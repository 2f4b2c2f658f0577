/**
 * At most N turns of the Teams channel run at once; the others wait their
 * turn, first come first served. Without it a burst of 1,000 presses runs all
 * of them interleaved: each request's queries queue behind everyone else's
 * (and, on PostgreSQL, behind a pool of ten connections), so they all finish
 * together at the end. With it the first presses are answered first, while
 * Teams still waits for them, and nothing else changes.
 *
 * Card refreshes wait behind presses: each update of a shared card makes up to
 * 60 clients ask for their own view, and a late refresh only leaves the shared
 * card showing a moment longer, where a late press shows the member an error.
 *
 * A turn that hangs (a database call that never returns) gives its slot back
 * after `holdLimitMs` and goes on alone: a few stuck turns never stop the rest.
 */
export type TurnPriority = 'press' | 'refresh';

export interface TurnGate {
  run<T>(work: () => Promise<T>, priority?: TurnPriority): Promise<T>;
  /** Turns running and waiting (for logs and tests). */
  readonly load: { readonly running: number; readonly waiting: number };
}

export function createTurnGate(limit: number, holdLimitMs = 30_000): TurnGate {
  if (!Number.isInteger(limit) || limit < 1)
    throw new Error(`turn gate: limit must be a positive integer, got ${limit}`);
  let running = 0;
  const waiting: Record<TurnPriority, (() => void)[]> = { press: [], refresh: [] };

  const enter = async (priority: TurnPriority): Promise<void> => {
    if (running < limit) {
      running += 1;
      return;
    }
    // The slot is handed over by leave(): running stays the same.
    await new Promise<void>((resolve) => waiting[priority].push(resolve));
  };
  const leave = (): void => {
    const next = waiting.press.shift() ?? waiting.refresh.shift();
    if (next) next();
    else running -= 1;
  };

  return {
    async run(work, priority = 'press') {
      await enter(priority);
      let left = false;
      const leaveOnce = (): void => {
        if (left) return;
        left = true;
        leave();
      };
      const timer = setTimeout(leaveOnce, holdLimitMs);
      timer.unref();
      try {
        return await work();
      } finally {
        clearTimeout(timer);
        leaveOnce();
      }
    },
    get load() {
      return { running, waiting: waiting.press.length + waiting.refresh.length };
    },
  };
}
