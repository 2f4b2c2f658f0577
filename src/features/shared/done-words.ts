/** What a one-shot action says once it is done, and when it is asked again: "Đã gửi thông báo lúc 08 giờ 15, ngày 03/12/2026." */
import { formatClockAndDate } from '../../core/format';
import type { Locale } from '../../core/types';

/** "08 giờ 15, ngày 03/12/2026" / "08:15, 3 Dec 2026". */
export function doneAt(at: Date, timeZone: string, locale: Locale): string {
  return formatClockAndDate(at, timeZone, locale);
}

const WORDS = {
  vi: {
    noticePosted: (when: string) => `Đã gửi thông báo lúc ${when}.`,
    noticeAlready: (when: string) =>
      `Thông báo đã được gửi lúc ${when}; không gửi lại. Các đồng chí trả lời trên thông báo đó.`,
    noticeNotDraft: 'Kỳ sinh hoạt đã bắt đầu; thông báo không gửi lại.',
    meetingCreated: (when: string) => `Đã tạo kỳ sinh hoạt từ biểu mẫu này lúc ${when}.`,
    meetingAlready: (meeting: string) =>
      `Biểu mẫu này đã được gửi; không tạo thêm kỳ sinh hoạt. Kỳ sinh hoạt đã tạo: ${meeting}.`,
    closedAt: (when: string) => `Kỳ sinh hoạt đã bế mạc lúc ${when}.`,
  },
  en: {
    noticePosted: (when: string) => `Notice posted at ${when}.`,
    noticeAlready: (when: string) =>
      `The notice was posted at ${when}; it is not posted again. Members answer on that notice.`,
    noticeNotDraft: 'The meeting has started; the notice is not posted again.',
    meetingCreated: (when: string) => `Meeting created from this form at ${when}.`,
    meetingAlready: (meeting: string) =>
      `This form was already submitted; no other meeting is created. The meeting it made: ${meeting}.`,
    closedAt: (when: string) => `The meeting was closed at ${when}.`,
  },
} as const;

export function doneWords(locale: Locale): (typeof WORDS)[Locale] {
  return WORDS[locale];
}
