/**
 * The order speeches are listed in (minutes, summary, cards): the order the
 * speakers took the floor, not the order they asked for it.
 */

/** The speeches a record lists: those recorded, not requests still waiting for the floor. */
export const RECORDED_SPEECHES = { status: 'recorded' } as const;

/** Speaking order; rows noted before spokenAt existed keep the order they were noted in (NULLs placed alike on both databases). */
export const SPOKEN_ORDER = [
  { spokenAt: { sort: 'asc', nulls: 'last' } },
  { createdAt: 'asc' },
  { id: 'asc' },
] as const;
