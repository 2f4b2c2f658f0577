/**
 * What the bot says around a vote: the call to vote and the result, worded
 * the way cells report it ("49/49 đồng chí … tán thành (đạt 100%)").
 */
import { formatPercent } from './format';
import { thresholdFor } from './threshold';
import type { Locale, MotionKind } from './types';
import type { Tally } from './tally';
import { say } from './wording/say';
import { VOTE_WORDING as W } from './wording/votes';

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
function conclusion(input: ResultInput, locale: Locale): string {
  if (input.kind === 'resolution') return say(locale, input.passed ? W.resolutionAdopted : W.resolutionNotAdopted);
  return say(locale, input.passed ? W.motionAdopted : W.motionNotAdopted);
}

function presentLine(input: ResultInput, locale: Locale): string {
  const { approve, reject, other } = input.presentTally ?? input.tally;
  const silent = Math.max(0, input.presentVoters - approve - reject - other);
  return say(locale, W.presentLine, { voters: input.presentVoters, approve, reject, other, silent });
}

/**
 * The result as cells report it, both ways: against the denominator, then among those present.
 * "Kết quả biểu quyết: 49/49 đồng chí đảng viên chính thức tán thành (đạt 100%). Nghị quyết được thông qua."
 */
export function resultLines(input: ResultInput, locale: Locale): readonly [string, string] {
  const { approve } = input.tally;
  const percent = formatPercent(input.denominator > 0 ? approve / input.denominator : 0, locale);
  const first = say(locale, W.resultLine, {
    approve,
    denominator: input.denominator,
    percent,
    conclusion: conclusion(input, locale),
  });
  return [first, presentLine(input, locale)];
}

/** The call to vote: "Đề nghị các đồng chí đảng viên chính thức biểu quyết thông qua <title>. (Đảng viên dự bị …)" */
export function voteCallText(title: string, locale: Locale): string {
  // The title may end with its own full stop; the sentence supplies one.
  const subject = title.trim().replace(/[.。]+$/, '');
  return say(locale, W.call, { subject });
}

/**
 * What a motion needs, with the number: "quá 1/2 – cần ít nhất 25/49 đồng chí đảng viên chính thức tán thành".
 * `needed` is approvalsNeeded(kind, denominator), the figure the close decides with.
 */
export function neededText(kind: MotionKind, needed: number, denominator: number, locale: Locale): string {
  const label = thresholdFor(kind).label[locale];
  if (denominator <= 0) return label;
  return say(locale, W.needed, { label, needed, denominator });
}

/** "Trong đó 5 đồng chí biểu quyết giơ tay, thư ký ghi nhận." (ballots recorded on members' behalf). */
export function showOfHandsLine(count: number, locale: Locale): string {
  return say(locale, W.showOfHands, { count });
}
