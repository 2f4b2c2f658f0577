/**
 * `npm run bench [-- NAME [flags]]`: runs the named benchmark (or all of them)
 * and prints figures. Benchmarks never assert a time.
 *   compare --before DIR [--rounds N] NAME [flags]   NAME from another built tree and this one, alternating; ranges per side (bench/compare.ts)
 *   vote-burst [--members N] [--refreshers R] [--database postgresql://…]   N members press a vote button within a second (default 1,000); R clients refresh the card at each update
 *   vote-load [--cells C] [--members M] [--seconds S] [--window W] [--database postgresql://…]   C cells × M members (default 50 × 40) vote on C motions within S s (default 60), each cell within W s (default 10)
 *   fanout [--conversations N]      one notice to N conversations under Teams' limits (default 10,000)
 *   summary [--cells N] [--repeat R] [--skip-loop] [--skip-sqlite] [--skip-postgres] [--old-seed]  a 72-member summary; a committee of N cells (default 1,000): seed, yearly report (R runs, default 5), and the per-cell loop of before
 */
type Bench = (argv: readonly string[]) => Promise<void>;

const BENCHES: Readonly<Record<string, () => Promise<Bench>>> = {
  'vote-burst': async () => (await import('./vote-burst')).main,
  'vote-load': async () => (await import('./vote-load')).main,
  fanout: async () => (await import('./fanout')).main,
  summary: async () => (await import('./summary')).main,
};

/** Run only when named (not part of "all"). */
const TOOLS: Readonly<Record<string, () => Promise<Bench>>> = {
  compare: async () => (await import('./compare')).main,
};

async function run(argv: readonly string[]): Promise<void> {
  const [name, ...flags] = argv;
  const names = name === undefined || name.startsWith('-') ? Object.keys(BENCHES) : [name];
  for (const bench of names) {
    const load = BENCHES[bench] ?? TOOLS[bench];
    if (!load)
      throw new Error(
        `unknown benchmark "${bench}"; known: ${[...Object.keys(BENCHES), ...Object.keys(TOOLS)].join(', ')}`,
      );
    console.log(`\n=== ${bench} ===`);
    await (
      await load()
    )(name === bench ? flags : []);
  }
}

run(process.argv.slice(2)).then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
