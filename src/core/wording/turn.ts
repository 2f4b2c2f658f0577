/** What any channel says about a turn itself: done, failed, still running, sent elsewhere. */
import type { WordingTable } from './say';

export const TURN_WORDING = {
  apology: {
    vi: ({ requestId }: { requestId: string }) =>
      `Xin lỗi đồng chí, hệ thống gặp sự cố khi xử lý yêu cầu. Đề nghị thử lại sau (mã: ${requestId}).`,
    en: ({ requestId }: { requestId: string }) =>
      `Sorry, something went wrong while handling your request. Please try again later (ref: ${requestId}).`,
  },
  unsupportedAction: { vi: 'Thao tác không được hỗ trợ.', en: 'Unsupported action.' },
  done: { vi: 'Đã ghi nhận.', en: 'Done.' },
  sentToPersonalChat: {
    vi: 'Đã gửi tới cuộc trò chuyện riêng của đồng chí với trợ lý.',
    en: 'Sent to your personal chat with the assistant.',
  },
  postedInCellChat: {
    vi: 'Đã gửi tới cuộc trò chuyện chung của chi bộ.',
    en: "Posted in the cell's shared conversation.",
  },
  stillProcessing: {
    vi: 'Yêu cầu của đồng chí đang được xử lý; thẻ sẽ được cập nhật trong giây lát.',
    en: 'Your request is being processed; the card will update in a moment.',
  },
} as const satisfies WordingTable;
