/**
 * What the bot says around a vote: the call to vote and the result, worded
 * the way cells report it ("49/49 đồng chí … tán thành (đạt 100%)").
 */
import { formatPercent } from './format';
import { thresholdFor } from './threshold';
import type { Locale, MotionKind } from './types';
import type { Tally } from './tally';

/** What the result lines are written from: the motion, its tally and who could vote. */
export interface ResultInput {
  readonly kind: MotionKind;
  readonly tally: Pick<Tally, 'approve' | 'reject' | 'other'>;
  readonly denominator: number;
  readonly passed: boolean;
  /** Eligible voters present at the meeting (the "trong số … có mặt" count). */
  readonly presentVoters: number;
  /** Ballots of the present voters only; without it the second line repeats the whole tally. */
  readonly presentTally?: Pick<Tally, 'approve' | 'reject' | 'other'>;
}

// A resolution is named as such; admission, confirmation and other motions stay neutral ("Nội dung").
const CONCLUSIONS: Readonly<Record<Locale, Readonly<Record<'resolution' | 'motion', readonly [string, string]>>>> = {
  vi: {
    resolution: ['Nghị quyết được thông qua.', 'Nghị quyết không được thông qua.'],
    motion: ['Nội dung được thông qua.', 'Nội dung không được thông qua.'],
  },
  en: {
    resolution: ['The resolution is adopted.', 'The resolution is not adopted.'],
    motion: ['The motion is adopted.', 'The motion is not adopted.'],
  },
};

function conclusion(input: ResultInput, locale: Locale): string {
  const pair = CONCLUSIONS[locale][input.kind === 'resolution' ? 'resolution' : 'motion'];
  return input.passed ? pair[0] : pair[1];
}

function presentLine(input: ResultInput, locale: Locale): string {
  const { approve, reject, other } = input.presentTally ?? input.tally;
  const silent = Math.max(0, input.presentVoters - approve - reject - other);
  if (locale === 'en') {
    const opinions = other === 1 ? 'other opinion' : 'other opinions';
    const tail = silent > 0 ? `, ${silent} did not vote` : '';
    return `Among the ${input.presentVoters} official members present: ${approve} approved, ${reject} rejected, ${other} ${opinions}${tail}.`;
  }
  const tail = silent > 0 ? `, ${silent} không biểu quyết` : '';
  return `Trong số ${input.presentVoters} đồng chí đảng viên chính thức có mặt: ${approve} tán thành, ${reject} không tán thành, ${other} ý kiến khác${tail}.`;
}

/**
 * The result as cells report it, both ways: against the denominator, then among those present.
 * "Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua."
 */
export function resultLines(input: ResultInput, locale: Locale): readonly [string, string] {
  const { approve } = input.tally;
  const percent = formatPercent(input.denominator > 0 ? approve / input.denominator : 0, locale);
  const first =
    locale === 'en'
      ? `Vote result: ${approve}/${input.denominator} official members approved (${percent}). ${conclusion(input, locale)}`
      : `Kết quả biểu quyết: ${approve}/${input.denominator} đồng chí đảng viên chính thức tán thành (đạt ${percent}). ${conclusion(input, locale)}`;
  return [first, presentLine(input, locale)];
}

/** The call to vote: "Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua <title>. (Đảng viên dự bị …)" */
export function voteCallText(title: string, locale: Locale): string {
  // The title may end with its own full stop; the sentence supplies one.
  const subject = title.trim().replace(/[.。]+$/, '');
  if (locale === 'en') {
    return `Official members are asked to vote on adopting ${subject}. (Probationary members give opinions but do not vote.)`;
  }
  return `Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua ${subject}. (Đảng viên dự bị tham gia ý kiến, không biểu quyết.)`;
}

/**
 * What a motion needs, with the number: "quá 1/2 – cần ít nhất 25/49 đồng chí đảng viên chính thức tán thành".
 * `needed` is approvalsNeeded(kind, denominator), the figure the close decides with.
 */
export function neededText(kind: MotionKind, needed: number, denominator: number, locale: Locale): string {
  const label = thresholdFor(kind).label[locale];
  if (denominator <= 0) return label;
  return locale === 'en'
    ? `${label} – at least ${needed}/${denominator} official members must approve`
    : `${label} – cần ít nhất ${needed}/${denominator} đồng chí đảng viên chính thức tán thành`;
}

/** "Trong đó 5 đồng chí biểu quyết giơ tay, thư ký ghi nhận." (ballots recorded on members' behalf). */
export function showOfHandsLine(count: number, locale: Locale): string {
  return locale === 'en'
    ? `Of these, ${count} voted by show of hands, recorded by the minute-taker.`
    : `Trong đó ${count} đồng chí biểu quyết giơ tay, thư ký ghi nhận.`;
}
