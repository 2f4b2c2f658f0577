/**
 * Which targets belong to a period, and which meeting's period a target typed
 * without one belongs to. Summaries of a month or a year read targets here.
 */
import { DomainError } from '../../core/errors';
import { defaultTargetPeriod, targetPeriodLabel, type TargetScope } from '../../core/period';
import { normalizeText } from '../../core/text';
import type { Locale } from '../../core/types';
import type { Database } from '../../store/database';
import type { Target } from '../../store/rows';
import { findCurrentMeeting, findLatestHeldMeeting, requireMeetingOfCell } from '../../meetings/meeting-queries';
import { say } from '../../core/wording/say';
import { TARGET_WORDING } from '../../core/wording/votes';

/**
 * The targets a summary of `period` shows: for a month ("2024-12") the year's targets, then the month's;
 * for a year ("2024") the year's targets, then those of each of its months in order.
 */
export async function targetsForPeriod(db: Database, cellId: string, period: string): Promise<Target[]> {
  const year = period.slice(0, 4);
  const where =
    period.length === 4
      ? {
          OR: [
            { scope: 'year', period: year },
            { scope: 'month', period: { startsWith: `${year}-` } },
          ],
        }
      : {
          OR: [
            { scope: 'year', period: year },
            { scope: 'month', period },
          ],
        };
  // "year" sorts after "month": descending puts the year's targets first.
  return db.prisma.target.findMany({
    where: { cellId, ...where },
    orderBy: [{ scope: 'desc' }, { period: 'asc' }, { createdAt: 'asc' }],
  });
}

/** The meeting a target command is about: the one named, the one in progress or being prepared, else the latest held. */
export async function meetingOfTargetCommand(db: Database, cellId: string, meetingId?: string) {
  if (meetingId) return requireMeetingOfCell(db, cellId, meetingId);
  const current = await findCurrentMeeting(db, cellId);
  if (current) return current;
  const held = await findLatestHeldMeeting(db, cellId);
  return held ? requireMeetingOfCell(db, cellId, held.id) : null;
}

/** A period named by the chair, else the meeting's; with neither the chair is asked to name one (never the server's clock). */
export function periodOfTarget(
  scope: TargetScope,
  named: string | undefined,
  meetingPeriod: string | null,
  locale: Locale,
): string {
  if (named) return named;
  if (meetingPeriod) return defaultTargetPeriod(scope, meetingPeriod);
  throw new DomainError('meeting.none', say(locale, TARGET_WORDING.namePeriod));
}

export interface ProgressLookup {
  readonly metric: string;
  /** Where to look: the periods of the meeting (its month and year), or the one named. */
  readonly periods: readonly { scope: TargetScope; period: string }[];
}

/** The one target a typed name means among the periods looked at: an exact name (accents optional), else the only one containing it. */
export async function findTargetForProgress(
  db: Database,
  cellId: string,
  lookup: ProgressLookup,
  locale: Locale,
): Promise<Target> {
  const candidates = await db.prisma.target.findMany({
    where: { cellId, OR: lookup.periods.map((p) => ({ scope: p.scope, period: p.period })) },
    orderBy: [{ scope: 'desc' }, { createdAt: 'asc' }],
  });
  const wanted = normalizeText(lookup.metric);
  const exact = candidates.filter((t) => normalizeText(t.metric) === wanted);
  const matches = exact.length > 0 ? exact : candidates.filter((t) => normalizeText(t.metric).includes(wanted));
  const where = lookup.periods.map((p) => targetPeriodLabel(p.scope, p.period, locale)).join(', ');
  if (matches.length === 1 && matches[0]) return matches[0];
  if (matches.length === 0)
    throw new DomainError('input.invalid', say(locale, TARGET_WORDING.noSuchTarget, { metric: lookup.metric, where }));
  const named = matches
    .map((t) => `${t.metric} – ${targetPeriodLabel(t.scope === 'year' ? 'year' : 'month', t.period, locale)}`)
    .join('; ');
  throw new DomainError('input.invalid', say(locale, TARGET_WORDING.ambiguous, { count: matches.length, named }));
}
