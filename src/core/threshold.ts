/**
 * How many approvals a motion needs: more than half of the official members
 * for a resolution, at least two thirds for admission and confirmation.
 */
import { DomainError, logDetail } from './errors';
import type { Locale, MotionKind } from './types';

/** A pass threshold as a fraction of the denominator; strict = "more than", else "at least". */
export interface Threshold {
  readonly numerator: number;
  readonly denominator: number;
  readonly strict: boolean;
  /** "quá 1/2" / "more than 1/2", "ít nhất 2/3" / "at least 2/3". */
  readonly label: Readonly<Record<Locale, string>>;
}

const MORE_THAN_HALF: Threshold = Object.freeze({
  numerator: 1,
  denominator: 2,
  strict: true,
  label: Object.freeze({ vi: 'quá 1/2', en: 'more than 1/2' }),
});

const TWO_THIRDS: Threshold = Object.freeze({
  numerator: 2,
  denominator: 3,
  strict: false,
  label: Object.freeze({ vi: 'ít nhất 2/3', en: 'at least 2/3' }),
});

/** The threshold of a motion kind (Charter: admission and confirmation need 2/3; the rest more than half). */
export function thresholdFor(kind: MotionKind): Threshold {
  return kind === 'admission' || kind === 'confirmation' ? TWO_THIRDS : MORE_THAN_HALF;
}

/**
 * Fewest approvals that pass a motion of `kind` out of `denominator` voters:
 * 49 → 25 (resolution), 49 → 33 (admission), 15 → 8, 15 → 10. Never below 1,
 * so an empty electorate passes nothing.
 */
export function approvalsNeeded(kind: MotionKind, denominator: number): number {
  if (!Number.isInteger(denominator) || denominator < 0) {
    throw new DomainError('input.invalid', logDetail(`denominator ${denominator}`));
  }
  const t = thresholdFor(kind);
  // Integer arithmetic: the product is exact and floor/ceil of an exact quotient of small integers is safe.
  const product = denominator * t.numerator;
  const needed = t.strict ? Math.floor(product / t.denominator) + 1 : Math.ceil(product / t.denominator);
  return Math.max(1, needed);
}
