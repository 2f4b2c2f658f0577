/** A stored meeting's timing as the 42-HD/BTCTW warnings read it (core/timing-flags.ts). */
import type { MeetingTiming } from '../core/timing-flags';
import { isThematicItem } from '../core/timing-flags';
import type { Meeting } from '../store/rows';
import { toMeetingKind } from '../store/mappers';

export function timingOf(
  meeting: Meeting & { agendaItems: readonly { title: string }[] },
  timeZone: string,
): MeetingTiming {
  return {
    kind: toMeetingKind(meeting.kind),
    thematicPart: meeting.agendaItems.some((item) => isThematicItem(item.title)),
    startedAt: meeting.startedAt,
    endedAt: meeting.endedAt,
    plannedAt: meeting.startsAt,
    noticePostedAt: meeting.noticePostedAt,
    timeZone,
  };
}
