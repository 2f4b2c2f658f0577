/** Votes: the call, the result lines, and the details a refusal or a note adds. */
import type { WordingTable } from './say';

export const VOTE_NOTE_WORDING = {
  closedAt: {
    vi: ({ at }: { at: string }) => `, lúc ${at}`,
    en: ({ at }: { at: string }) => `, at ${at}`,
  },
  openedAt: {
    vi: ({ clock, open }: { clock: string; open: boolean }) =>
      `mở lúc ${clock}, ${open ? 'đang biểu quyết' : 'đã kết thúc'}`,
    en: ({ clock, open }: { clock: string; open: boolean }) => `opened at ${clock}, ${open ? 'still open' : 'closed'}`,
  },
  namedTwice: { vi: 'một đồng chí được ghi hai lần', en: 'a member is named twice' },
  byMinuteTaker: { vi: 'thư ký', en: 'the minute-taker' },
  byMember: {
    vi: ({ name }: { name: string }) => `đồng chí ${name}`,
    en: ({ name }: { name: string }) => name,
  },
  handsRecorded: {
    vi: ({ who, groups }: { who: string; groups: string }) =>
      `Đã ghi nhận biểu quyết giơ tay, ${who} ghi nhận: ${groups}.`,
    en: ({ who, groups }: { who: string; groups: string }) => `Show of hands recorded by ${who}: ${groups}.`,
  },
  keptOwnBallots: {
    vi: ({ names }: { names: string }) => `Giữ nguyên phiếu đồng chí đã tự biểu quyết: ${names}.`,
    en: ({ names }: { names: string }) => `Kept the ballots members cast themselves: ${names}.`,
  },
} as const satisfies WordingTable;

type Present = { voters: number; approve: number; reject: number; other: number; silent: number };
type Result = { approve: number; denominator: number; percent: string; conclusion: string };
type Needed = { label: string; needed: number; denominator: number };

/** The call to vote and its result, worded the way cells report it (DOMAIN.md). */
export const VOTE_WORDING = {
  resolutionAdopted: { vi: 'Nghị quyết được thông qua.', en: 'The resolution is adopted.' },
  resolutionNotAdopted: { vi: 'Nghị quyết không được thông qua.', en: 'The resolution is not adopted.' },
  motionAdopted: { vi: 'Nội dung được thông qua.', en: 'The motion is adopted.' },
  motionNotAdopted: { vi: 'Nội dung không được thông qua.', en: 'The motion is not adopted.' },
  presentLine: {
    vi: (p: Present) =>
      `Trong số ${p.voters} đồng chí đảng viên chính thức có mặt: ${p.approve} tán thành, ${p.reject} không tán thành, ${p.other} ý kiến khác${p.silent > 0 ? `, ${p.silent} không biểu quyết` : ''}.`,
    en: (p: Present) =>
      `Among the ${p.voters} official members present: ${p.approve} approved, ${p.reject} rejected, ${p.other} ${p.other === 1 ? 'other opinion' : 'other opinions'}${p.silent > 0 ? `, ${p.silent} did not vote` : ''}.`,
  },
  resultLine: {
    vi: (r: Result) =>
      `Kết quả biểu quyết: ${r.approve}/${r.denominator} đồng chí đảng viên chính thức tán thành (đạt ${r.percent}). ${r.conclusion}`,
    en: (r: Result) =>
      `Vote result: ${r.approve}/${r.denominator} official members approved (${r.percent}). ${r.conclusion}`,
  },
  call: {
    vi: ({ subject }: { subject: string }) =>
      `Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua ${subject}. (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)`,
    en: ({ subject }: { subject: string }) =>
      `Official members are asked to vote on adopting ${subject}. (Probationary members give opinions but do not vote.)`,
  },
  needed: {
    vi: (n: Needed) => `${n.label} – cần ít nhất ${n.needed}/${n.denominator} đồng chí đảng viên chính thức tán thành`,
    en: (n: Needed) => `${n.label} – at least ${n.needed}/${n.denominator} official members must approve`,
  },
  showOfHands: {
    vi: ({ count }: { count: number }) => `Trong đó ${count} đồng chí biểu quyết giơ tay, thư ký ghi nhận.`,
    en: ({ count }: { count: number }) => `Of these, ${count} voted by show of hands, recorded by the minute-taker.`,
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
    vi: ({ count, named }: { count: number; named: string }) =>
      `có ${count} chỉ tiêu trùng tên (${named}); đề nghị ghi rõ kỳ, ví dụ "tiến độ chỉ tiêu năm 2025: …"`,
    en: ({ count, named }: { count: number; named: string }) =>
      `${count} targets match (${named}); name the period, e.g. "target progress 2025: …"`,
  },
} as const satisfies WordingTable;
