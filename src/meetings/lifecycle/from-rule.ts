/**
 * (nothing) → draft: the meeting the cell's rule names for a month is stored
 * once, when its notice is due (the scheduler's tick) or when a secretary
 * moves or cancels it before that. Its id is deterministic (ruleMeetingId),
 * so of two writers one stores the row and the other finds it.
 */
import type { PlanMeeting } from '../../core/schedule-plan';
import type { Database } from '../../store/database';
import { isUniqueViolation } from '../../store/errors';

/** Stores the rule's meeting as a draft; true when this call stored it. The scheduler's store is audited ('meeting.scheduled'). */
export async function storeRuleMeeting(
  db: Pick<Database, 'prisma'>,
  cellId: string,
  meeting: Pick<PlanMeeting, 'id' | 'period' | 'startsAt'> & { readonly plannedMinutes?: number },
  byScheduler: boolean,
): Promise<boolean> {
  try {
    await db.prisma.meeting.create({
      data: {
        id: meeting.id,
        cellId,
        period: meeting.period,
        kind: 'regular',
        startsAt: meeting.startsAt,
        ...(meeting.plannedMinutes === undefined ? {} : { plannedMinutes: meeting.plannedMinutes }),
      },
    });
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
  if (byScheduler)
    await db.prisma.auditEvent.create({
      data: { cellId, type: 'meeting.scheduled', subjectId: meeting.id, data: JSON.stringify({ by: 'scheduler' }) },
    });
  return true;
}
