/**
 * Worksheet names for the motions: Excel allows 31 characters, none of
 * []:*?/\, no apostrophe at either end, and no two names equal ignoring case.
 * A name is "BQ<n> <yyyy-mm> <title>" with the title cut between words.
 */
import type { MotionSheet } from './export-data';

export const SHEET_NAME_MAX = 31;

function clean(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[[\]:*?/\\]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^'+|'+$/g, '')
    .trim();
}

/** As many whole words of `text` as fit in `room` characters; a first word too long is cut and marked "…". */
export function wholeWords(text: string, room: number): string {
  if (room <= 0) return '';
  let fitted = '';
  for (const word of text.split(' ')) {
    const next = fitted === '' ? word : `${fitted} ${word}`;
    if (next.length > room) break;
    fitted = next;
  }
  if (fitted === '' && text !== '') return `${text.slice(0, Math.max(0, room - 1))}…`;
  return fitted;
}

/** One name per motion, in order, unique in the book (also against `taken`). */
export function motionSheetNames(
  motions: readonly Pick<MotionSheet, 'period' | 'title'>[],
  taken: readonly string[] = [],
): string[] {
  const used = new Set(taken.map((name) => name.toLocaleLowerCase('vi')));
  return motions.map((motion, index) => {
    const prefix = clean(`BQ${index + 1} ${motion.period}`);
    const title = wholeWords(clean(motion.title), SHEET_NAME_MAX - prefix.length - 1);
    let name = title === '' ? prefix : `${prefix} ${title}`;
    for (let n = 2; used.has(name.toLocaleLowerCase('vi')); n += 1) {
      const suffix = ` (${n})`;
      name = `${wholeWords(name, SHEET_NAME_MAX - suffix.length)}${suffix}`;
    }
    used.add(name.toLocaleLowerCase('vi'));
    return name;
  });
}
