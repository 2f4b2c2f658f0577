/** What the Zalo channel says itself: linking, answer pages, hints for typed answers. */
import type { WordingTable } from './say';

export const ZALO_WORDING = {
  stranger: {
    vi:
      'Trợ lý sinh hoạt chi bộ xin chào đồng chí. Tài khoản Zalo của đồng chí chưa được liên kết với danh sách đảng viên của chi bộ. ' +
      'Đề nghị đồng chí gửi mã liên kết do đồng chí Bí thư chi bộ cung cấp (ví dụ: ABCD-EFGH).',
    en:
      'The party-cell assistant greets you, comrade. Your Zalo account is not yet linked to the cell roster. ' +
      'Please send the link code the cell secretary gave you (for example: ABCD-EFGH).',
  },
  badCode: {
    vi: 'Mã liên kết không đúng, đã được sử dụng hoặc đã hết hạn. Đề nghị đồng chí kiểm tra lại hoặc liên hệ đồng chí Bí thư chi bộ để nhận mã mới.',
    en: 'The link code is wrong, already used or expired. Please check it or ask the cell secretary for a new one.',
  },
  linked: {
    vi: ({ name, cell }: { name: string; cell: string }) =>
      `Đã liên kết tài khoản Zalo của đồng chí với đảng viên ${name}${cell ? `, ${cell}` : ''}. Từ nay đồng chí sẽ nhận thông báo sinh hoạt, điểm danh và biểu quyết của chi bộ qua Zalo. Gõ "trợ giúp" để xem các lệnh.`,
    en: ({ name, cell }: { name: string; cell: string }) =>
      `Your Zalo account is now linked to the member ${name}${cell ? `, ${cell}` : ''}. From now on you will receive the cell's meeting notices, roll calls and votes on Zalo. Type "help" to see the commands.`,
  },
  // What to type when a button answer needs words the button cannot carry.
  hintReason: {
    vi: 'Đồng chí trả lời theo mẫu: "vắng: <lý do>", ví dụ "vắng: đi công tác".',
    en: 'Please answer as: "excused: <reason>", for example "excused: business trip".',
  },
  hintComment: {
    vi: 'Đồng chí trả lời theo mẫu: "ý kiến khác: <nội dung>".',
    en: 'Please answer as: "other: <comment>".',
  },
  hintOpinion: {
    vi: 'Đồng chí gửi ý kiến theo mẫu: "ý kiến khác: <nội dung>".',
    en: 'Please give your opinion as: "other: <comment>".',
  },
  answerOnWeb: { vi: 'Trả lời trên trang web (Zalo PC/Web)', en: 'Answer on the web page (Zalo PC/Web)' },
  openAnswerPage: { vi: 'Mở trang trả lời', en: 'Open the answer page' },
  orReply: { vi: 'Hoặc trả lời', en: 'Or reply' },
  digitReason: { vi: ' (xin vắng kèm lý do, ví dụ: "3 đi công tác")', en: ' (give a reason, e.g. "3 business trip")' },
  digitComment: {
    vi: ' (ý kiến khác kèm nội dung, ví dụ: "3 đề nghị bổ sung…")',
    en: ' (add your comment, e.g. "3 please add…")',
  },
  formElsewhere: {
    vi: 'Biểu mẫu này cần thực hiện trên Microsoft Teams, trang quản trị hoặc công cụ dòng lệnh của chi bộ.',
    en: 'This form has to be filled in on Microsoft Teams, the dashboard or the command line.',
  },
  answerAgain: {
    vi: 'Đồng chí có thể thay đổi đăng ký bằng cách trả lời lại.',
    en: 'You may change your answer by answering again.',
  },
  // The signed answer page.
  pageTitle: { vi: 'Trợ lý sinh hoạt chi bộ', en: 'Party-cell meeting assistant' },
  pageFor: {
    vi: ({ name }: { name: string }) =>
      `Trang này dành riêng cho đồng chí <strong>${name}</strong>; đề nghị không chuyển tiếp đường dẫn.`,
    en: ({ name }: { name: string }) =>
      `This page is for comrade <strong>${name}</strong> only; please do not forward the link.`,
  },
  linkRefused: {
    vi: 'Đường dẫn không hợp lệ. Đề nghị đồng chí dùng đường dẫn mới nhất trong tin nhắn Zalo của chi bộ.',
    en: "The link is not valid. Please use the latest link in the cell's Zalo messages.",
  },
  linkExpired: {
    vi: 'Đường dẫn đã hết hạn. Đề nghị đồng chí trả lời trong Zalo hoặc xin đường dẫn mới.',
    en: 'The link has expired. Please answer in Zalo or ask for a new link.',
  },
  accountUnlinked: {
    vi: 'Tài khoản Zalo của đồng chí chưa được liên kết (hoặc đã được gỡ liên kết), nên đường dẫn này không còn dùng được.',
    en: 'Your Zalo account is not linked (or was unlinked), so this link can no longer be used.',
  },
  linkOfAnother: {
    vi: 'Đường dẫn này dành cho một đồng chí và một nội dung khác; câu trả lời không được ghi nhận.',
    en: 'This link is for another member or another item; the answer was not recorded.',
  },
  chooseAnswer: { vi: 'Đề nghị đồng chí chọn một câu trả lời.', en: 'Please choose an answer.' },
  recorded: { vi: 'Đã ghi nhận.', en: 'Done.' },
} as const satisfies WordingTable;
