#!/usr/bin/env node
// Builds only what is out of date, so `npm start` and `npm run cli` do the whole
// set-up on a fresh clone and skip it afterwards. Three steps, each with its own
// inputs, hashed (content, not mtimes: a checkout or a copy touches mtimes):
//   prisma  the two generated clients      ← prisma/schema.prisma, the generator, the lockfile
//   tsc     dist/ (service, CLI, benches)  ← src/, bench/, tsconfig*.json, package*.json, the clients
//   web     web/dist/ (playground, tab)    ← web/, the bundler script, package*.json
// The hashes of the last successful builds are kept in dist/.build-stamp.json.
// cards/ and the migrations are read at run time from the repository: no build.
// Every message goes to stderr, so a CLI call's stdout stays the command's own.
//   node scripts/build-if-stale.js            build what is stale
//   node scripts/build-if-stale.js --force    build everything
'use strict';
const { spawnSync } = require('node:child_process');
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const STAMP = path.join(root, 'dist', '.build-stamp.json');
const LOCK = path.join(root, 'dist', '.build-lock');
const SKIP_DIRS = new Set(['node_modules', 'dist', 'generated', '.git']);

/** Every file under `entry` (a file or a folder), skipping outputs; sorted so the hash is stable. */
function filesUnder(entry) {
  const full = path.join(root, entry);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [entry];
  const found = [];
  for (const dirent of fs.readdirSync(full, { withFileTypes: true })) {
    if (dirent.isDirectory() && SKIP_DIRS.has(dirent.name)) continue;
    const child = path.join(entry, dirent.name);
    found.push(...(dirent.isDirectory() ? filesUnder(child) : [child]));
  }
  return found.sort();
}

function hashOf(entries, extra = '') {
  const hash = crypto.createHash('sha256').update(extra);
  for (const file of entries.flatMap(filesUnder)) {
    hash.update(`\0${file}\0`).update(fs.readFileSync(path.join(root, file)));
  }
  return hash.digest('hex');
}

/** Runs a node script of the project or a package; its chatter is shown only if it fails. */
function runNode(label, args) {
  const result = spawnSync(process.execPath, args, {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  if (result.status !== 0) {
    process.stderr.write(`${result.stdout ?? ''}${result.stderr ?? ''}`);
    throw new Error(`build: ${label} failed`);
  }
}

const STEPS = [
  {
    name: 'prisma',
    what: 'Prisma clients',
    inputs: ['prisma/schema.prisma', 'scripts/generate-prisma.js', 'package-lock.json'],
    outputs: ['src/store/generated/sqlite/client.ts', 'src/store/generated/postgres/client.ts'],
    run: () => runNode('prisma generate', [path.join(root, 'scripts', 'generate-prisma.js')]),
  },
  {
    name: 'tsc',
    what: 'TypeScript (dist/)',
    inputs: ['src', 'bench', 'tsconfig.json', 'tsconfig.build.json', 'package.json', 'package-lock.json'],
    dependsOn: 'prisma',
    outputs: ['dist/src/main.js', 'dist/src/cli.js'],
    run: () => runNode('tsc', [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json']),
  },
  {
    name: 'web',
    what: 'web bundles (web/dist/)',
    inputs: ['web', 'scripts/build-web.js', 'package.json', 'package-lock.json'],
    outputs: ['web/dist/playground/app.js', 'web/dist/tab/app.js'],
    run: () => runNode('web build', [path.join(root, 'scripts', 'build-web.js')]),
  },
];

function readStamp() {
  try {
    return JSON.parse(fs.readFileSync(STAMP, 'utf8'));
  } catch {
    return {}; // no stamp yet (fresh clone, or dist/ removed): everything is stale
  }
}

function writeStamp(stamp) {
  fs.mkdirSync(path.dirname(STAMP), { recursive: true });
  fs.writeFileSync(STAMP, `${JSON.stringify(stamp, null, 2)}\n`);
}

/** The steps whose inputs changed since their last build, or whose outputs are missing. */
function staleSteps(stamp, force) {
  const hashes = {};
  const stale = [];
  for (const step of STEPS) {
    hashes[step.name] = hashOf(step.inputs, step.dependsOn ? hashes[step.dependsOn] : '');
    const missing = step.outputs.some((file) => !fs.existsSync(path.join(root, file)));
    if (force || missing || stamp[step.name] !== hashes[step.name]) stale.push(step);
  }
  return { hashes, stale };
}

// Two starts at once (two terminals, parallel tests) must not run tsc into the same files together.
function sleep(ms) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

function withLock(work) {
  fs.mkdirSync(path.dirname(LOCK), { recursive: true });
  const deadline = Date.now() + 10 * 60 * 1000;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      break;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
      const age = Date.now() - fs.statSync(LOCK, { throwIfNoEntry: false })?.mtimeMs;
      if (age > 10 * 60 * 1000) fs.rmSync(LOCK, { recursive: true, force: true }); // left by a killed build
      if (Date.now() > deadline) throw new Error(`build: another build holds ${path.relative(root, LOCK)}`);
      sleep(200);
    }
  }
  try {
    return work();
  } finally {
    fs.rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Builds the stale steps; returns the names of the steps built ([] when all was up to date). */
function buildIfStale({ force = false } = {}) {
  if (!force && staleSteps(readStamp(), false).stale.length === 0) return [];
  return withLock(() => {
    const stamp = readStamp(); // another process may have built while we waited
    const { hashes, stale } = staleSteps(stamp, force);
    for (const step of stale) {
      const started = Date.now();
      process.stderr.write(`build: ${step.what}… `);
      step.run();
      stamp[step.name] = hashes[step.name];
      writeStamp(stamp);
      process.stderr.write(`${((Date.now() - started) / 1000).toFixed(1)} s\n`);
    }
    return stale.map((step) => step.name);
  });
}

module.exports = { buildIfStale, STEPS };

if (require.main === module) {
  try {
    buildIfStale({ force: process.argv.includes('--force') });
  } catch (error) {
    process.stderr.write(`\n${error.message}\n`);
    process.exit(1);
  }
}
