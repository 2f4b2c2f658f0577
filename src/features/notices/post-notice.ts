/**
 * "Thông báo" / "Gửi thông báo": posts the current (or named) meeting's notice
 * to the cell, once. A second press (or a press after the scheduler posted it)
 * posts nothing and says when the notice went out; the pressed card then
 * shows that instead of a live button, and members keep answering on the one
 * notice the channel has.
 */
import { DomainError } from '../../core/errors';
import { cardKey } from '../shared/card-keys';
import type { FeatureContext, CommitteeContext } from '../shared/context';
import { messageView } from '../shared/results';
import { doneAt, doneWords } from '../shared/done-words';
import { requireCurrentMeeting, requireMeetingOfCell, type MeetingWithDetails } from '../../meetings/meeting-queries';
import type { TurnResult } from '../turn';
import { announceMeeting, type AnnounceOutcome } from '../../meetings/lifecycle';
import { noticeViewFor } from './notice-view';

/** The answer when this turn did not announce: nothing posted, the pressed card says why. */
function alreadyPosted(
  ctx: FeatureContext,
  meeting: MeetingWithDetails,
  outcome: Extract<AnnounceOutcome, { announced: false }>,
): TurnResult {
  const locale = ctx.turn.locale;
  const words = doneWords(locale);
  if (outcome.status === 'closed' || outcome.status === 'cancelled') throw new DomainError('meeting.closed');
  const text = outcome.postedAt
    ? words.noticeAlready(doneAt(outcome.postedAt, meeting.cell.timezone, locale))
    : words.noticeNotDraft;
  const view = messageView(locale, 'info', text);
  // A typed command gets the sentence as a reply; a pressed card becomes it.
  return ctx.turn.event.kind === 'card.action'
    ? { replies: [], updatedCard: view, updatedCardForAll: true, refreshes: [] }
    : { replies: [{ kind: 'card', view }], refreshes: [] };
}

/** Announces the meeting and answers with the shared notice card (channels post it to the conversation). */
export async function postNotice(ctx: CommitteeContext, meetingId?: string): Promise<TurnResult> {
  const { member, cell } = ctx;
  const meeting = meetingId
    ? await requireMeetingOfCell(ctx.db, cell.id, meetingId)
    : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status === 'closed' || meeting.status === 'cancelled') throw new DomainError('meeting.closed');
  const outcome = await announceMeeting(ctx.db, cell.id, meeting.id, { memberId: member.id }, ctx.clock.now());
  if (!outcome.announced) return alreadyPosted(ctx, meeting, outcome);
  const fresh = await requireMeetingOfCell(ctx.db, cell.id, meeting.id);
  const shared = await noticeViewFor(ctx, fresh, null);
  const key = cardKey('notice', meeting.id);
  const done = messageView(
    ctx.turn.locale,
    'success',
    doneWords(ctx.turn.locale).noticePosted(doneAt(outcome.postedAt, cell.timezone, ctx.turn.locale)),
  );
  return {
    replies: [{ kind: 'card', view: shared, cardKey: key }],
    ...(ctx.turn.event.kind === 'card.action' ? { updatedCard: done, updatedCardForAll: true } : {}),
    refreshes: [{ cardKey: key, view: shared }],
  };
}
