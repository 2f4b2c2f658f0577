/** The demo cell's calendar: the meeting already held and the draft, placed around the clock's today. */
import { localDateTimeToUtc, periodOf } from '../../core/format';
import { localParts } from '../../core/zoned-time';

export const DEMO_TIME_ZONE = 'Asia/Ho_Chi_Minh';

export interface DemoDates {
  readonly now: Date;
  /** The meeting already held: day 5 at 14:00 (Vietnam time) of the month before `next`. */
  readonly held: Date;
  /** The upcoming meeting (draft): the first day 5 at 14:00 after now. */
  readonly next: Date;
  readonly heldPeriod: string;
  readonly nextPeriod: string;
  readonly year: string;
  readonly monthPeriod: string;
}

/**
 * Before the 5th, the held meeting is last month's and the draft this month's. After it, the
 * held one is this month's and the draft next month's: a cell never skips a month.
 */
export function demoDates(now: Date): DemoDates {
  const today = localParts(now, DEMO_TIME_ZONE);
  const dayFive = (monthOffset: number): Date => {
    const first = new Date(Date.UTC(today.year, today.month - 1 + monthOffset, 1));
    const month = String(first.getUTCMonth() + 1).padStart(2, '0');
    return localDateTimeToUtc(`${first.getUTCFullYear()}-${month}-05`, '14:00', DEMO_TIME_ZONE);
  };
  const offset = dayFive(0) > now ? 0 : 1;
  const held = dayFive(offset - 1);
  const next = dayFive(offset);
  return {
    now,
    held,
    next,
    heldPeriod: periodOf(held, DEMO_TIME_ZONE),
    nextPeriod: periodOf(next, DEMO_TIME_ZONE),
    year: String(today.year),
    monthPeriod: periodOf(now, DEMO_TIME_ZONE),
  };
}

export const minutes = (date: Date, n: number): Date => new Date(date.getTime() + n * 60_000);
