/**
 * Before and after in the same sitting: runs one vote bench from two built
 * trees, alternating (before, after, before, after, …), and prints each
 * figure's range and median per side. On a shared machine one run proves
 * little; alternating spreads the neighbours' noise over both sides.
 *
 *   npm run bench -- compare --before ../wt-baseline [--rounds 3] vote-burst [its flags]
 *
 * Both sides run this tree's bench/ code (so the harness is the same) against
 * their own dist/src: the before side is assembled in .bench-tmp/compare-before
 * from the other tree's dist/src, package.json, prisma/, cards/ and
 * node_modules, plus this tree's dist/bench. Each run measures its own bare
 * restify floor, so the ratio is always of one run.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

/** The printed rows read from each run (labels as bench/burst-measure.ts prints them); column 0 = bot, 1 = bare. */
const FIGURES: readonly { readonly name: string; readonly pattern: RegExp }[] = [
  { name: 'bot ballots/s', pattern: /^ballots\/s \(ok ÷ wall time\)\s+([\d.]+)/m },
  { name: 'bare ballots/s', pattern: /^ballots\/s \(ok ÷ wall time\)\s+[\d.]+\s+([\d.]+)/m },
  { name: 'bot p99 (ms)', pattern: /^answer p99 \(ms\)\s+([\d.]+)/m },
  { name: 'bare p99 (ms)', pattern: /^answer p99 \(ms\)\s+[\d.]+\s+([\d.]+)/m },
  { name: 'bot CPU/press (ms)', pattern: /^CPU per request \(ms\)\s+([\d.]+)/m },
  { name: 'bare CPU/press (ms)', pattern: /^CPU per request \(ms\)\s+[\d.]+\s+([\d.]+)/m },
  { name: 'ratio ballots/s', pattern: /^ratio bot ÷ bare, ballots\/s: ([\d.]+)/m },
  { name: 'ratio CPU bare÷bot', pattern: /CPU per press bare ÷ bot: ([\d.]+)/m },
];
/** Rows that must say yes: a run where they do not is flagged. */
const CHECKS = [/^tally = ballots sent\s+(\S+)/m, /^ballots stored\s+(\S+)/m, /^card tally = ballots sent\s+(\S+)/m];

interface Run {
  readonly side: 'before' | 'after';
  readonly figures: ReadonlyMap<string, number>;
  readonly checksOk: boolean;
  readonly load: number;
}

/** A tree that runs the before side's dist/src with this tree's dist/bench (rebuilt on every call). */
function assembleBefore(beforeRoot: string, afterRoot: string): string {
  const target = join(afterRoot, '.bench-tmp', 'compare-before');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(join(target, 'dist'), { recursive: true });
  for (const entry of readdirSync(beforeRoot)) {
    if (entry === 'dist' || entry === '.git' || entry === '.bench-tmp') continue;
    symlinkSync(join(beforeRoot, entry), join(target, entry));
  }
  cpSync(join(beforeRoot, 'dist', 'src'), join(target, 'dist', 'src'), { recursive: true });
  cpSync(join(afterRoot, 'dist', 'bench'), join(target, 'dist', 'bench'), { recursive: true });
  return target;
}

function runOnce(side: Run['side'], root: string, bench: readonly string[]): Run {
  const load = loadavg()[0] ?? NaN;
  const started = Date.now();
  const child = spawnSync(process.execPath, [join(root, 'dist', 'bench', 'run.js'), ...bench], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 64 * 2 ** 20,
  });
  const out = `${child.stdout}${child.stderr}`;
  const figures = new Map<string, number>();
  for (const { name, pattern } of FIGURES) {
    const match = pattern.exec(out)?.[1];
    if (match !== undefined) figures.set(name, Number(match));
  }
  const checks = CHECKS.map((pattern) => pattern.exec(out)?.[1]).filter((v): v is string => v !== undefined);
  const checksOk = child.status === 0 && checks.length > 0 && checks.every((v) => v === 'yes');
  const shown = [...figures].map(([name, value]) => `${name} ${value}`).join(', ');
  console.log(
    `${side.padEnd(6)} ${((Date.now() - started) / 1000).toFixed(0).padStart(4)} s  load ${load.toFixed(1).padStart(5)}  ${checksOk ? 'checks ok' : 'CHECKS FAILED'}  ${shown}`,
  );
  if (!checksOk) console.log(out.split('\n').slice(-30).join('\n'));
  return { side, figures, checksOk, load };
}

function summary(values: readonly number[]): string {
  if (values.length === 0) return '–';
  const sorted = [...values].sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? NaN;
  const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n >= 10 ? n.toFixed(1) : n.toFixed(2));
  return `${fmt(sorted[0] ?? NaN)}–${fmt(sorted[sorted.length - 1] ?? NaN)} (${fmt(median)})`;
}

function report(runs: readonly Run[]): void {
  console.log(
    `\n${'figure'.padEnd(22)}${'before: min–max (median)'.padStart(28)}${'after: min–max (median)'.padStart(28)}`,
  );
  for (const { name } of FIGURES) {
    const of = (side: Run['side']) =>
      runs.filter((r) => r.side === side && r.figures.has(name)).map((r) => r.figures.get(name) ?? NaN);
    console.log(`${name.padEnd(22)}${summary(of('before')).padStart(28)}${summary(of('after')).padStart(28)}`);
  }
  const failed = runs.filter((r) => !r.checksOk).length;
  console.log(
    `\n${runs.length} runs${failed > 0 ? `, ${failed} with a failed check (counted above; see their output)` : ''}; load average at each start ${runs.map((r) => r.load.toFixed(1)).join(' ')}`,
  );
}

/** `--before DIR [--after DIR] [--rounds N] NAME [flags of NAME]`. */
export async function main(argv: readonly string[]): Promise<void> {
  const options = new Map<string, string>();
  let at = 0;
  while (at < argv.length && ['--before', '--after', '--rounds'].includes(argv[at] ?? '')) {
    options.set(argv[at] ?? '', argv[at + 1] ?? '');
    at += 2;
  }
  const bench = argv.slice(at);
  const before = options.get('--before');
  if (before === undefined || bench.length === 0)
    throw new Error('usage: compare --before DIR [--after DIR] [--rounds N] NAME [flags]');
  const afterRoot = resolve(options.get('--after') ?? join(__dirname, '..', '..'));
  const beforeRoot = resolve(before);
  if (!existsSync(join(beforeRoot, 'dist', 'src')))
    throw new Error(`${beforeRoot} has no dist/src: build it first (npm run build there)`);
  const rounds = Number(options.get('--rounds') ?? 3);
  const beforeTree = assembleBefore(beforeRoot, afterRoot);
  console.log(
    `before: ${beforeRoot} (its dist/src, this tree's dist/bench)\nafter:  ${afterRoot}\n${rounds} rounds of: ${bench.join(' ')}\n`,
  );
  const runs: Run[] = [];
  for (let round = 0; round < rounds; round += 1) {
    runs.push(runOnce('before', beforeTree, bench));
    runs.push(runOnce('after', afterRoot, bench));
  }
  report(runs);
}
