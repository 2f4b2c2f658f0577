/**
 * The shape of the wording catalogue. Every entry carries both languages, so
 * a missing Vietnamese or English form is a compile error, not a blank on a
 * card. An entry is two strings, or two functions of the same parameters.
 */
import type { Locale } from '../types';

/** One text in both languages. */
export interface Bilingual<F> {
  readonly vi: F;
  readonly en: F;
}

/** A fixed text, or a text built from parameters (the same ones in both languages). */
export type WordingEntry = Bilingual<string> | Bilingual<(params: never) => string>;

/** One area's table (`satisfies WordingTable` checks every entry). */
export type WordingTable = Readonly<Record<string, WordingEntry>>;

/** The text of an entry in a locale. */
export function say(locale: Locale, entry: Bilingual<string>): string;
export function say<P>(locale: Locale, entry: Bilingual<(params: P) => string>, params: P): string;
export function say<P>(
  locale: Locale,
  entry: Bilingual<string> | Bilingual<(params: P) => string>,
  params?: P,
): string {
  const form = entry[locale];
  return typeof form === 'string' ? form : form(params as P);
}

/** Reads a stored language code; anything but English is Vietnamese, the bot's default. */
export function asLocale(code: string | null | undefined): Locale {
  return code === 'en' ? 'en' : 'vi';
}

/** Whether a typed language code is one the bot speaks. */
export function isLocale(code: string): code is Locale {
  return code === 'vi' || code === 'en';
}

/** The form of a pair that is not a sentence (a row of column headings, a word list) in a locale. */
export function pick<T>(locale: Locale, pair: Bilingual<T>): T {
  return pair[locale];
}
