/** The cell's meetings of one calendar year up to a meeting, for the "3 excused in a row" flag. */
import type { MeetingAttendance as HistoryEntry } from '../../core/quality-flags';
import type { Locale } from '../../core/types';
import type { Database } from '../../store/database';
import type { Cell, Meeting } from '../../store/rows';
import { loadMeetingsFigures } from '../attendance/meeting-rows';

export async function loadYearHistory(
  db: Database,
  meeting: Meeting & { cell: Cell },
  locale: Locale,
): Promise<HistoryEntry[]> {
  const year = meeting.period.slice(0, 4);
  const meetings = await db.prisma.meeting.findMany({
    where: {
      cellId: meeting.cellId,
      status: { in: ['closed', 'in_progress'] },
      period: { startsWith: year },
      startsAt: { lte: meeting.startsAt },
    },
    orderBy: { startsAt: 'asc' },
  });
  const loaded = await loadMeetingsFigures(db, meeting.cell, meetings, locale);
  return loaded.map((held) => ({ period: held.meeting.period, records: held.input.records }));
}
