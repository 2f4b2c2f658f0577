/**
 * The layers of src/ (ARCHITECTURE.md, "Layers"): which folder may import which. One table, read by
 * .dependency-cruiser.cjs (`npm run deps`, resolved imports, circles) and by eslint.config.mjs
 * (no-restricted-imports per folder, so an editor shows a bad import as it is typed).
 *
 * A path ending in "/" is a folder and everything under it; "*" is one folder name. A file belongs
 * to the most specific path that holds it (features/shared/ before features/<name>/). A layer may import
 * itself unless `ownFolderOnly` (then only its own folder: a channel never imports another channel).
 * `mayImport` names layers, or paths for a part of a layer.
 */
const fs = require('node:fs');
const path = require('node:path');
const KNOWN_VIOLATIONS = require('./layers-known-violations.cjs');

/** @typedef {{ id: string, paths: string[], mayImport: string[], ownFolderOnly?: boolean, vendors?: string[] }} Layer */

/** @type {Layer[]} */
const LAYERS = [
  {
    id: 'core',
    paths: ['src/core/'],
    mayImport: [],
    vendors: [
      'botbuilder*',
      'restify*',
      '@prisma/*',
      'node-cron',
      'better-sqlite3',
      'pg',
      'node:*',
      'fs',
      'http',
      'https',
    ],
  },
  {
    id: 'foundation',
    paths: [
      'src/config.ts',
      'src/config-types.ts',
      'src/config-helpers.ts',
      'src/log.ts',
      'src/log-redaction.ts',
      'src/graceful-close.ts',
      'src/project-root.ts',
    ],
    mayImport: ['core'],
  },
  { id: 'store', paths: ['src/store/'], mayImport: ['core'] },
  { id: 'reports', paths: ['src/reports/'], mayImport: ['core', 'store'] },
  // Meeting reads and the lifecycle's transitions, shared by features and the scheduler (the lifecycle branch).
  { id: 'meetings', paths: ['src/meetings/'], mayImport: ['core', 'store', 'cards'] },
  {
    id: 'cards',
    paths: ['src/cards/'],
    // The committee report's shape, words and links; never its queries.
    mayImport: [
      'core',
      'src/reports/committee-report-types.ts',
      'src/reports/committee-report-wording.ts',
      'src/reports/committee-report-links.ts',
    ],
  },
  { id: 'outbox', paths: ['src/outbox/'], mayImport: ['core', 'store'] },
  // meetings: the job.due event's types (the lifecycle branch).
  {
    id: 'bot-edge',
    paths: ['src/features/turn.ts', 'src/features/ports.ts'],
    mayImport: ['core', 'cards', 'meetings'],
  },
  {
    id: 'features-shared',
    paths: ['src/features/shared/'],
    mayImport: ['core', 'store', 'cards', 'reports', 'meetings', 'bot-edge'],
  },
  {
    id: 'use-cases',
    paths: ['src/features/*/'],
    mayImport: ['core', 'store', 'cards', 'reports', 'meetings', 'bot-edge', 'features-shared'],
  },
  {
    id: 'features-mount',
    // job-router.ts: scheduler jobs as one more inbound event (the lifecycle branch).
    paths: [
      'src/features/bot.ts',
      'src/features/router.ts',
      'src/features/card-views.ts',
      'src/features/job-router.ts',
    ],
    mayImport: [
      'core',
      'store',
      'cards',
      'reports',
      'meetings',
      'bot-edge',
      'features-shared',
      'use-cases',
      'action-tables',
    ],
  },
  {
    // Every feature's actions in one list (the actions branch); channels read which card a verb is pressed on.
    id: 'action-tables',
    paths: ['src/features/actions.ts'],
    mayImport: ['core', 'store', 'cards', 'reports', 'meetings', 'bot-edge', 'features-shared', 'use-cases'],
  },
  {
    id: 'exports',
    paths: ['src/exports/'],
    mayImport: ['core', 'store', 'reports', 'meetings', 'features-shared', 'use-cases'],
  },
  { id: 'delivery', paths: ['src/delivery/'], mayImport: ['core', 'store', 'cards', 'outbox'] },
  {
    id: 'scheduler',
    paths: ['src/scheduler/'],
    mayImport: ['core', 'foundation', 'store', 'cards', 'meetings', 'outbox', 'delivery', 'bot-edge'],
  },
  { id: 'server', paths: ['src/server.ts'], mayImport: ['core', 'foundation', 'bot-edge'] },
  { id: 'web-shared', paths: ['src/web/*.ts'], mayImport: ['core', 'foundation'] },
  { id: 'channel-news', paths: ['src/channels/shared-card-news.ts'], mayImport: ['core', 'cards', 'bot-edge'] },
  {
    // What a channel hands composition (its routes, transport, renderer, news listener): the port every channel implements.
    id: 'channel-module',
    paths: ['src/channels/module.ts'],
    mayImport: ['core', 'foundation', 'store', 'outbox', 'delivery', 'bot-edge', 'server', 'channel-news'],
  },
  {
    id: 'channel',
    paths: ['src/channels/*/'],
    ownFolderOnly: true,
    mayImport: [
      'core',
      'foundation',
      'store',
      'cards',
      'reports',
      'outbox',
      'delivery',
      'bot-edge',
      'features-shared',
      'action-tables',
      'server',
      'web-shared',
      'channel-news',
      'channel-module',
    ],
  },
  {
    // The one list of channels the app runs: adding a channel is its folder and a line here.
    id: 'channels-registry',
    paths: ['src/channels/registry.ts'],
    mayImport: ['channel-module', 'channel'],
  },
  {
    id: 'channels-compose',
    paths: ['src/channels/compose.ts'],
    mayImport: [
      'core',
      'foundation',
      'store',
      'outbox',
      'delivery',
      'scheduler',
      'bot-edge',
      'server',
      'channel',
      'channel-news',
      'channel-module',
      'channels-registry',
    ],
  },
  {
    id: 'dashboard',
    paths: ['src/web/dashboard/'],
    mayImport: [
      'core',
      'foundation',
      'store',
      'cards',
      'outbox',
      'reports',
      'meetings',
      'exports',
      'bot-edge',
      'features-shared',
      'use-cases',
      'server',
      'web-shared',
    ],
  },
  {
    id: 'cli',
    paths: ['src/cli/'],
    mayImport: [
      'core',
      'foundation',
      'store',
      'outbox',
      'reports',
      'meetings',
      'exports',
      'bot-edge',
      'features-shared',
      'use-cases',
      'scheduler',
      'channel',
    ],
  },
  { id: 'cli-entry', paths: ['src/cli.ts'], mayImport: ['core', 'foundation', 'store', 'bot-edge', 'cli'] },
  {
    id: 'app',
    paths: ['src/app.ts'],
    mayImport: [
      'core',
      'foundation',
      'store',
      'cards',
      'outbox',
      'reports',
      'meetings',
      'exports',
      'delivery',
      'scheduler',
      'bot-edge',
      'features-shared',
      'use-cases',
      'features-mount',
      'server',
      'web-shared',
      'channel',
      'channel-news',
      'channel-module',
      'channels-registry',
      'channels-compose',
      'dashboard',
    ],
  },
  {
    id: 'main',
    paths: ['src/main.ts'],
    mayImport: [
      'core',
      'foundation',
      'store',
      'bot-edge',
      'features-shared',
      'use-cases',
      'features-mount',
      'server',
      'app',
    ],
  },
];

