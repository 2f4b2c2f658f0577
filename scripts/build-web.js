#!/usr/bin/env node
// Bundles the browser code with esbuild: each target is one TypeScript entry
// point bundled (browser, minified) into web/dist/<name>/app.js, plus static
// files copied next to it. Add a target here for a new page (e.g. the Teams tab).
//   node scripts/build-web.js            build every target
//   node scripts/build-web.js playground build the named targets
const esbuild = require('esbuild');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

/** @typedef {{ name: string, entry: string, outDir: string, copy: string[] }} WebTarget */

/** @type {WebTarget[]} */
const TARGETS = [
  {
    name: 'playground',
    entry: 'web/playground/main.ts',
    outDir: 'web/dist/playground',
    copy: ['web/playground/index.html', 'web/playground/style.css'],
  },
  {
    name: 'tab',
    entry: 'web/tab/main.ts',
    outDir: 'web/dist/tab',
    copy: ['web/tab/index.html', 'web/tab/style.css'],
  },
  {
    name: 'committee',
    entry: 'web/tab/committee.ts',
    outDir: 'web/dist/committee',
    copy: ['web/tab/committee.html', 'web/tab/style.css', 'web/tab/committee.css'],
  },
];

/** Builds the given targets; resolves with the files written. */
async function buildWeb(targets = TARGETS) {
  const written = [];
  for (const target of targets) {
    const outDir = path.join(root, target.outDir);
    fs.mkdirSync(outDir, { recursive: true });
    await esbuild.build({
      entryPoints: [path.join(root, target.entry)],
      outfile: path.join(outDir, 'app.js'),
      bundle: true,
      minify: true,
      sourcemap: true,
      platform: 'browser',
      format: 'iife',
      // Browsers of the people who run meetings: current Chrome/Edge/Safari/Firefox.
      target: ['chrome110', 'edge110', 'firefox110', 'safari16'],
      logLevel: 'warning',
      legalComments: 'eof',
    });
    written.push(path.join(outDir, 'app.js'));
    for (const file of target.copy) {
      const destination = path.join(outDir, path.basename(file));
      fs.copyFileSync(path.join(root, file), destination);
      written.push(destination);
    }
  }
  return written;
}

function selectTargets(names) {
  if (names.length === 0) return TARGETS;
  return names.map((name) => {
    const target = TARGETS.find((candidate) => candidate.name === name);
    if (!target) throw new Error(`unknown web target "${name}" (known: ${TARGETS.map((t) => t.name).join(', ')})`);
    return target;
  });
}

module.exports = { TARGETS, buildWeb, selectTargets };

if (require.main === module) {
  buildWeb(selectTargets(process.argv.slice(2))).then(
    (files) => console.log(`web build: ${files.map((file) => path.relative(root, file)).join(', ')}`),
    (error) => {
      console.error(`web build failed: ${error.message}`);
      process.exit(1);
    },
  );
}
