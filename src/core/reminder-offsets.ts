/**
 * When each scheduled message goes out, relative to the meeting (or to a
 * vote's deadline). Read from Cell.reminderOffsets, a JSON array of
 * `{ job, minutesBefore }` / `{ job: 'summary', minutesAfter }`; the setup
 * form writes generic `{ job: 'reminder', minutesBefore }` entries, which are
 * read by size (a week or more: the notice; half a day or more: the reminder
 * to members who have not answered; less: the reminder with the join link).
 */
const MINUTES_PER_DAY = 1_440;

export interface ScheduleOffsets {
  /** The notice with the agenda (DOMAIN.md: about a week before; documents ≥ 1 day before). */
  readonly noticeMinutesBefore: number;
  /** Reminders to invited members who have not answered. */
  readonly rsvpMinutesBefore: readonly number[];
  /** Reminders to the cell with the venue and join link. */
  readonly joinMinutesBefore: readonly number[];
  /** Reminder to official members who have not voted, before a motion's deadline. */
  readonly voteMinutesBefore: number;
  /** The monthly summary to the secretary, after the planned end. */
  readonly summaryMinutesAfter: number;
}

export const DEFAULT_OFFSETS: ScheduleOffsets = {
  noticeMinutesBefore: 7 * MINUTES_PER_DAY,
  rsvpMinutesBefore: [MINUTES_PER_DAY],
  joinMinutesBefore: [60],
  voteMinutesBefore: 60,
  summaryMinutesAfter: 30,
};

const ENTRY_JOBS = ['notice', 'remind.rsvp', 'remind.join', 'remind.vote', 'summary', 'reminder'] as const;
interface Entry {
  readonly job: (typeof ENTRY_JOBS)[number];
  readonly minutesBefore?: number;
  readonly minutesAfter?: number;
}

function isMinutes(value: unknown): boolean {
  return (
    value === undefined ||
    (typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 60 * MINUTES_PER_DAY)
  );
}

/** The entries of a stored array; null when any element is not an entry (the whole column is then ignored). */
function readEntries(value: unknown): Entry[] | null {
  if (!Array.isArray(value)) return null;
  const entries: Entry[] = [];
  for (const item of value as unknown[]) {
    if (typeof item !== 'object' || item === null) return null;
    const { job, minutesBefore, minutesAfter } = item as Record<string, unknown>;
    if (!(ENTRY_JOBS as readonly unknown[]).includes(job) || !isMinutes(minutesBefore) || !isMinutes(minutesAfter))
      return null;
    entries.push({
      job: job as Entry['job'],
      ...(minutesBefore === undefined ? {} : { minutesBefore: minutesBefore as number }),
      ...(minutesAfter === undefined ? {} : { minutesAfter: minutesAfter as number }),
    });
  }
  return entries;
}

function jobOf(entry: Entry): Entry['job'] {
  if (entry.job !== 'reminder') return entry.job;
  const before = entry.minutesBefore ?? 0;
  if (before >= 7 * MINUTES_PER_DAY) return 'notice';
  return before >= 720 ? 'remind.rsvp' : 'remind.join';
}

/** The cell's offsets; anything unreadable falls back to the defaults (logged by the caller). */
export function parseOffsets(json: string): ScheduleOffsets {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    // A corrupt column must not stop the cell's schedule: the defaults apply.
    return DEFAULT_OFFSETS;
  }
  const entries = readEntries(value);
  if (entries === null || entries.length === 0) return DEFAULT_OFFSETS;
  const by = (job: Entry['job']): number[] =>
    entries
      .filter((e) => jobOf(e) === job)
      .map((e) => (job === 'summary' ? (e.minutesAfter ?? 0) : (e.minutesBefore ?? 0)));
  const uniq = (list: number[]): number[] => [...new Set(list)].sort((a, b) => b - a);
  const rsvp = uniq(by('remind.rsvp'));
  const join = uniq(by('remind.join'));
  return {
    noticeMinutesBefore: Math.max(...by('notice'), 0) || DEFAULT_OFFSETS.noticeMinutesBefore,
    rsvpMinutesBefore: rsvp,
    joinMinutesBefore: join,
    voteMinutesBefore: by('remind.vote')[0] ?? DEFAULT_OFFSETS.voteMinutesBefore,
    summaryMinutesAfter: by('summary')[0] ?? DEFAULT_OFFSETS.summaryMinutesAfter,
  };
}

/** The offsets as stored (the "nhắc lịch" command writes this form). */
export function offsetsJson(offsets: ScheduleOffsets): string {
  return JSON.stringify([
    { job: 'notice', minutesBefore: offsets.noticeMinutesBefore },
    ...offsets.rsvpMinutesBefore.map((m) => ({ job: 'remind.rsvp', minutesBefore: m })),
    ...offsets.joinMinutesBefore.map((m) => ({ job: 'remind.join', minutesBefore: m })),
    { job: 'remind.vote', minutesBefore: offsets.voteMinutesBefore },
    { job: 'summary', minutesAfter: offsets.summaryMinutesAfter },
  ]);
}

const WEEK = 7 * MINUTES_PER_DAY;
const HALF_DAY = 720;

/**
 * The offsets after the secretary chose reminders (minutes before the meeting) by size: a week or more
 * moves the notice (which always goes out), half a day or more reminds members who have not answered,
 * less sends the join reminder. The vote reminder and the summary stay as they were.
 */
export function withReminderMinutes(current: ScheduleOffsets, minutesBefore: readonly number[]): ScheduleOffsets {
  const notice = minutesBefore.filter((m) => m >= WEEK);
  return {
    ...current,
    noticeMinutesBefore: notice[0] ?? current.noticeMinutesBefore,
    rsvpMinutesBefore: minutesBefore.filter((m) => m >= HALF_DAY && m < WEEK),
    joinMinutesBefore: minutesBefore.filter((m) => m < HALF_DAY),
  };
}

/** The reminders the secretary chose, as minutes before the meeting (the notice first). */
export function reminderMinutesOf(offsets: ScheduleOffsets): number[] {
  return [...new Set([offsets.noticeMinutesBefore, ...offsets.rsvpMinutesBefore, ...offsets.joinMinutesBefore])].sort(
    (a, b) => b - a,
  );
}
