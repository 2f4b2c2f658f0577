/**
 * The edge between the scheduler and the features (issue 16): the scheduler
 * hands due jobs to the bot as `job.due` and never imports src/features, not
 * even a type, through any module it reaches; the features never import the
 * scheduler; the scheduling rules in src/core import nothing outside it.
 * Read with TypeScript's own import scanner, so `import type` and
 * `export … from` count as imports too.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

const ROOT = resolve(__dirname, '../..');
const SRC = join(ROOT, 'src');
const rel = (file: string): string => relative(ROOT, file);

function resolveLocal(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = resolve(dirname(from), spec);
  for (const candidate of [`${base}.ts`, join(base, 'index.ts'), base])
    if (existsSync(candidate) && candidate.endsWith('.ts')) return candidate;
  return null;
}

function importsOf(file: string): { local: string[]; packages: string[] } {
  const info = ts.preProcessFile(readFileSync(file, 'utf8'), true, true);
  const specs = info.importedFiles.map((f) => f.fileName);
  return {
    local: specs.map((s) => resolveLocal(file, s)).filter((f): f is string => f !== null),
    packages: specs.filter((s) => !s.startsWith('.')),
  };
}

/** Edges of other layers not yet straightened, skipped here by name (none left: the layer rules hold them). */
const KNOWN_UPWARD_EDGES: ReadonlySet<string> = new Set<string>();

/** Every module the entries reach, themselves included. */
function graphFrom(entries: readonly string[]): Set<string> {
  const seen = new Set<string>();
  const queue = [...entries];
  while (queue.length > 0) {
    const file = queue.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    queue.push(...importsOf(file).local.filter((to) => !KNOWN_UPWARD_EDGES.has(`${rel(file)} → ${rel(to)}`)));
  }
  return seen;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? filesUnder(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );
}

describe('the scheduler and the features', () => {
  it('the scheduler reaches no module of src/features', () => {
    const reached = [...graphFrom(filesUnder(join(SRC, 'scheduler')))].map(rel);
    expect(reached.length).toBeGreaterThan(5);
    expect(reached).toContain('src/meetings/job-due.ts');
    expect(reached.filter((f) => f.startsWith('src/features/'))).toEqual([]);
  });

  it('no feature imports the scheduler', () => {
    const offenders = filesUnder(join(SRC, 'features')).flatMap((file) =>
      importsOf(file)
        .local.filter((f) => rel(f).startsWith('src/scheduler/'))
        .map((f) => `${rel(file)} → ${rel(f)}`),
    );
    expect(offenders).toEqual([]);
  });

  it('the core imports only the core, and no package', () => {
    const offenders = filesUnder(join(SRC, 'core')).flatMap((file) => {
      const { local, packages } = importsOf(file);
      return [...local.filter((f) => !rel(f).startsWith('src/core/')).map(rel), ...packages].map(
        (to) => `${rel(file)} → ${to}`,
      );
    });
    expect(offenders).toEqual([]);
  });
});
