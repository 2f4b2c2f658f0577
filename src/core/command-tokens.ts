/**
 * Word matching for chat commands. Words are matched folded (no accents, lower
 * case) while free text (titles, reasons, venues) is cut from the original
 * message by offsets, so it keeps its diacritics and capitals.
 */
import { normalizeText } from './text';

/** One word of a message: its raw text, its folded form ('' for punctuation such as ":" or "–") and its offsets. */
export interface Token {
  readonly raw: string;
  readonly word: string;
  readonly start: number;
  readonly end: number;
}

/** A message cut into tokens, with the original text they index into. */
export interface Tokens {
  readonly text: string;
  readonly list: readonly Token[];
}

// A colon is a token of its own so "vắng:ốm" and "kết nạp: …" split where the member meant.
const TOKEN = /[:：]|[^\s:：]+/gu;
const TRAILING_PUNCTUATION = /[.,;!?…]+$/u;
const SEPARATOR_ONLY = /^[-–—:：]+$/u;

function wordOf(raw: string): string {
  const folded = normalizeText(raw).replace(TRAILING_PUNCTUATION, '');
  return SEPARATOR_ONLY.test(folded) ? '' : folded;
}

/** Cuts `text` into tokens; `offset` shifts the offsets when `text` is a slice of a longer message. */
export function tokenize(text: string, offset = 0): Token[] {
  return [...text.matchAll(TOKEN)].map((m) => ({
    raw: m[0],
    word: wordOf(m[0]),
    start: offset + m.index,
    end: offset + m.index + m[0].length,
  }));
}

/** Index of the first token at or after `at` that is a word (skips ":", "–", lone punctuation). */
export function skipSeparators(tokens: Tokens, at: number): number {
  let i = at;
  while (tokens.list[i]?.word === '') i += 1;
  return i;
}

/** Whether only separators remain from `at`. */
export function isEnd(tokens: Tokens, at: number): boolean {
  return skipSeparators(tokens, at) >= tokens.list.length;
}

/** The diacritics of a word (tone and vowel marks, đ) in a canonical order, so "hoà" and "hòa" agree. */
function marksOf(text: string): string {
  const marks = [...text.toLowerCase().normalize('NFD')].filter((c) => c === 'đ' || /\p{M}/u.test(c));
  return marks.sort().join('');
}

/**
 * Whether a typed token is `expected` (a word as written, with diacritics). A token typed without any
 * diacritic matches its folded form; a token typed with diacritics must carry the same ones, so that
 * "vâng" (yes) or "nó" are never read as "vắng" or "no".
 */
function isWord(token: Token | undefined, expected: string): boolean {
  if (!token || token.word !== normalizeText(expected)) return false;
  const typed = marksOf(token.raw);
  return typed === '' || typed === marksOf(expected);
}

/** Index after `phrase` (words as written, space-separated) when the tokens at `at` spell it; -1 otherwise. */
export function matchPhrase(tokens: Tokens, at: number, phrase: string): number {
  const words = phrase.split(' ');
  for (const [k, word] of words.entries()) {
    if (!isWord(tokens.list[at + k], word)) return -1;
  }
  return at + words.length;
}

/** The first phrase that matches at `at`, with the index after it; null when none does. */
export function matchAny(
  tokens: Tokens,
  at: number,
  phrases: readonly string[],
): { phrase: string; next: number } | null {
  for (const phrase of phrases) {
    const next = matchPhrase(tokens, at, phrase);
    if (next >= 0) return { phrase, next };
  }
  return null;
}

/** Skips, in order, each optional phrase group that matches (separators around them included). */
export function skipOptional(tokens: Tokens, at: number, groups: readonly (readonly string[])[]): number {
  let i = skipSeparators(tokens, at);
  for (const group of groups) {
    const hit = matchAny(tokens, i, group);
    if (hit) i = skipSeparators(tokens, hit.next);
  }
  return i;
}

/** The original text from token `at` (after separators) to the end, trimmed; '' when nothing is left. */
export function textFrom(tokens: Tokens, at: number): string {
  const first = tokens.list[skipSeparators(tokens, at)];
  const last = tokens.list[tokens.list.length - 1];
  if (!first || !last) return '';
  return tokens.text.slice(first.start, last.end).trim();
}
