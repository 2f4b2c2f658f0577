/** Creating, posting and closing a meeting, and the links to its documents. */
import type { WordingTable } from './say';

type MonthWhen = { month: string; when: string };

export const MEETING_WORDING = {
  closedHead: { vi: 'Kỳ sinh hoạt đã bế mạc. Tóm tắt kết quả:', en: 'The meeting is closed. Summary:' },
  createdDraft: {
    vi: 'Đã tạo kỳ sinh hoạt (bản nháp). Xem lại thông báo dưới đây rồi gõ "thông báo" hoặc bấm "Gửi thông báo" để gửi tới chi bộ.',
    en: 'Meeting created (draft). Review the notice below, then type "notice" or press "Post notice" to send it to the cell.',
  },
  postNotice: { vi: 'Gửi thông báo', en: 'Post notice' },
  regularAlreadyHeld: {
    vi: ({ month, when }: MonthWhen) =>
      `Kỳ sinh hoạt định kỳ ${month} đã diễn ra (${when}). Nếu cần họp thêm, đề nghị chọn loại chuyên đề hoặc bất thường.`,
    en: ({ month, when }: MonthWhen) =>
      `The regular meeting of ${month} has already taken place (${when}). For another meeting, choose thematic or extraordinary.`,
  },
  regularAlreadyPlanned: {
    vi: ({ month, when }: MonthWhen) =>
      `Chi bộ đã có kỳ sinh hoạt định kỳ ${month} vào ${when}. Để đổi thời gian, đề nghị dùng lệnh "dời họp"; giữ nguyên thời gian thì các nội dung khác được cập nhật vào kỳ sinh hoạt đó.`,
    en: ({ month, when }: MonthWhen) =>
      `The cell already has its regular meeting of ${month} on ${when}. To change its time use "move meeting"; with the same time, the other details are filled into that meeting.`,
  },
  // Signed links to the minutes, the resolution and the dashboard.
  linksFor: {
    vi: ({ when }: { when: string }) =>
      `Đường dẫn dành riêng cho đồng chí, có hiệu lực đến ${when}; đề nghị không chuyển tiếp.`,
    en: ({ when }: { when: string }) => `These links are for you only and expire at ${when}; do not forward them.`,
  },
  documentsOf: { vi: 'Tài liệu kỳ sinh hoạt', en: 'Documents of the meeting' },
  minutesTitle: { vi: 'BIÊN BẢN VÀ NGHỊ QUYẾT', en: 'MINUTES AND RESOLUTION' },
  dashboardTitle: { vi: 'BẢNG THEO DÕI SINH HOẠT CHI BỘ', en: 'CELL DASHBOARD' },
  openDashboard: { vi: 'Mở bảng theo dõi', en: 'Open the dashboard' },
  downloadMinutes: { vi: 'Tải biên bản (.docx)', en: 'Download the minutes (.docx)' },
  downloadResolution: { vi: 'Tải dự thảo nghị quyết (.docx)', en: 'Download the draft resolution (.docx)' },
  yearSheet: {
    vi: ({ year }: { year: string }) => `Bảng điểm danh, biểu quyết năm ${year} (.xlsx)`,
    en: ({ year }: { year: string }) => `Attendance and votes ${year} (.xlsx)`,
  },
} as const satisfies WordingTable;
