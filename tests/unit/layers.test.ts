/**
 * The layers table (scripts/layers.cjs, ARCHITECTURE.md "Layers") covers every file of src/, and the
 * lint rule made from it refuses an import the table does not allow. (`npm run deps` checks the
 * resolved graph with the same table; it is not a jest test because dependency-cruiser is ESM only.)
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tseslint from 'typescript-eslint';

interface Layer {
  readonly id: string;
  readonly paths: readonly string[];
  readonly mayImport: readonly string[];
}
interface KnownViolation {
  readonly from?: string;
  readonly to?: string;
  readonly circle?: readonly string[];
  readonly owner: string;
}
interface LayersModule {
  readonly LAYERS: readonly Layer[];
  readonly KNOWN_VIOLATIONS: readonly KnownViolation[];
  layerOf(file: string): Layer | undefined;
  layersOf(file: string): readonly Layer[];
  eslintConfigs(root: string): Linter.Config[];
}

const ROOT = join(__dirname, '..', '..');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the table is CommonJS, shared with the tools' configs
const layers = require('../../scripts/layers.cjs') as LayersModule;

function walk(dir: string): { dirs: string[]; files: string[] } {
  const dirs: string[] = [];
  const files: string[] = [];
  for (const entry of readdirSync(join(ROOT, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory()) {
      if (rel.startsWith('src/store/generated/')) continue;
      dirs.push(rel);
      const inner = walk(rel);
      dirs.push(...inner.dirs);
      files.push(...inner.files);
    } else if (entry.name.endsWith('.ts')) files.push(rel);
  }
  return { dirs, files };
}

const SRC = walk('src');

describe('the layers table', () => {
  it('puts every file of src/ in exactly one layer', () => {
    const unplaced = SRC.files.filter(
      (file) => !file.startsWith('src/store/generated/') && layers.layerOf(file) === undefined,
    );
    expect(unplaced).toEqual([]);
    const twice = SRC.files.filter((file) => layers.layersOf(file).length > 1);
    expect(twice).toEqual([]);
  });

  it('names only layers that exist, and known violations from files that exist', () => {
    const ids = new Set(layers.LAYERS.map((layer) => layer.id));
    for (const layer of layers.LAYERS)
      for (const entry of layer.mayImport) expect(entry.includes('/') ? SRC.files : [...ids]).toContain(entry);
    for (const known of layers.KNOWN_VIOLATIONS) {
      expect(known.owner).not.toBe('');
      for (const file of known.circle ?? []) expect(SRC.files).toContain(file);
      if (known.from)
        expect(SRC.files.some((file) => file === known.from || file.startsWith(known.from ?? '-'))).toBe(true);
    }
  });

  it('lists every folder and top-level file of src/ in ARCHITECTURE.md', () => {
    const text = readFileSync(join(ROOT, 'ARCHITECTURE.md'), 'utf8');
    const section = text.slice(text.indexOf('## Layers'), text.indexOf('\n## ', text.indexOf('## Layers') + 1));
    const named = new Set([...section.matchAll(/`(src\/[^`]+)`/g)].map((match) => match[1]));
    const topFiles = SRC.files.filter((file) => file.split('/').length === 2);
    const missing = [...SRC.dirs, ...topFiles].filter((path) => !named.has(path));
    expect(missing).toEqual([]);
  });
});

describe('the lint rule made from the table', () => {
  const linter = new Linter({ configType: 'flat', cwd: ROOT });
  const config: Linter.Config[] = [
    { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser as Linter.Parser } },
    ...layers.eslintConfigs(ROOT),
  ];

  function refused(file: string, source: string): boolean {
    const messages = linter.verify(
      `import type { X } from '${source}';\nexport type Y = X;\n`,
      config,
      join(ROOT, file),
    );
    return messages.some((message) => message.ruleId === 'no-restricted-imports');
  }

  it.each([
    ['src/core/voting.ts', '../features/votes/cast-vote'],
    ['src/core/voting.ts', '../store/rows'],
    ['src/cards/data/notice.ts', '../../store/rows'],
    ['src/cards/render.ts', '../reports/committee-report'],
    ['src/reports/committee-report.ts', '../exports/committee-report-xlsx'],
    ['src/features/shared/context.ts', '../minutes/document-links'],
    ['src/features/turn.ts', './shared/context'],
    ['src/features/votes/cast-vote.ts', '../router'],
    ['src/features/votes/cast-vote.ts', '../../outbox/enqueue'],
    ['src/features/votes/cast-vote.ts', '../../scheduler/plan'],
    ['src/delivery/index.ts', '../features/votes/cast-vote'],
    ['src/channels/teams/cards.ts', '../zalo/render'],
    ['src/channels/zalo/render.ts', '../../features/setup'],
    ['src/web/dashboard/routes.ts', '../../channels/playground/static-files'],
    ['src/cli/report.ts', '../web/dashboard/routes'],
    ['src/app.ts', './main'],
  ])('refuses %s → %s', (file, source) => {
    expect(refused(file, source)).toBe(true);
  });

  it.each([
    ['src/core/voting.ts', './types'],
    ['src/cards/data/notice.ts', '../view-models'],
    ['src/cards/render.ts', '../reports/committee-report-types'],
    ['src/features/shared/context.ts', '../turn'],
    ['src/features/votes/cast-vote.ts', '../attendance/meeting-rows'],
    ['src/features/votes/cast-vote.ts', './vote-tally'],
    ['src/features/bot.ts', './shared/context'],
    ['src/channels/teams/cards.ts', './activity'],
    ['src/channels/teams/cards.ts', '../shared-card-news'],
    ['src/web/dashboard/routes.ts', '../signed-links'],
    ['src/app.ts', './channels/teams'],
  ])('allows %s → %s', (file, source) => {
    expect(refused(file, source)).toBe(false);
  });

  it('keeps vendors and I/O out of the core', () => {
    const messages = linter.verify(
      `import { readFileSync } from 'node:fs';\nexport const read = readFileSync;\n`,
      config,
      join(ROOT, 'src/core/voting.ts'),
    );
    expect(messages.map((message) => message.ruleId)).toContain('no-restricted-imports');
  });
});
