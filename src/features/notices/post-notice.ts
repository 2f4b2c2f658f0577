/** "Thông báo": posts the current (or named) meeting's notice to the cell. */
import { DomainError } from '../../core/errors';
import { cardKey } from '../shared/card-keys';
import { requireCell, requireCommittee, type FeatureContext } from '../shared/context';
import { requireCurrentMeeting, requireMeetingOfCell } from '../meetings/meeting-queries';
import type { TurnResult } from '../turn';
import { noticeViewFor } from './notice-view';

/** Marks the meeting announced and answers with the shared notice card (channels post it to the conversation). */
export async function postNotice(ctx: FeatureContext, meetingId?: string): Promise<TurnResult> {
  const member = requireCommittee(ctx);
  const cell = requireCell(ctx);
  const meeting = meetingId ? await requireMeetingOfCell(ctx.db, cell.id, meetingId) : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status === 'closed' || meeting.status === 'cancelled') throw new DomainError('meeting.closed');
  const now = ctx.clock.now();
  if (meeting.status === 'draft') {
    await ctx.db.prisma.meeting.update({ where: { id: meeting.id }, data: { status: 'announced', noticePostedAt: now } });
    await ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'notice.posted', subjectId: meeting.id } });
  }
  const fresh = await requireMeetingOfCell(ctx.db, cell.id, meeting.id);
  const shared = await noticeViewFor(ctx, fresh, null);
  const key = cardKey('notice', meeting.id);
  return { replies: [{ kind: 'card', view: shared, cardKey: key }], refreshes: [{ cardKey: key, view: shared }] };
}