const byId = new Map(LAYERS.map((layer) => [layer.id, layer]));

function escape(text) {
  return text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
}

/** The regex source (unanchored) of one path of the table, against a resolved path such as src/core/x.ts. */
function pathSource(p) {
  const body = escape(p).replace(/\*/g, '[^/.][^/]*');
  return p.endsWith('/') ? body : `${body}$`;
}

/** Whether `inner` (a path of the table) lies inside `outer`, e.g. features/shared/ inside features/<name>/. */
function isInside(inner, outer) {
  const probe = inner.replace(/\*/g, 'x') + (inner.endsWith('/') ? 'x.ts' : '');
  return inner !== outer && new RegExp(`^${pathSource(outer)}`).test(probe);
}

/** The more specific paths carved out of `p`, e.g. features/shared/ out of features/<name>/. */
function carvedOut(p) {
  return LAYERS.flatMap((layer) => layer.paths).filter((q) => q !== p && isInside(q, p));
}

/** A regex source matching the files of one table path, less what more specific paths take. */
function memberSource(p) {
  const holes = carvedOut(p);
  const hole = holes.length === 0 ? '' : `(?!(?:${holes.map(pathSource).join('|')}))`;
  return `${hole}${pathSource(p)}`;
}

/** The layers that hold a file (src/…/x.ts): exactly one, when the table is right. */
function layersOf(file) {
  return LAYERS.filter((layer) => layer.paths.some((p) => new RegExp(`^${memberSource(p)}`).test(file)));
}

