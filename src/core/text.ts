/**
 * Text folding for matching what members type: Vietnamese with or without
 * diacritics, any case, any spacing.
 */

/** Folds text for comparison: NFD, combining marks removed, đ/Đ → d, lowercase, whitespace collapsed and trimmed. */
export function normalizeText(s: string): string {
  return (
    s
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      // "đ" is its own letter, not d + a mark, so NFD leaves it alone.
      .replace(/[đĐ]/g, 'd')
      .toLowerCase()
      .replace(/\s+/g, ' ')
      .trim()
  );
}
