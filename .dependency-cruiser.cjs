/**
 * `npm run deps`: the import graph of src/ against the layers of ARCHITECTURE.md ("Layers"),
 * resolved by TypeScript (type-only imports and dynamic import() count), and no circle of imports.
 * The layers are one table, scripts/layers.cjs, shared with the lint rule; the temporary
 * exceptions are scripts/layers-known-violations.cjs.
 */
const { dependencyCruiserRules } = require('./scripts/layers.cjs');

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    ...dependencyCruiserRules(),
    {
      name: 'no-orphans',
      comment: 'A module nothing imports and that imports nothing is dead, or wired where the graph cannot see it.',
      severity: 'error',
      from: { orphan: true, pathNot: ['\\.d\\.ts$'] },
      to: {},
    },
  ],
  options: {
    // The generated Prisma clients are the store's own; their insides are not ours to layer.
    doNotFollow: { path: ['node_modules', '^src/store/generated/'] },
    includeOnly: '^src/',
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: { extensions: ['.ts', '.js', '.json'] },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
