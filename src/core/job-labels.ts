/** Words for jobs and ledger statuses, for the CLI and the "lịch" card. */
import type { JobName, JobStatus } from './schedule-plan';
import type { Locale } from './types';

const JOB_LABELS: Readonly<Record<JobName, Readonly<Record<Locale, string>>>> = {
  notice: { vi: 'Thông báo kèm chương trình', en: 'Notice with the agenda' },
  'remind.rsvp': { vi: 'Nhắc đồng chí chưa trả lời', en: 'Reminder to members who have not answered' },
  'remind.join': { vi: 'Nhắc giờ họp, địa điểm', en: 'Reminder with venue and join link' },
  rollcall: { vi: 'Mở điểm danh', en: 'Roll call opens' },
  'remind.vote': { vi: 'Nhắc biểu quyết', en: 'Vote reminder' },
  summary: { vi: 'Tóm tắt gửi Bí thư', en: 'Summary to the secretary' },
  'meeting.moved': { vi: 'Thông báo điều chỉnh lịch', en: 'Correction: meeting moved' },
  'meeting.cancelled': { vi: 'Thông báo hủy kỳ sinh hoạt', en: 'Notice: meeting cancelled' },
};

const STATUS_LABELS: Readonly<Record<JobStatus, Readonly<Record<Locale, string>>>> = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  running: { vi: 'Đang gửi', en: 'Sending' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  missed: { vi: 'Bỏ lỡ', en: 'Missed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
};

export function jobLabel(job: JobName, locale: Locale): string {
  return JOB_LABELS[job][locale];
}

export function jobStatusLabel(status: JobStatus, locale: Locale): string {
  return STATUS_LABELS[status][locale];
}
