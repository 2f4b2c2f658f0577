/**
 * Whether enough official members are present to hold the meeting (a rule of
 * the cell, default 2/3) and whether any resolution can still pass.
 */
import { DomainError, localDetail, logDetail } from './errors';
import { approvalsNeeded, thresholdFor } from './threshold';
import type { CellRules, Locale, MotionKind } from './types';
import { say } from './wording/say';
import { FIGURES_WORDING as W } from './wording/figures';

/** The numbers of a meeting the quorum check needs. */
export interface QuorumInput {
  /** Eligible voters present (official present, plus exempt present, plus SHT đến when they may vote). */
  readonly presentVoters: number;
  /** Denominator of votes (computeElectorate). */
  readonly denominator: number;
  /** Official members of the cell, the base of the quorum. */
  readonly officialTotal: number;
  /** Official members present. */
  readonly presentOfficial: number;
}

/** Whether the meeting may be held and whether any motion can pass, with the words to say so. */
export interface QuorumCheck {
  /** presentOfficial ≥ required. */
  readonly met: boolean;
  /** ceil(officialTotal × quorum fraction), "theo quy chế chi bộ". */
  readonly required: number;
  /** Official members present. */
  readonly present: number;
  /** Approvals a motion of the checked kind needs. */
  readonly approvalsNeeded: number;
  /** Even if every present voter approves, a resolution (more than 1/2) cannot pass. */
  readonly noResolutionCanPass: boolean;
  /** Even if every present voter approves, a motion of the checked kind cannot pass. */
  readonly kindCannotPass: boolean;
  /** One sentence for the roll-call card. */
  readonly line: string;
  /** Warnings for the chair, in order of gravity (empty when all is well). */
  readonly warnings: readonly string[];
}

function assertRules(rules: CellRules, input: QuorumInput): void {
  const { numerator, denominator } = rules.quorum;
  const fractionOk =
    Number.isInteger(numerator) && Number.isInteger(denominator) && numerator > 0 && numerator <= denominator;
  if (!fractionOk)
    throw new DomainError(
      'input.invalid',
      localDetail(`tỷ lệ tối thiểu ${numerator}/${denominator}`, `quorum ${numerator}/${denominator}`),
    );
  for (const [name, value] of Object.entries(input)) {
    if (!Number.isInteger(value) || value < 0)
      throw new DomainError('input.invalid', logDetail(`${name} ${String(value)}`));
  }
}

function quorumLine(
  check: Omit<QuorumCheck, 'line' | 'warnings'>,
  input: QuorumInput,
  fraction: string,
  locale: Locale,
): string {
  return say(locale, W.quorumLine, {
    present: check.present,
    total: input.officialTotal,
    required: check.required,
    fraction,
    met: check.met,
  });
}

function quorumWarnings(
  check: Omit<QuorumCheck, 'line' | 'warnings'>,
  input: QuorumInput,
  kind: MotionKind,
  locale: Locale,
): string[] {
  const { presentVoters: voters, denominator } = input;
  const warnings: string[] = [];
  if (!check.met) {
    warnings.push(
      say(locale, W.quorumShort, { present: check.present, required: check.required, total: input.officialTotal }),
    );
  }
  if (check.noResolutionCanPass) {
    const needed = approvalsNeeded('resolution', denominator);
    warnings.push(say(locale, W.noResolutionCanPass, { voters, needed, denominator }));
  }
  const threshold = thresholdFor(kind);
  if (check.kindCannotPass && !threshold.strict) {
    warnings.push(
      say(locale, W.kindCannotPass, {
        voters,
        label: threshold.label[locale],
        needed: check.approvalsNeeded,
        denominator,
      }),
    );
  }
  return warnings;
}

/**
 * Checks the quorum of the cell's rules and warns when present voters cannot pass a resolution
 * (or a motion of `kind`, e.g. an admission needing 2/3) even if all of them approve.
 */
export function checkQuorum(
  input: QuorumInput,
  rules: CellRules,
  kind: MotionKind = 'resolution',
  locale: Locale = 'vi',
): QuorumCheck {
  assertRules(rules, input);
  const { numerator, denominator } = rules.quorum;
  const required = Math.ceil((input.officialTotal * numerator) / denominator);
  const needed = approvalsNeeded(kind, input.denominator);
  const check = {
    met: input.presentOfficial >= required,
    required,
    present: input.presentOfficial,
    approvalsNeeded: needed,
    noResolutionCanPass: input.presentVoters < approvalsNeeded('resolution', input.denominator),
    kindCannotPass: input.presentVoters < needed,
  };
  const fraction = `${numerator}/${denominator}`;
  return {
    ...check,
    line: quorumLine(check, input, fraction, locale),
    warnings: quorumWarnings(check, input, kind, locale),
  };
}
