/** Words the CLI prints for stored codes (the core's labels where it has them). */
import type { MeetingStatus } from '../core/types';

const MEETING_STATUS_LABELS: Readonly<Record<MeetingStatus, string>> = {
  draft: 'Dự thảo',
  announced: 'Đã thông báo',
  in_progress: 'Đang họp',
  closed: 'Đã kết thúc',
  cancelled: 'Đã hủy',
};

/** "Dự thảo", "Đã kết thúc", …; the stored code itself when unknown. */
export function meetingStatusLabel(status: string): string {
  return (MEETING_STATUS_LABELS as Readonly<Record<string, string>>)[status] ?? status;
}
