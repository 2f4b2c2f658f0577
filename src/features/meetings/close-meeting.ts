/**
 * "Bế mạc": the committee closes the meeting. Open votes must be closed first;
 * from then on a summoned member with no roll-call answer counts as absent
 * without reason, and the summary is final. Closing is done once (the
 * lifecycle's endMeeting): a second "bế mạc" (or one racing the first)
 * changes nothing and says when the meeting was closed.
 */
import { DomainError } from '../../core/errors';
import { timingFlags } from '../../core/timing-flags';
import type { Database } from '../../store/database';
import type { FeatureContext, CommitteeContext } from '../shared/context';
import { messageView } from '../shared/results';
import { publicCard } from '../shared/audience';
import { loadMeetingSummary } from '../summaries/load-summary';
import { summaryView } from '../summaries/summary-view';
import type { TurnResult } from '../turn';
import { findOpenMotionId } from '../votes/motion-queries';
import { doneAt, doneWords } from '../shared/done-words';
import { endMeeting } from '../../meetings/lifecycle';
import { findCurrentMeeting, meetingInclude } from '../../meetings/meeting-queries';
import { timingOf } from '../../meetings/meeting-timing';
import { say } from '../../core/wording/say';
import { MEETING_WORDING } from '../../core/wording/meetings';

/** A second "bế mạc" within this long of the close is told the meeting is closed (an older close is another month's). */
const RECENT_CLOSE_MS = 24 * 60 * 60 * 1000;

function lastClosedMeeting(db: Database, cellId: string) {
  return db.prisma.meeting.findFirst({
    where: { cellId, status: 'closed', endedAt: { not: null } },
    orderBy: { endedAt: 'desc' },
    select: { endedAt: true },
  });
}

function alreadyClosed(ctx: FeatureContext, endedAt: Date, timeZone: string): TurnResult {
  const locale = ctx.turn.locale;
  return {
    replies: [
      {
        kind: 'card',
        view: messageView(locale, 'info', doneWords(locale).closedAt(doneAt(endedAt, timeZone, locale))),
      },
    ],
    refreshes: [],
  };
}

/** The answer when there is no meeting in progress: "already closed at …" right after a close, else the refusal. */
async function notInProgress(
  ctx: FeatureContext,
  cellId: string,
  timeZone: string,
  refusal: DomainError,
): Promise<TurnResult> {
  const last = await lastClosedMeeting(ctx.db, cellId);
  const endedAt = last?.endedAt ?? null;
  if (endedAt !== null && ctx.clock.now().getTime() - endedAt.getTime() <= RECENT_CLOSE_MS)
    return alreadyClosed(ctx, endedAt, timeZone);
  throw refusal;
}

/** The close's answer to the secretary: done, with the 42-HD/BTCTW timing warnings, then the summary. */
async function closedAnswer(ctx: FeatureContext, meetingId: string, timeZone: string): Promise<TurnResult> {
  const locale = ctx.turn.locale;
  const meeting = await ctx.db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: meetingInclude });
  const warnings = timingFlags(timingOf(meeting, timeZone), locale).map((flag) => flag.text);
  const head = say(locale, MEETING_WORDING.closedHead);
  const done = messageView(locale, warnings.length > 0 ? 'warning' : 'success', [head, ...warnings].join('\n'));
  const summary = summaryView(await loadMeetingSummary(ctx.db, meetingId, locale), locale);
  // The meeting's result, for the cell (the summary lists the same timing warnings among its notes).
  return { replies: [publicCard(done), publicCard(summary)], refreshes: [] };
}

export async function closeMeeting(ctx: CommitteeContext): Promise<TurnResult> {
  const { member, cell } = ctx;
  const meeting = await findCurrentMeeting(ctx.db, cell.id);
  if (meeting === null) return notInProgress(ctx, cell.id, cell.timezone, new DomainError('meeting.none'));
  if (meeting.status !== 'in_progress')
    return notInProgress(ctx, cell.id, cell.timezone, new DomainError('rollcall.not_open'));
  if ((await findOpenMotionId(ctx.db, cell.id)) !== null) throw new DomainError('motion.already_open');
  if (!(await endMeeting(ctx.db, cell.id, meeting.id, { memberId: member.id }, ctx.clock.now())))
    return notInProgress(ctx, cell.id, cell.timezone, new DomainError('meeting.closed'));
  return closedAnswer(ctx, meeting.id, cell.timezone);
}
