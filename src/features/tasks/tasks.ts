/**
 * Tasks the chair sets for next month ("nhiệm vụ: <nội dung> – <người phụ
 * trách> – <hạn dd/mm/yyyy>"): each with an owner and, usually, a deadline.
 * Reports give their status by one rule (task-status.ts): overdue as of the report's date.
 */
import { formatDueDate } from '../../core/meeting-notes';
import type { MemberContext } from '../shared/context';
import { committeeReplyWith, messageView } from '../shared/results';
import type { TurnResult } from '../turn';
import { audit, findMemberByName, meetingForNotes, requireChair, say } from '../speakers/notes-context';

export interface AddTaskInput {
  readonly meetingId?: string;
  readonly title: string;
  readonly owner: string;
  /** "2025-09-30" */
  readonly due?: string;
}

/** Records a task; an owner who is not on the roster (a party group, "Chi ủy") is kept by name. */
export async function addTask(ctx: MemberContext, input: AddTaskInput): Promise<TurnResult> {
  const meeting = await meetingForNotes(ctx, input.meetingId);
  const chair = requireChair(ctx, meeting);
  const owner = await findMemberByName(ctx, meeting.cellId, input.owner);
  const task = await ctx.db.prisma.task.create({
    data: {
      cellId: meeting.cellId,
      meetingId: meeting.id,
      title: input.title.trim().slice(0, 500),
      ownerMemberId: owner?.id ?? null,
      ownerName: owner?.fullName ?? input.owner.trim().slice(0, 200),
      dueDate: input.due ? new Date(`${input.due}T00:00:00Z`) : null,
      createdAt: ctx.clock.now(),
    },
  });
  await audit(ctx, chair, 'task.added', task.id, {
    meetingId: meeting.id,
    owner: task.ownerName,
    due: input.due ?? null,
  });
  const due = input.due ? say(ctx, `, hạn ngày ${formatDueDate(input.due)}`, `, due ${formatDueDate(input.due)}`) : '';
  const text = say(
    ctx,
    `Đã ghi nhiệm vụ: ${task.title} – phụ trách: ${task.ownerName}${due}.`,
    `Task recorded: ${task.title} – owner: ${task.ownerName}${due}.`,
  );
  return committeeReplyWith(messageView(ctx.turn.locale, 'success', text));
}
