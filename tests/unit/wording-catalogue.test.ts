import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DOMAIN_ERRORS } from '../../src/core/errors';
import { WORDING_CATALOGUE, say, type WordingEntry } from '../../src/core/wording';
import { TURN_WORDING } from '../../src/core/wording/turn';

const SRC = join(__dirname, '../../src');

/** Any parameter a catalogue function reads is "1": enough to build the text without knowing its shape. */
const PROBE: never = new Proxy({}, { get: () => '1' }) as never;

function formOf(entry: WordingEntry, locale: 'vi' | 'en'): string {
  const form = entry[locale];
  return typeof form === 'string' ? form : form(PROBE);
}

const ENTRIES: [string, WordingEntry][] = [
  ...Object.entries(WORDING_CATALOGUE).flatMap(([area, table]) =>
    Object.entries(table).map(([key, entry]): [string, WordingEntry] => [`${area}.${key}`, entry]),
  ),
  ...Object.entries(DOMAIN_ERRORS).map(([code, entry]): [string, WordingEntry] => [`error.${code}`, entry]),
];

describe('the wording catalogue', () => {
  it('has entries to check', () => {
    expect(ENTRIES.length).toBeGreaterThan(20);
  });

  it.each(ENTRIES)('%s has a non-empty Vietnamese and English form, formal and without emoji', (_key, entry) => {
    const vi = formOf(entry, 'vi');
    const en = formOf(entry, 'en');
    expect(vi.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(typeof entry.vi).toBe(typeof entry.en);
    expect(vi).not.toMatch(/\bbạn\b/iu);
    expect(`${vi} ${en}`).not.toMatch(/\p{Extended_Pictographic}/u);
  });

  it('says the asked language', () => {
    expect(say('vi', TURN_WORDING.done)).toBe('Đã ghi nhận.');
    expect(say('en', TURN_WORDING.apology, { requestId: 'r1' })).toBe(
      'Sorry, something went wrong while handling your request. Please try again later (ref: r1).',
    );
  });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

// `locale === 'vi' ? … : …` and the like: a text chosen outside the catalogue.
const LOCALE_TEST = /[!=]==\s*'(?:vi|en)'/g;

describe('language choices outside the catalogue', () => {
  it('are none: every file picks its words with say()/pick() from src/core/wording', () => {
    const found = sourceFiles(SRC)
      .map((file) => ({
        name: relative(SRC, file).split('\\').join('/'),
        count: readFileSync(file, 'utf8').match(LOCALE_TEST)?.length ?? 0,
      }))
      .filter(
        ({ name, count }) => count > 0 && !name.startsWith('core/wording/') && !name.startsWith('store/generated/'),
      )
      .map(({ name, count }) => `${name}: ${count}`);
    expect(found).toEqual([]);
  });

  it('would be caught: the check sees a ternary on the language', () => {
    expect("const text = locale === 'vi' ? 'Có' : 'Yes';".match(LOCALE_TEST)).toHaveLength(1);
    expect("if (ctx.turn.locale !== 'en') return;".match(LOCALE_TEST)).toHaveLength(1);
  });
});
