/** Opening, closing and recording a vote: the details a refusal or a note adds. */
import type { WordingTable } from './say';

export const VOTE_NOTE_WORDING = {
  closedAt: {
    vi: ({ at }: { at: string }) => `, lúc ${at}`,
    en: ({ at }: { at: string }) => `, at ${at}`,
  },
  openedAt: {
    vi: ({ clock, open }: { clock: string; open: boolean }) => `mở lúc ${clock}, ${open ? 'đang biểu quyết' : 'đã kết thúc'}`,
    en: ({ clock, open }: { clock: string; open: boolean }) => `opened at ${clock}, ${open ? 'still open' : 'closed'}`,
  },
  namedTwice: { vi: 'một đồng chí được ghi hai lần', en: 'a member is named twice' },
  byMinuteTaker: { vi: 'thư ký', en: 'the minute-taker' },
  byMember: {
    vi: ({ name }: { name: string }) => `đồng chí ${name}`,
    en: ({ name }: { name: string }) => name,
  },
  handsRecorded: {
    vi: ({ who, groups }: { who: string; groups: string }) => `Đã ghi nhận biểu quyết giơ tay, ${who} ghi nhận: ${groups}.`,
    en: ({ who, groups }: { who: string; groups: string }) => `Show of hands recorded by ${who}: ${groups}.`,
  },
  keptOwnBallots: {
    vi: ({ names }: { names: string }) => `Giữ nguyên phiếu đồng chí đã tự biểu quyết: ${names}.`,
    en: ({ names }: { names: string }) => `Kept the ballots members cast themselves: ${names}.`,
  },
} as const satisfies WordingTable;

/** A show of hands, choice by choice, in lower case as the note lists them. */
export const HANDS_CHOICE_WORDING = {
  approve: { vi: 'tán thành', en: 'approve' },
  reject: { vi: 'không tán thành', en: 'reject' },
  other: { vi: 'ý kiến khác', en: 'other opinion' },
} as const satisfies WordingTable;

/** Targets: what a refusal adds when a target cannot be found or is ambiguous. */
export const TARGET_WORDING = {
  namePeriod: { vi: 'đề nghị ghi rõ kỳ, ví dụ "chỉ tiêu năm 2025: …"', en: 'name the period, e.g. "target 2025: …"' },
  noSuchTarget: {
    vi: ({ metric, where }: { metric: string; where: string }) => `không có chỉ tiêu "${metric}" (${where})`,
    en: ({ metric, where }: { metric: string; where: string }) => `no target "${metric}" (${where})`,
  },
  ambiguous: {
    vi: ({ count, named }: { count: number; named: string }) => `có ${count} chỉ tiêu trùng tên (${named}); đề nghị ghi rõ kỳ, ví dụ "tiến độ chỉ tiêu năm 2025: …"`,
    en: ({ count, named }: { count: number; named: string }) => `${count} targets match (${named}); name the period, e.g. "target progress 2025: …"`,
  },
} as const satisfies WordingTable;
