#!/usr/bin/env node
// Generates both Prisma clients (SQLite and PostgreSQL) without Prisma's native
// engine: `prisma generate` only needs the engine path to exist (STACK.md).
// The PostgreSQL schema is derived from the hand-edited SQLite one.
const { execFileSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const sqliteSchema = path.join(root, 'prisma', 'schema.prisma');
const postgresSchema = path.join(root, 'prisma', 'postgres', 'schema.prisma');

function derivePostgresSchema() {
  const source = fs.readFileSync(sqliteSchema, 'utf8');
  const derived = source
    .replace('provider = "sqlite"', 'provider = "postgresql"')
    .replace('"../src/store/generated/sqlite"', '"../../src/store/generated/postgres"')
    .replace(
      /^\/\/ chibo-bot data model\..*$/m,
      '// GENERATED from prisma/schema.prisma by scripts/generate-prisma.js: do not edit.',
    );
  fs.mkdirSync(path.dirname(postgresSchema), { recursive: true });
  fs.writeFileSync(postgresSchema, derived);
}

function generate(schema) {
  const placeholder = path.join(os.tmpdir(), 'chibo-no-schema-engine');
  if (!fs.existsSync(placeholder)) fs.writeFileSync(placeholder, '');
  execFileSync(process.execPath, [require.resolve('prisma/build/index.js'), 'generate', '--schema', schema], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: placeholder, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
}

derivePostgresSchema();
generate(sqliteSchema);
generate(postgresSchema);
