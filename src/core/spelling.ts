/**
 * Reading a value from a file strictly: a value typed without any diacritics
 * is read by its letters alone (as members type on phones), but a value typed
 * with diacritics must carry the right ones. "Chính thưc" is neither "chính
 * thức" nor a value without accents, so it is refused with a suggestion rather
 * than guessed.
 */
import { normalizeText } from './text';

/** One accepted way to write a value: as the cell writes it, with its diacritics. */
export interface Spelling<T> {
  readonly value: T;
  readonly written: string;
}

/** The value, or why not: a known spelling with the wrong diacritics (or a near one), or nothing close. */
export type SpellingMatch<T> =
  | { readonly kind: 'match'; readonly value: T }
  // accented: the typed value carried diacritics (so it was not merely typed without them).
  | { readonly kind: 'misspelled'; readonly suggestion: string; readonly accented: boolean }
  | { readonly kind: 'unknown' };

/** The diacritics of a word (tone and vowel marks, đ) in a canonical order, so "hoà" and "hòa" agree. */
function marksOf(word: string): string {
  return [...word.normalize('NFD')]
    .filter((c) => c === 'đ' || /\p{M}/u.test(c))
    .sort()
    .join('');
}

function wordsOf(text: string, clean: (s: string) => string): string[] {
  return clean(text)
    .normalize('NFC')
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => w !== '');
}

/** Whether `typed` spells `written`: the same letters, word by word the same diacritics (their placement is free). */
function spells(typed: readonly string[], written: readonly string[]): boolean {
  return (
    typed.length === written.length &&
    typed.every(
      (word, i) =>
        normalizeText(word) === normalizeText(written[i] ?? '') && marksOf(word) === marksOf(written[i] ?? ''),
    )
  );
}

/**
 * Matches `typed` against the spellings: exactly (any case, any spacing, tone placement free), or by its
 * letters when it carries no diacritic at all. `clean` turns punctuation the field allows into spaces.
 */
export function matchSpelling<T>(
  typed: string,
  spellings: readonly Spelling<T>[],
  clean: (s: string) => string = (s) => s,
): SpellingMatch<T> {
  const words = wordsOf(typed, clean);
  if (words.length === 0) return { kind: 'unknown' };
  const folded = normalizeText(words.join(' '));
  const plain = words.every((w) => marksOf(w) === '');
  for (const spelling of spellings) {
    const written = wordsOf(spelling.written, clean);
    if (plain ? normalizeText(written.join(' ')) === folded : spells(words, written))
      return { kind: 'match', value: spelling.value };
  }
  const suggestion = nearest(
    folded,
    spellings.map((s) => clean(s.written).normalize('NFC').replace(/\s+/gu, ' ').trim()),
  );
  return suggestion === null
    ? { kind: 'unknown' }
    : { kind: 'misspelled', suggestion: withCaseOf(typed.trim(), suggestion), accented: !plain };
}

/** The spelling with the same letters, else one within two letters' edits; accented spellings first. */
function nearest(folded: string, written: readonly string[]): string | null {
  const ranked = written
    .map((w) => ({ w, distance: editDistance(folded, normalizeText(w)), accented: marksOf(w) !== '' }))
    .filter((c) => c.distance <= Math.min(2, Math.floor(folded.length / 4)))
    .sort((a, b) => a.distance - b.distance || Number(b.accented) - Number(a.accented));
  return ranked[0]?.w ?? null;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(
        (previous[j] ?? 0) + 1,
        (current[j - 1] ?? 0) + 1,
        (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The suggestion in the typed text's case: "chính thức" for "chính thưc", "Chính thức" for "Chính thưc", "CHÍNH THỨC" for "CHÍNH THƯC". */
function withCaseOf(typed: string, suggestion: string): string {
  if (typed === typed.toLowerCase()) return suggestion.toLowerCase();
  if (typed === typed.toUpperCase()) return suggestion.toUpperCase();
  return suggestion.charAt(0).toUpperCase() + suggestion.slice(1);
}
