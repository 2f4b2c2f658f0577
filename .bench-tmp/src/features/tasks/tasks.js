"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.addTask = addTask;
exports.taskStatusAt = taskStatusAt;
/**
 * Tasks the chair sets for next month ("nhiệm vụ: <nội dung> – <người phụ
 * trách> – <hạn dd/mm/yyyy>"): each with an owner and, usually, a deadline.
 * Next month's summary reports their status against the clock.
 */
const meeting_notes_1 = require("../../core/meeting-notes");
const results_1 = require("../shared/results");
const notes_context_1 = require("../speakers/notes-context");
/** Records a task; an owner who is not on the roster (a party group, "Chi ủy") is kept by name. */
async function addTask(ctx, input) {
    const meeting = await (0, notes_context_1.meetingForNotes)(ctx, input.meetingId);
    const chair = (0, notes_context_1.requireChair)(ctx, meeting);
    const owner = await (0, notes_context_1.findMemberByName)(ctx, meeting.cellId, input.owner);
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
    await (0, notes_context_1.audit)(ctx, chair, 'task.added', task.id, { meetingId: meeting.id, owner: task.ownerName, due: input.due ?? null });
    const due = input.due ? (0, notes_context_1.say)(ctx, `, hạn ${(0, meeting_notes_1.formatDueDate)(input.due)}`, `, due ${(0, meeting_notes_1.formatDueDate)(input.due)}`) : '';
    const text = (0, notes_context_1.say)(ctx, `Đã ghi nhiệm vụ: ${task.title} – phụ trách: ${task.ownerName}${due}.`, `Task recorded: ${task.title} – owner: ${task.ownerName}${due}.`);
    return (0, results_1.replyWith)((0, results_1.messageView)(ctx.turn.locale, 'success', text));
}
/** open | done | overdue as of `now` (a task past its deadline and not done is overdue). */
function taskStatusAt(task, now) {
    if (task.status === 'done')
        return 'done';
    if (task.dueDate && task.dueDate.getTime() + 24 * 3600_000 <= now.getTime())
        return 'overdue';
    return 'open';
}
//# sourceMappingURL=tasks.js.map