/** Members recorded present at a meeting, as the roll call records them (only they may vote). */
import type { Database } from '../../src/store/database';

export async function markPresent(
  db: Database,
  meetingId: string,
  memberIds: readonly string[],
  at = new Date(),
): Promise<void> {
  if (memberIds.length === 0) return;
  await db.prisma.attendance.createMany({
    data: memberIds.map((memberId) => ({ meetingId, memberId, presence: 'present', checkedInAt: at })),
  });
}
