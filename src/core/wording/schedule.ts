/** Scheduled messages (reminders, corrections), the "lịch" reply and the job names it lists. */
import type { WordingTable } from './say';

type NameAt = { name: string; at: string };
type NameAtVenue = { name: string; at: string; venue: string };

export const SCHEDULE_WORDING = {
  meetingName: {
    vi: ({ kind, period }: { kind: string; period: string }) => `sinh hoạt chi bộ ${kind} ${period}`,
    en: ({ kind, period }: { kind: string; period: string }) => `the ${kind} cell meeting of ${period}`,
  },
  venueLine: {
    vi: ({ venues }: { venues: string }) => ` Địa điểm: ${venues}.`,
    en: ({ venues }: { venues: string }) => ` Venue: ${venues}.`,
  },
  rsvpReminder: {
    vi: ({ name, at }: NameAt) =>
      `Nhắc lịch: ${name} vào ${at}. Đồng chí chưa báo tham dự; đề nghị đồng chí xác nhận tham dự, hoặc báo vắng và nêu rõ lý do.`,
    en: ({ name, at }: NameAt) =>
      `Reminder: ${name} at ${at}. You have not answered yet; please confirm, or send your apologies with a reason.`,
  },
  reminderTitle: { vi: 'Nhắc lịch', en: 'Reminder' },
  attend: { vi: 'Tham dự', en: 'Attend' },
  attendOnline: { vi: 'Tham dự trực tuyến', en: 'Attend online' },
  joinOnline: { vi: 'Vào phòng họp trực tuyến', en: 'Join online' },
  joinReminder: {
    vi: ({ name, at, venue }: NameAtVenue) =>
      `Nhắc lịch: ${name} bắt đầu vào ${at}.${venue} Đề nghị các đồng chí tham dự đầy đủ, đúng giờ.`,
    en: ({ name, at, venue }: NameAtVenue) => `Reminder: ${name} starts at ${at}.${venue} Please be on time.`,
  },
  voteReminder: {
    vi: ({ name, at, motion }: NameAt & { motion: string }) =>
      `Nhắc biểu quyết: "${motion}" (${name}) kết thúc vào ${at}. Đồng chí chưa biểu quyết; đề nghị đồng chí biểu quyết trước thời hạn.`,
    en: ({ name, at, motion }: NameAt & { motion: string }) =>
      `Vote reminder: "${motion}" (${name}) closes at ${at}. You have not voted yet.`,
  },
  voteReminderTitle: { vi: 'Nhắc biểu quyết', en: 'Vote reminder' },
  movedNotice: {
    vi: ({ name, at, venue }: NameAtVenue) =>
      `Thời gian ${name} được điều chỉnh sang ${at}.${venue} Đề nghị các đồng chí lưu ý và tham dự đầy đủ, đúng giờ.`,
    en: ({ name, at, venue }: NameAtVenue) => `${name} has been moved to ${at}.${venue}`,
  },
  movedTitle: { vi: 'THÔNG BÁO điều chỉnh lịch sinh hoạt', en: 'Meeting moved' },
  cancelReason: {
    vi: ({ reason }: { reason: string }) => ` Lý do: ${reason}.`,
    en: ({ reason }: { reason: string }) => ` Reason: ${reason}.`,
  },
  cancelledNotice: {
    vi: ({ name, at, why }: NameAt & { why: string }) =>
      `Chi ủy thông báo: ${name} dự kiến vào ${at} không tổ chức.${why} Lịch sinh hoạt tiếp theo sẽ được thông báo sau.`,
    en: ({ name, at, why }: NameAt & { why: string }) =>
      `${name} planned for ${at} is cancelled.${why} The next meeting will be announced.`,
  },
  cancelledTitle: { vi: 'THÔNG BÁO hủy kỳ sinh hoạt', en: 'Meeting cancelled' },
  // "lịch": the rule and the next 45 days.
  ruleHead: {
    vi: ({ rule }: { rule: string }) => `Lịch sinh hoạt: ${rule}.`,
    en: ({ rule }: { rule: string }) => `Meeting rule: ${rule}.`,
  },
  nothingScheduled: {
    vi: 'Không có thông báo, nhắc lịch nào trong 45 ngày tới.',
    en: 'Nothing scheduled in the next 45 days.',
  },
  scheduleTitle: { vi: 'Lịch gửi thông báo, nhắc lịch', en: 'Schedule' },
  cancellationGoesOut: { vi: ' Thông báo hủy sẽ được gửi tới chi bộ.', en: ' A cancellation notice goes to the cell.' },
  ruleDayOfMonth: {
    vi: ({ day, time, weekend }: { day: number; time: string; weekend: string }) =>
      `ngày ${day} hằng tháng, ${time}${weekend}`,
    en: ({ day, time, weekend }: { day: number; time: string; weekend: string }) =>
      `day ${day} of each month at ${time}${weekend}`,
  },
  ruleNthWeekday: {
    vi: ({ day, nth, time }: { day: string; nth: string; time: string }) => `${day} ${nth} của tháng, ${time}`,
    en: ({ day, nth, time }: { day: string; nth: string; time: string }) =>
      `the ${nth} ${day} of each month at ${time}`,
  },
} as const satisfies WordingTable;

/** The scheduler's jobs by name (scheduler/plan.ts `JobName`; scheduler/labels.ts checks the keys). */
export const JOB_WORDING = {
  notice: { vi: 'Thông báo kèm chương trình', en: 'Notice with the agenda' },
  'remind.rsvp': { vi: 'Nhắc đồng chí chưa trả lời', en: 'Reminder to members who have not answered' },
  'remind.join': { vi: 'Nhắc giờ họp, địa điểm', en: 'Reminder with venue and join link' },
  rollcall: { vi: 'Mở điểm danh', en: 'Roll call opens' },
  'remind.vote': { vi: 'Nhắc biểu quyết', en: 'Vote reminder' },
  summary: { vi: 'Tóm tắt gửi Bí thư', en: 'Summary to the secretary' },
  'meeting.moved': { vi: 'Thông báo điều chỉnh lịch', en: 'Correction: meeting moved' },
  'meeting.cancelled': { vi: 'Thông báo hủy kỳ sinh hoạt', en: 'Notice: meeting cancelled' },
} as const satisfies WordingTable;

/** The job ledger's statuses (scheduler/ledger.ts `JobStatus`). */
export const JOB_STATUS_WORDING = {
  planned: { vi: 'Dự kiến', en: 'Planned' },
  running: { vi: 'Đang gửi', en: 'Sending' },
  sent: { vi: 'Đã gửi', en: 'Sent' },
  missed: { vi: 'Bỏ lỡ', en: 'Missed' },
  cancelled: { vi: 'Đã hủy', en: 'Cancelled' },
} as const satisfies WordingTable;
