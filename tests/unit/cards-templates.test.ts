/** Templates load from the repository's cards/ folder; one snapshot per card type. */
import { existsSync, mkdtempSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderCard } from '../../src/cards/render';
import { CARDS_DIR, TEMPLATE_FILES, findProjectRoot } from '../../src/cards/templates';
import { EN_LABELS, VI_LABELS, fill, labelsFor } from '../../src/cards/labels';
import { oneOfEach } from '../support/view-fixtures';

describe('template loading', () => {
  it('finds the project root from src/ (jest) and from dist/src/ (after tsc)', () => {
    const root = mkdtempSync(join(tmpdir(), 'chibo-cards-'));
    writeFileSync(join(root, 'package.json'), '{}');
    mkdirSync(join(root, 'dist', 'src', 'cards'), { recursive: true });
    expect(findProjectRoot(join(root, 'dist', 'src', 'cards'))).toBe(root);
    expect(findProjectRoot(join(__dirname, '..', '..', 'src', 'cards'))).toBe(join(__dirname, '..', '..'));
  });

  it('has one template per view type and no stray file', () => {
    const files = Object.values(TEMPLATE_FILES);
    for (const file of files) expect(existsSync(join(CARDS_DIR, file))).toBe(true);
    expect(
      readdirSync(CARDS_DIR)
        .filter((file) => file.endsWith('.json'))
        .sort(),
    ).toEqual([...files].sort());
  });
});

describe('labels', () => {
  it('has every Vietnamese word in English too, none empty, no emoji', () => {
    expect(Object.keys(EN_LABELS).sort()).toEqual(Object.keys(VI_LABELS).sort());
    for (const value of [...Object.values(VI_LABELS), ...Object.values(EN_LABELS)]) {
      expect(value.trim()).not.toBe('');
      expect(value).not.toMatch(/\p{Extended_Pictographic}/u);
    }
    expect(labelsFor('vi').closeVote).toBe('Kết thúc biểu quyết');
    expect(labelsFor('en').closeVote).toBe('Close the vote');
  });

  it('fills slots and leaves unknown ones', () => {
    expect(fill('Và {n} đồng chí khác.', { n: 3 })).toBe('Và 3 đồng chí khác.');
    expect(fill('{a} {b}', { a: '$&' })).toBe('$& {b}');
  });
});

describe('snapshots', () => {
  it.each(oneOfEach().map((view) => [view.type, view] as const))('%s', (_type, view) => {
    expect(renderCard(view)).toMatchSnapshot();
  });
});
