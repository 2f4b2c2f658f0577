/**
 * "Bế mạc": the committee closes the meeting. Open votes must be closed first;
 * from then on a summoned member with no roll-call answer counts as absent
 * without reason, and the summary is final.
 */
import { DomainError } from '../../core/errors';
import { requireCell, requireCommittee, type FeatureContext } from '../shared/context';
import { messageView } from '../shared/results';
import { loadMeetingSummary } from '../summaries/load-summary';
import { summaryView } from '../summaries/summary-view';
import type { TurnResult } from '../turn';
import { findOpenMotionId } from '../votes/motion-queries';
import { requireCurrentMeeting } from './meeting-queries';

export async function closeMeeting(ctx: FeatureContext): Promise<TurnResult> {
  const member = requireCommittee(ctx);
  const cell = requireCell(ctx);
  const meeting = await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status !== 'in_progress') throw new DomainError('rollcall.not_open');
  if ((await findOpenMotionId(ctx.db, cell.id)) !== null) throw new DomainError('motion.already_open');
  const closed = await ctx.db.prisma.meeting.updateMany({
    where: { id: meeting.id, status: 'in_progress' },
    data: { status: 'closed', endedAt: ctx.clock.now() },
  });
  if (closed.count !== 1) throw new DomainError('meeting.closed');
  await ctx.db.prisma.auditEvent.create({ data: { cellId: cell.id, actorMemberId: member.id, type: 'meeting.closed', subjectId: meeting.id } });
  const locale = ctx.turn.locale;
  const done = messageView(locale, 'success', locale === 'vi' ? 'Kỳ sinh hoạt đã bế mạc. Tóm tắt kết quả:' : 'The meeting is closed. Summary:');
  const summary = summaryView(await loadMeetingSummary(ctx.db, meeting.id, locale), locale);
  return { replies: [{ kind: 'card', view: done }, { kind: 'card', view: summary }], refreshes: [] };
}
