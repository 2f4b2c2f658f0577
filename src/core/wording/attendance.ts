/** Answers to the notice, check-ins, the roll-call card and the roster's totals. */
import type { WordingTable } from './say';

type Names = { names: string };
type Listed = { count: number; names: string };

export const ATTENDANCE_WORDING = {
  recordedOnBehalf: {
    vi: ({ names }: Names) => `Đã ghi nhận có mặt (ghi nhận hộ): ${names}.`,
    en: ({ names }: Names) => `Recorded as present (on their behalf): ${names}.`,
  },
  alreadyPresent: {
    vi: ({ names }: Names) => `Đã có mặt từ trước: ${names}.`,
    en: ({ names }: Names) => `Already present: ${names}.`,
  },
  lateArrivals: {
    vi: ({ count, names }: Listed) => `Đến muộn: ${count} đồng chí (${names}).`,
    en: ({ count, names }: Listed) => `Late arrivals: ${count} (${names}).`,
  },
  onBehalfCount: {
    vi: ({ count, names }: Listed) => `Ghi nhận hộ (không có thiết bị): ${count} đồng chí (${names}).`,
    en: ({ count, names }: Listed) => `Recorded on their behalf (no device): ${count} (${names}).`,
  },
  rollCallHeading: {
    vi: ({ period }: { period: string }) => `ĐIỂM DANH – sinh hoạt chi bộ ${period}`,
    en: ({ period }: { period: string }) => `ROLL CALL – cell meeting, ${period}`,
  },
  checkedIn: {
    vi: ({ clock, late, wasExcused }: { clock: string; late: boolean; wasExcused: boolean }) =>
      `Đã ghi nhận đồng chí có mặt lúc ${clock}${late ? ' (đến muộn)' : ''}.${wasExcused ? ' Việc điểm danh thay cho báo xin vắng trước đó.' : ''}`,
    en: ({ clock, late, wasExcused }: { clock: string; late: boolean; wasExcused: boolean }) =>
      `You are recorded as present at ${clock}${late ? ' (late arrival)' : ''}.${wasExcused ? ' Your check-in replaces your earlier apology.' : ''}`,
  },
  rsvpExcused: {
    vi: ({ reason }: { reason: string }) => `Đã ghi nhận đồng chí xin vắng, lý do: ${reason}.`,
    en: ({ reason }: { reason: string }) => `Recorded: excused, reason: ${reason}.`,
  },
  rsvpVenue: {
    vi: ({ venue }: { venue: string }) => ` – điểm cầu ${venue}`,
    en: ({ venue }: { venue: string }) => ` – venue ${venue}`,
  },
  rsvpOnline: {
    vi: ({ where }: { where: string }) => `Đã ghi nhận đồng chí tham dự trực tuyến${where}.`,
    en: ({ where }: { where: string }) => `Recorded: attending online${where}.`,
  },
  rsvpAttend: {
    vi: ({ where }: { where: string }) => `Đã ghi nhận đồng chí tham dự${where}.`,
    en: ({ where }: { where: string }) => `Recorded: attending${where}.`,
  },
  rosterTotals: {
    vi: ({
      total,
      official,
      probationary,
      extra,
    }: {
      total: number;
      official: number;
      probationary: number;
      extra: string;
    }) => `Tổng số đảng viên: ${total} (chính thức ${official}, dự bị ${probationary})${extra ? `; ${extra}` : ''}.`,
    en: ({
      total,
      official,
      probationary,
      extra,
    }: {
      total: number;
      official: number;
      probationary: number;
      extra: string;
    }) => `Members: ${total} (official ${official}, probationary ${probationary})${extra ? `; ${extra}` : ''}.`,
  },
} as const satisfies WordingTable;

/** The notice: its heading, the request to attend, the online approval and the warnings. */
export const NOTICE_WORDING = {
  heading: {
    vi: ({ kind, period }: { kind: string; period: string }) => `THÔNG BÁO sinh hoạt chi bộ ${kind} ${period}`,
    en: ({ kind, period }: { kind: string; period: string }) => `NOTICE: ${kind} cell meeting, ${period}`,
  },
  request: {
    vi: ({ deadline }: { deadline: string }) =>
      `Đề nghị các đồng chí tham dự đầy đủ, đúng giờ; trường hợp vắng mặt, đề nghị báo cáo đồng chí Bí thư và nêu rõ lý do trước ${deadline}.`,
    en: ({ deadline }: { deadline: string }) =>
      `Please attend in full and on time; if you cannot, tell the secretary with your reason before ${deadline}.`,
  },
  noApproval: {
    vi: 'Sinh hoạt trực tuyến cần có văn bản đồng ý của cấp ủy cấp trên (Hướng dẫn 03-HD/TW); chi bộ chưa lưu số, ngày văn bản (nhập tại "cài đặt").',
    en: 'Online meetings need the upper committee’s approval (Guidance 03-HD/TW); the cell has no approval reference on file (enter it under "settings").',
  },
  approval: {
    vi: ({ ref, date }: { ref: string; date: string }) =>
      `Sinh hoạt trực tuyến theo văn bản đồng ý số ${ref}${date ? `, ${date}` : ' (chưa lưu ngày văn bản)'} của cấp ủy cấp trên (Hướng dẫn 03-HD/TW).`,
    en: ({ ref, date }: { ref: string; date: string }) =>
      `Online meeting under the upper committee’s approval ${ref}${date ? ` of ${date}` : ' (no date on file)'} (Guidance 03-HD/TW).`,
  },
  secretLinkedOnly: {
    vi: 'Tài liệu mật chỉ được dẫn liên kết, không gửi tệp vào nhóm.',
    en: 'Secret documents are linked only, never posted.',
  },
} as const satisfies WordingTable;

/** Help when the bot did not understand. */
export const HELP_WORDING = {
  notUnderstood: { vi: 'Chưa hiểu yêu cầu của đồng chí.', en: 'Sorry, I did not understand.' },
  notUnderstoodCommands: {
    vi: 'Chưa hiểu yêu cầu của đồng chí. Các lệnh có thể dùng:',
    en: 'Sorry, I did not understand. Commands you can use:',
  },
} as const satisfies WordingTable;
