/** The meeting's figures in words: quorum, duration and documents, a vote in progress, attendance, periods. */
import type { WordingTable } from './say';

type Quorum = { present: number; total: number; required: number; fraction: string; met: boolean };

export const FIGURES_WORDING = {
  quorumLine: {
    vi: (q: Quorum) =>
      `Đảng viên chính thức có mặt: ${q.present}/${q.total}; số cần có mặt theo quy chế chi bộ: ${q.required} (${q.fraction}). ${q.met ? 'Đủ điều kiện tiến hành sinh hoạt.' : 'Chưa đủ điều kiện tiến hành sinh hoạt.'}`,
    en: (q: Quorum) =>
      `Official members present: ${q.present}/${q.total}; required under the cell's rules: ${q.required} (${q.fraction}). ${q.met ? 'Quorum met.' : 'Quorum not met.'}`,
  },
  meetingShort: {
    vi: ({ minutes, minimum }: { minutes: number; minimum: number }) =>
      `Thời gian sinh hoạt ${minutes} phút, chưa đạt tối thiểu ${minimum} phút theo Hướng dẫn 42-HD/BTCTW (2025).`,
    en: ({ minutes, minimum }: { minutes: number; minimum: number }) =>
      `The meeting lasted ${minutes} minutes, under the ${minimum} minutes of Guidance 42-HD/BTCTW (2025).`,
  },
  documentsLate: {
    vi: ({ when }: { when: string }) =>
      `${when ? `Tài liệu được gửi lúc ${when}` : 'Tài liệu chưa được gửi trước cuộc họp'}, chưa đủ ít nhất 1 ngày trước cuộc họp theo Hướng dẫn 42-HD/BTCTW (2025).`,
    en: ({ when }: { when: string }) =>
      `${when ? `The documents were posted at ${when}` : 'The documents were not posted before the meeting'}; Guidance 42-HD/BTCTW (2025) asks for at least 1 day before.`,
  },
  votingInProgress: {
    vi: ({
      approve,
      denominator,
      percent,
      needed,
    }: {
      approve: number;
      denominator: number;
      percent: string;
      needed: number;
    }) =>
      `Đang biểu quyết: ${approve}/${denominator} đồng chí đảng viên chính thức tán thành (đạt ${percent}); cần ít nhất ${needed}/${denominator}.`,
    en: ({
      approve,
      denominator,
      percent,
      needed,
    }: {
      approve: number;
      denominator: number;
      percent: string;
      needed: number;
    }) =>
      `Voting in progress: ${approve}/${denominator} official members approved so far (${percent}); at least ${needed}/${denominator} needed.`,
  },
  quorumShort: {
    vi: ({ present, required, total }: { present: number; required: number; total: number }) =>
      `Số đảng viên chính thức có mặt (${present}) chưa đạt mức tối thiểu theo quy chế chi bộ (${required}/${total}).`,
    en: ({ present, required, total }: { present: number; required: number; total: number }) =>
      `Official members present (${present}) are fewer than the cell's rules require (${required}/${total}).`,
  },
  noResolutionCanPass: {
    vi: ({ voters, needed, denominator }: { voters: number; needed: number; denominator: number }) =>
      `Số đảng viên chính thức có mặt (${voters}) không đủ để bất kỳ nghị quyết nào được thông qua (cần ít nhất ${needed}/${denominator}).`,
    en: ({ voters, needed, denominator }: { voters: number; needed: number; denominator: number }) =>
      `Official members present (${voters}) are too few for any resolution to pass (at least ${needed}/${denominator} needed).`,
  },
  kindCannotPass: {
    vi: ({
      voters,
      label,
      needed,
      denominator,
    }: {
      voters: number;
      label: string;
      needed: number;
      denominator: number;
    }) =>
      `Số đảng viên chính thức có mặt (${voters}) không đủ để thông qua nội dung cần ${label} số đảng viên chính thức tán thành (cần ít nhất ${needed}/${denominator}).`,
    en: ({
      voters,
      label,
      needed,
      denominator,
    }: {
      voters: number;
      label: string;
      needed: number;
      denominator: number;
    }) =>
      `Official members present (${voters}) are too few to pass a motion needing ${label} (at least ${needed}/${denominator} needed).`,
  },
  comrade: { vi: 'đồng chí', en: 'comrade' },
  lowAttendance: {
    vi: ({ percent }: { percent: string }) => `Tỷ lệ đảng viên dự sinh hoạt đạt ${percent}, chưa đạt yêu cầu trên 85%.`,
    en: ({ percent }: { percent: string }) => `Attendance was ${percent}; the standard is above 85%.`,
  },
  unexcused: {
    vi: ({ n, list }: { n: number; list: string }) => `Có ${n} đồng chí vắng mặt không có lý do${list}.`,
    en: ({ n, list }: { n: number; list: string }) =>
      `${n} ${n === 1 ? 'member was' : 'members were'} absent without reason${list}.`,
  },
  streakItem: {
    vi: ({ who, length, span }: { who: string; length: number; span: string }) => `${who} (${length} kỳ, ${span})`,
    en: ({ who, length, span }: { who: string; length: number; span: string }) =>
      `${who} (${length} meetings, ${span})`,
  },
  excusedStreak: {
    vi: ({ streak, items }: { streak: number; items: string }) =>
      `Vắng có lý do từ ${streak} kỳ sinh hoạt liên tiếp trở lên trong năm: ${items}.`,
    en: ({ streak, items }: { streak: number; items: string }) =>
      `Absent with reason at ${streak} or more meetings in a row within a year: ${items}.`,
  },
  venueUnknown: { vi: 'không rõ điểm cầu', en: 'venue not recorded' },
  attachedInNotCounted: {
    vi: '; không tính đảng viên sinh hoạt tạm thời đến',
    en: '; members attached here temporarily not included',
  },
  otherTimezone: { vi: 'Múi giờ khác', en: 'Another timezone' },
} as const satisfies WordingTable;

/** What a roster import says about a row it could not read. */
export const ROSTER_IMPORT_WORDING = {
  unknownColumn: {
    vi: ({ value }: { value: string }) => `cột không xác định "${value}" (bỏ qua)`,
    en: ({ value }: { value: string }) => `unknown column "${value}" (ignored)`,
  },
  skippedBeforeHeader: {
    vi: ({ count }: { count: number }) => `bỏ qua ${count} dòng trước dòng tiêu đề`,
    en: ({ count }: { count: number }) => `skipped ${count} line(s) before the header`,
  },
  row: {
    vi: ({ line }: { line: number }) => `Hàng ${line}`,
    en: ({ line }: { line: number }) => `Row ${line}`,
  },
  line: {
    vi: ({ line }: { line: number }) => `Dòng ${line}`,
    en: ({ line }: { line: number }) => `Line ${line}`,
  },
  didYouMean: {
    vi: ({ suggestion }: { suggestion: string }) => ` – có phải "${suggestion}"?`,
    en: ({ suggestion }: { suggestion: string }) => ` – did you mean "${suggestion}"?`,
  },
} as const satisfies WordingTable;
