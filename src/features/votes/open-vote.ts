/** "Biểu quyết <nội dung>": the chair or committee puts a motion to an open vote in chat. */
import { DomainError } from '../../core/errors';
import { assertOpenableInChat } from '../../core/voting';
import { cardKey } from '../shared/card-keys';
import { requireCell, requireCommittee, type FeatureContext } from '../shared/context';
import { requireCurrentMeeting, requireMeetingOfCell } from '../meetings/meeting-queries';
import type { TurnResult } from '../turn';
import { findOpenMotionId, findVoteCardMotion } from './motion-queries';
import { voteViewFor } from './vote-view';

export interface OpenVoteInput {
  readonly meetingId?: string;
  readonly title: string;
  readonly kind: string;
}

/** Opens a motion (secret-ballot matters are refused) and answers with the shared vote card. */
export async function openVote(ctx: FeatureContext, input: OpenVoteInput): Promise<TurnResult> {
  const member = requireCommittee(ctx);
  const cell = requireCell(ctx);
  const kind = input.kind;
  assertOpenableInChat(kind);
  const title = input.title.trim();
  if (title.length === 0 || title.length > 500) throw new DomainError('input.invalid', 'nội dung biểu quyết');
  const meeting = input.meetingId ? await requireMeetingOfCell(ctx.db, cell.id, input.meetingId) : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status === 'closed' || meeting.status === 'cancelled') throw new DomainError('meeting.closed');
  if ((await findOpenMotionId(ctx.db, cell.id)) !== null) throw new DomainError('motion.already_open');
  const created = await ctx.db.prisma.motion.create({
    data: { meetingId: meeting.id, title, kind, openedByMemberId: member.id, openedAt: ctx.clock.now() },
  });
  await ctx.db.prisma.auditEvent.create({
    data: { cellId: cell.id, actorMemberId: member.id, type: 'motion.opened', subjectId: created.id, data: JSON.stringify({ title, kind }) },
  });
  const motion = await findVoteCardMotion(ctx.db, created.id);
  if (!motion) throw new Error(`motion ${created.id} vanished after create`);
  const shared = await voteViewFor(ctx, motion, null, ctx.turn.locale);
  const key = cardKey('vote', motion.id);
  return { replies: [{ kind: 'card', view: shared, cardKey: key }], refreshes: [] };
}
