/** "Biểu quyết <nội dung>": the chair or committee puts a motion to an open vote in chat. */
import { DomainError, localDetail } from '../../core/errors';
import { formatClock } from '../../core/format';
import { normalizeText } from '../../core/text';
import { assertOpenableInChat } from '../../core/voting';
import type { Member } from '../../store/rows';
import { rollCallWasOpened } from '../attendance/rollcall';
import { cardKey } from '../shared/card-keys';
import type { FeatureContext, CommitteeContext } from '../shared/context';
import { requireCurrentMeeting, requireMeetingOfCell, type MeetingWithDetails } from '../../meetings/meeting-queries';
import type { TurnResult } from '../turn';
import { findVoteCardMotion } from './motion-queries';
import { voteViewFor } from './vote-view';
import { say } from '../../core/wording/say';
import { VOTE_NOTE_WORDING } from '../../core/wording/votes';

export interface OpenVoteInput {
  readonly meetingId?: string;
  readonly title: string;
  readonly kind: string;
}

/** "mở lúc 14 giờ 20, đã kết thúc": when the same motion was opened, and whether it is still open. */
function whenOpened(
  ctx: FeatureContext,
  meeting: MeetingWithDetails,
  motion: { openedAt: Date; status: string },
): string {
  const clock = formatClock(motion.openedAt, meeting.cell.timezone, ctx.turn.locale);
  return say(ctx.turn.locale, VOTE_NOTE_WORDING.openedAt, { clock, open: motion.status === 'open' });
}

/**
 * Creates the motion once: the meeting row is locked for the transaction, so two presses of the same opening
 * cannot both create it; the same title at the same meeting is the same motion (refused, saying when it was
 * opened), and a second open motion in the cell is refused as before.
 */
async function createOnce(
  ctx: FeatureContext,
  meeting: MeetingWithDetails,
  member: Member,
  title: string,
  kind: string,
): Promise<string> {
  return ctx.db.prisma.$transaction(async (tx) => {
    await tx.meeting.updateMany({ where: { id: meeting.id }, data: { status: meeting.status } });
    const motions = await tx.motion.findMany({
      where: { meetingId: meeting.id },
      select: { title: true, openedAt: true, status: true },
    });
    const same = motions.find((m) => normalizeText(m.title) === normalizeText(title));
    if (same) throw new DomainError('motion.already_opened', whenOpened(ctx, meeting, same));
    const open = await tx.motion.count({ where: { status: 'open', meeting: { cellId: meeting.cellId } } });
    if (open > 0) throw new DomainError('motion.already_open');
    const created = await tx.motion.create({
      data: { meetingId: meeting.id, title, kind, openedByMemberId: member.id, openedAt: ctx.clock.now() },
      select: { id: true },
    });
    await tx.auditEvent.create({
      data: {
        cellId: meeting.cellId,
        actorMemberId: member.id,
        type: 'motion.opened',
        subjectId: created.id,
        data: JSON.stringify({ title, kind }),
      },
    });
    return created.id;
  });
}

/** Opens a motion (secret-ballot matters are refused; the roll call comes first) and answers with the shared vote card. */
export async function openVote(ctx: CommitteeContext, input: OpenVoteInput): Promise<TurnResult> {
  const { member, cell } = ctx;
  const kind = input.kind;
  assertOpenableInChat(kind);
  const title = input.title.trim();
  if (title.length === 0 || title.length > 500)
    throw new DomainError('input.invalid', localDetail('nội dung biểu quyết', 'motion title'));
  const meeting = input.meetingId
    ? await requireMeetingOfCell(ctx.db, cell.id, input.meetingId)
    : await requireCurrentMeeting(ctx.db, cell.id);
  if (meeting.status === 'closed' || meeting.status === 'cancelled') throw new DomainError('meeting.closed');
  // Only members recorded present vote, so a vote before any roll call would have no voters (DOMAIN.md's order).
  if (meeting.status !== 'in_progress' || !(await rollCallWasOpened(ctx.db, meeting.id)))
    throw new DomainError('motion.no_rollcall');
  const id = await createOnce(ctx, meeting, member, title, kind);
  const motion = await findVoteCardMotion(ctx.db, id);
  if (!motion) throw new Error(`motion ${id} vanished after create`);
  const shared = await voteViewFor(ctx, motion, null, ctx.turn.locale);
  return { replies: [{ kind: 'card', view: shared, cardKey: cardKey('vote', motion.id) }], refreshes: [] };
}
