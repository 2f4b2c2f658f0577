/**
 * Vietnamese name order. A Vietnamese name is written family, middle, given
 * ("Nguyễn Thị Ánh"), and lists are ordered the way cells keep them: by the
 * given name (the last word), then by the rest as written (family, middle),
 * with Vietnamese collation (a < ă < â, d < đ, tones after the bare letter).
 * Sorting character by character on the family name would put every
 * "Nguyễn" together and "Đặng", "Đỗ", "Vũ" last.
 */

const collator = new Intl.Collator('vi', { usage: 'sort', sensitivity: 'variant' });

/** The parts a name is ordered by: given name first, then the rest as written. */
export interface NameKey {
  readonly given: string;
  readonly rest: string;
  readonly full: string;
}

/** Splits a full name into its sort key (extra whitespace ignored). */
export function vietnameseNameKey(fullName: string): NameKey {
  const words = fullName
    .trim()
    .split(/\s+/u)
    .filter((w) => w.length > 0);
  const given = words.at(-1) ?? '';
  return { given, rest: words.slice(0, -1).join(' '), full: words.join(' ') };
}

function compareKeys(a: NameKey, b: NameKey): number {
  return collator.compare(a.given, b.given) || collator.compare(a.rest, b.rest) || collator.compare(a.full, b.full);
}

/** Compares two full names the Vietnamese way: given name, then family and middle names. */
export function compareVietnameseNames(a: string, b: string): number {
  return compareKeys(vietnameseNameKey(a), vietnameseNameKey(b));
}

/**
 * A copy of `items` ordered by Vietnamese name; ties keep their input order.
 * Each key is computed once, so a roster of thousands sorts in a few milliseconds.
 */
export function sortByVietnameseName<T>(items: readonly T[], nameOf: (item: T) => string): T[] {
  return items
    .map((item, index) => ({ item, index, key: vietnameseNameKey(nameOf(item)) }))
    .sort((a, b) => compareKeys(a.key, b.key) || a.index - b.index)
    .map((entry) => entry.item);
}