function layerOf(file) {
  return layersOf(file)[0];
}

/** The table paths one entry of `mayImport` stands for. */
function targetsOf(entry) {
  if (entry.includes('/')) return [entry];
  const layer = byId.get(entry);
  if (!layer) throw new Error(`layers.cjs: unknown layer "${entry}"`);
  return layer.paths;
}

function allowedPaths(layer) {
  const own = layer.ownFolderOnly ? [] : layer.paths;
  return [...own, ...layer.mayImport.flatMap(targetsOf)];
}

function describe(layer) {
  const names = layer.mayImport.map((entry) => (entry.includes('/') ? entry.replace(/^src\//, '') : entry));
  const own = layer.ownFolderOnly ? 'its own folder' : 'itself';
  return `${layer.paths.join(', ')} may import only ${[own, ...names].join(', ')} (ARCHITECTURE.md, "Layers")`;
}

/** The known violations from inside `layer`, grouped by the path they start from. */
function knownFor(layer) {
  const groups = new Map();
  for (const known of KNOWN_VIOLATIONS) {
    if (!known.from || layerOf(known.from.endsWith('/') ? `${known.from}x.ts` : known.from) !== layer) continue;
    groups.set(known.from, [...(groups.get(known.from) ?? []), known]);
  }
  return groups;
}

// ---- dependency-cruiser -------------------------------------------------------------------------

/** The `forbidden` rules of .dependency-cruiser.cjs: one per layer, one per temporary known violation. */
function dependencyCruiserRules() {
  const rules = [];
  for (const layer of LAYERS) {
    const allowed = allowedPaths(layer).map((p) => `^${memberSource(p)}`);
    // A channel's own folder is captured as $1, so `to` can allow that folder and no other.
    const members = layer.paths.map((p) =>
      layer.ownFolderOnly ? memberSource(p).replace('[^/.][^/]*', '([^/.][^/]*)') : memberSource(p),
    );
    const ownFolder = layer.ownFolderOnly
      ? [`^${escape(layer.paths[0].slice(0, layer.paths[0].indexOf('*')))}$1/`]
      : [];
    const known = knownFor(layer);
    rules.push({
      name: `layer-${layer.id}`,
      comment: describe(layer),
      severity: 'error',
      from: {
        path: `^(?:${members.join('|')})`,
        ...(known.size > 0 ? { pathNot: [...known.keys()].map((from) => `^${pathSource(from)}`) } : {}),
      },
      to: { path: '^src/', pathNot: [...allowed, ...ownFolder] },
    });
    for (const [from, entries] of known) {
      rules.push({
        name: `layer-${layer.id}`,
        comment: `${describe(layer)}; for now also ${entries.map((k) => `${k.to} (owner: ${k.owner})`).join(', ')}`,
        severity: 'error',
        from: { path: `^${pathSource(from)}` },
        to: {
          path: '^src/',
          pathNot: [
            ...allowed,
            ...(layer.ownFolderOnly ? [`^${pathSource(from)}`] : []),
            ...entries.map((k) => `^${memberSource(k.to)}`),
          ],
        },
      });
      for (const k of entries) {
        rules.push({
          name: `known-violation-${k.owner}-${KNOWN_VIOLATIONS.indexOf(k) + 1}`,
          comment: `temporary (scripts/layers-known-violations.cjs), owner ${k.owner}: ${k.why}`,
          severity: 'info',
          from: { path: `^${pathSource(from)}` },
          to: { path: `^${memberSource(k.to)}` },
        });
      }
    }
  }
  const knownCircles = KNOWN_VIOLATIONS.filter((known) => known.circle);
  rules.push({
    name: 'no-circular',
    comment: 'No module may reach itself through its imports.',
    severity: 'error',
    from:
      knownCircles.length > 0
        ? { pathNot: knownCircles.flatMap((k) => k.circle.map((file) => `^${pathSource(file)}`)) }
        : {},
    to: { circular: true },
  });
  return rules;
}

// ---- eslint --------------------------------------------------------------------------------------

/** A regex source for import specifiers written in `dir` that reach the files of table path `p`. */
function specifierSource(dir, p) {
  const target = p.endsWith('/') ? p.slice(0, -1) : p.replace(/\.ts$/, '');
  let rel = path.posix.relative(dir, target.replace(/\*/g, '__ANY__'));
  rel = rel === '' ? '.' : rel.startsWith('..') ? rel : `./${rel}`;
  const body = escape(rel).replace(/__ANY__/g, '[^/.][^/]*');
  // After a folder, the next segment may not climb back out of it.
  return p.endsWith('/') ? `${body}(?:/(?!\\.\\.(?:/|$))|$)` : `${body}(?:\\.js|\\.ts)?$`;
}

function memberSpecifierSource(dir, p) {
  // As written, "../router" could be a folder matched by "*": the table's files beside that folder are not.
  const parent = p.includes('*') ? p.slice(0, p.indexOf('*')) : null;
  const besides = LAYERS.flatMap((layer) => layer.paths).filter(
    (q) => parent && !q.includes('*') && q.endsWith('.ts') && `${path.posix.dirname(q)}/` === parent,
  );
  const holes = [...carvedOut(p), ...besides];
  const hole = holes.length === 0 ? '' : `(?!(?:${holes.map((q) => specifierSource(dir, q)).join('|')}))`;
  return `${hole}${specifierSource(dir, p)}`;
}

function listTsFiles(root, dir) {
  const out = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const rel = `${dir}/${entry.name}`;
    if (entry.isDirectory() && rel !== 'src/store/generated') out.push(...listTsFiles(root, rel));
    else if (entry.isFile() && entry.name.endsWith('.ts')) out.push(rel);
  }
  return out;
}

/**
 * One eslint config object per folder and layer of src/: no-restricted-imports with one regex that
 * matches every relative import outside what that layer may import. (eslint sees the import as
 * written, not resolved; dependency-cruiser checks the resolved graph, dynamic import() included.)
 */
function eslintConfigs(root) {
  const groups = new Map();
  for (const file of listTsFiles(root, 'src')) {
    const layer = layerOf(file);
    if (!layer) continue; // the jest test of the table fails on such a file
    const dir = path.posix.dirname(file);
    const known = KNOWN_VIOLATIONS.filter(
      (k) => k.from && (k.from.endsWith('/') ? file.startsWith(k.from) : file === k.from),
    );
    const key = `${dir}|${layer.id}|${known.map((k) => k.from + k.to).join(',')}`;
    if (!groups.has(key)) groups.set(key, { dir, layer, known, files: [] });
    groups.get(key).files.push(file);
  }
  const groupsOfDir = (dir) => [...groups.values()].filter((group) => group.dir === dir).length;
  return [...groups.values()].map(({ dir, layer, known, files }) => {
    const allowed = allowedPaths(layer);
    // Imports within the file's own folder, when the layer is a folder (a channel's is all it owns).
    if (layer.paths.some((p) => p.endsWith('/') && new RegExp(`^${pathSource(p)}`).test(`${dir}/x.ts`)))
      allowed.push(`${dir}/`);
    allowed.push(...known.map((k) => k.to));
    const alternatives = allowed.map((p) => memberSpecifierSource(dir, p)).join('|');
    const patterns = [{ regex: `^(?!(?:${alternatives}))\\.`, message: describe(layer) }];
    if (layer.vendors)
      patterns.push({ group: layer.vendors, message: 'src/core stays pure: no vendor, I/O or clock.' });
    // A folder of one layer takes a glob, so a file added to it is checked before the config is reloaded.
    return {
      files: groupsOfDir(dir) === 1 ? [`${dir}/*.ts`] : files,
      rules: { 'no-restricted-imports': ['error', { patterns }] },
    };
  });
}

module.exports = { LAYERS, KNOWN_VIOLATIONS, layerOf, layersOf, dependencyCruiserRules, eslintConfigs };
