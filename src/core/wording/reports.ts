/** The upper committee's report as chat text (Zalo) and as the dashboard's lines and links. */
import type { WordingTable } from './say';

type Numbers = {
  cells: number;
  heldAll: number;
  meetings: number;
  rate: string;
  excused: number;
  unexcused: number;
  passed: number;
  motions: number;
};
type DashboardTotals = Numbers & {
  attention: number;
  inPerson: number;
  online: number;
  mixed: number;
  probationDue: number;
};

export const REPORT_WORDING = {
  title: { vi: 'Báo cáo sinh hoạt chi bộ', en: 'Cell meetings report' },
  numbers: {
    vi: (n: Numbers) =>
      `Chi bộ: ${n.cells} (sinh hoạt đầy đủ: ${n.heldAll}); kỳ sinh hoạt: ${n.meetings}; tỷ lệ dự: ${n.rate}; vắng có lý do: ${n.excused}, không lý do: ${n.unexcused}; biểu quyết thông qua: ${n.passed}/${n.motions}.`,
    en: (n: Numbers) =>
      `Cells: ${n.cells} (met every month: ${n.heldAll}); meetings: ${n.meetings}; attendance: ${n.rate}; excused: ${n.excused}, unexcused: ${n.unexcused}; motions passed: ${n.passed}/${n.motions}.`,
  },
  moreCells: {
    vi: ({ count }: { count: number }) => `… và ${count} chi bộ khác (xem tệp báo cáo).`,
    en: ({ count }: { count: number }) => `… and ${count} more cells (see the report files).`,
  },
  noAttention: { vi: 'Không có chi bộ cần lưu ý.', en: 'No cell needs attention.' },
  needingAttention: { vi: 'Chi bộ cần lưu ý', en: 'Cells needing attention' },
  downloadXlsx: { vi: 'Tải .xlsx', en: 'Download .xlsx' },
  downloadDocx: { vi: 'Tải .docx', en: 'Download .docx' },
  dashboard: { vi: 'Bảng theo dõi', en: 'Dashboard' },
  // The committee page.
  minutes: { vi: 'phút', en: 'min' },
  noMeeting: { vi: 'không SH', en: 'none' },
  dashboardCells: {
    vi: (x: DashboardTotals) => `Chi bộ: ${x.cells}; sinh hoạt định kỳ đầy đủ: ${x.heldAll}; cần lưu ý: ${x.attention}`,
    en: (x: DashboardTotals) =>
      `Cells: ${x.cells}; held every meeting: ${x.heldAll}; needing attention: ${x.attention}`,
  },
  dashboardMeetings: {
    vi: (x: DashboardTotals) =>
      `Số kỳ sinh hoạt: ${x.meetings} (trực tiếp ${x.inPerson}, trực tuyến ${x.online}, kết hợp ${x.mixed})`,
    en: (x: DashboardTotals) =>
      `Meetings: ${x.meetings} (in person ${x.inPerson}, online ${x.online}, mixed ${x.mixed})`,
  },
  dashboardAttendance: {
    vi: (x: DashboardTotals) => `Tỷ lệ dự sinh hoạt: ${x.rate}; vắng có lý do ${x.excused}, không lý do ${x.unexcused}`,
    en: (x: DashboardTotals) => `Attendance: ${x.rate}; excused ${x.excused}, unexcused ${x.unexcused}`,
  },
  dashboardMotions: {
    vi: (x: DashboardTotals) => `Biểu quyết thông qua: ${x.passed}/${x.motions}; dự bị đến hạn: ${x.probationDue}`,
    en: (x: DashboardTotals) => `Motions passed: ${x.passed} of ${x.motions}; probations due: ${x.probationDue}`,
  },
  // The particulars of a reason for attention.
  inMonths: {
    vi: ({ months }: { months: string }) => `tháng ${months}`,
    en: ({ months }: { months: string }) => months,
  },
  atMeetings: {
    vi: ({ months }: { months: string }) => `kỳ ${months}`,
    en: ({ months }: { months: string }) => months,
  },
  unexcusedCount: {
    vi: ({ n }: { n: number }) => `${n} lượt`,
    en: ({ n }: { n: number }) => `${n} unexcused`,
  },
  memberCount: {
    vi: ({ n }: { n: number }) => `${n} đồng chí`,
    en: ({ n }: { n: number }) => `${n} member(s)`,
  },
  comradeName: {
    vi: ({ name }: { name: string }) => `đồng chí ${name}`,
    en: ({ name }: { name: string }) => name,
  },
  reportDocx: { vi: 'Báo cáo (.docx)', en: 'Report (.docx)' },
  workbookXlsx: { vi: 'Bảng tổng hợp (.xlsx)', en: 'Workbook (.xlsx)' },
} as const satisfies WordingTable;
