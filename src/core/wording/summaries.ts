/** The roll-up of a period ("tóm tắt năm 2025"): one line per meeting, the totals, the tasks. */
import type { WordingTable } from './say';

type MeetingLine = {
  when: string;
  presentTotal: number;
  present: number;
  expected: number;
  rate: string;
  excused: number;
  unexcused: number;
  passed: number;
  motions: number;
};
type Totals = {
  meetings: number;
  averageRateText: string;
  excused: number;
  unexcused: number;
  motions: number;
  passed: number;
};
type Tasks = { total: number; done: number; open: number; overdue: number };

export const SUMMARY_WORDING = {
  meetingLine: {
    vi: (m: MeetingLine) =>
      `${m.when}: có mặt ${m.presentTotal}, tỷ lệ dự sinh hoạt ${m.present}/${m.expected} (${m.rate}); vắng có lý do ${m.excused}, không lý do ${m.unexcused}; biểu quyết ${m.passed}/${m.motions} nội dung thông qua`,
    en: (m: MeetingLine) =>
      `${m.when}: present ${m.presentTotal}, attendance ${m.present}/${m.expected} (${m.rate}); excused ${m.excused}, unexcused ${m.unexcused}; ${m.passed}/${m.motions} motions adopted`,
  },
  totalMeetings: {
    vi: (t: Totals) => `Số kỳ sinh hoạt: ${t.meetings}; tỷ lệ dự họp bình quân: ${t.averageRateText}`,
    en: (t: Totals) => `Meetings: ${t.meetings}; average attendance: ${t.averageRateText}`,
  },
  totalAbsences: {
    vi: (t: Totals) => `Vắng có lý do: ${t.excused} lượt; vắng không lý do: ${t.unexcused} lượt`,
    en: (t: Totals) => `Excused absences: ${t.excused}; unexcused: ${t.unexcused}`,
  },
  totalMotions: {
    vi: (t: Totals) => `Nội dung biểu quyết: ${t.motions}, được thông qua: ${t.passed}`,
    en: (t: Totals) => `Motions: ${t.motions}, adopted: ${t.passed}`,
  },
  tasks: {
    vi: (t: Tasks) => `Tổng số ${t.total}: hoàn thành ${t.done}, đang thực hiện ${t.open}, quá hạn ${t.overdue}`,
    en: (t: Tasks) => `Total ${t.total}: done ${t.done}, in progress ${t.open}, overdue ${t.overdue}`,
  },
} as const satisfies WordingTable;
