/** The cell's meetings of one calendar year up to a meeting, for the "3 excused in a row" flag. */
import type { MeetingAttendance as HistoryEntry } from '../../core/quality-flags';
import type { Database } from '../../store/database';
import type { Meeting } from '../../store/rows';
import { loadMeetingAttendance } from '../attendance/attendance-data';

export async function loadYearHistory(db: Database, meeting: Meeting): Promise<HistoryEntry[]> {
  const year = meeting.period.slice(0, 4);
  const meetings = await db.prisma.meeting.findMany({
    where: { cellId: meeting.cellId, status: { in: ['closed', 'in_progress'] }, period: { startsWith: year }, startsAt: { lte: meeting.startsAt } },
    orderBy: { startsAt: 'asc' },
  });
  const entries: HistoryEntry[] = [];
  for (const held of meetings) {
    const attendance = await loadMeetingAttendance(db, held);
    entries.push({ period: held.period, records: attendance.records });
  }
  return entries;
}
