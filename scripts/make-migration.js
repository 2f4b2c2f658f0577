#!/usr/bin/env node
// Writes the next migration for both databases, in Prisma's folder format:
//
//   npm run db:migration -- <name>     prisma/migrations/<timestamp>_<name>/migration.sql
//                                      prisma/postgres/migrations/<timestamp>_<name>/migration.sql
//   npm run db:migration -- --check    exit 1 if schema.prisma has changes no migration covers
//
// The previous state is rebuilt by replaying the committed migrations into a
// scratch database (a temp SQLite file; a fresh schema on the PostgreSQL server
// of MIGRATION_DATABASE_URL, else TEST_DATABASE_URL, else 127.0.0.1:5432/test),
// so hand edits to migration SQL are taken into account. Prisma's schema engine
// (WASM) then diffs that database against the schema. Needs no native engine.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { execFileSync } = require('node:child_process');
const { withSchemaEngine, diffDatabaseToSchema } = require('./lib/schema-engine');
const { PROVIDERS, LOCKFILE, lockfileText, readMigrations, root } = require('./lib/migrations-folder');
const { createScratch } = require('./lib/scratch-database');

const PROVIDER_NAMES = ['sqlite', 'postgresql'];

/** The SQL that takes the migrated schema of `provider` to its schema.prisma. */
async function pendingChange(provider) {
  const { schemaFile, migrationsDir } = PROVIDERS[provider];
  const schemaText = fs.readFileSync(schemaFile, 'utf8');
  const scratch = await createScratch(provider);
  try {
    for (const migration of readMigrations(migrationsDir)) {
      await scratch.replay([migration]).catch((error) => {
        throw new Error(
          `${provider}: migration ${migration.name} does not apply to an empty database: ${error.message}`,
        );
      });
    }
    return await withSchemaEngine(scratch.url, schemaText, (engine) =>
      diffDatabaseToSchema(engine, schemaText, path.dirname(schemaFile)),
    );
  } finally {
    await scratch.dispose();
  }
}

/** The PostgreSQL schema must be the one derived from the SQLite schema, or its migrations would lag. */
function assertPostgresSchemaCurrent() {
  const models = (file) =>
    fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter((line) => !/^\s*(provider|output)\s*=/.test(line) && !line.startsWith('//'))
      .join('\n');
  if (models(PROVIDERS.sqlite.schemaFile) !== models(PROVIDERS.postgresql.schemaFile)) {
    throw new Error('prisma/postgres/schema.prisma is stale: run npm run db:generate first');
  }
}

function migrationName(raw) {
  const name = String(raw ?? '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 100);
  if (!name) throw new Error('usage: npm run db:migration -- <name>   (or -- --check)');
  return name;
}

/** A UTC timestamp like Prisma's, later than every existing migration of either provider. */
function nextTimestamp() {
  const existing = PROVIDER_NAMES.flatMap((p) =>
    readMigrations(PROVIDERS[p].migrationsDir).map((m) => m.name.slice(0, 14)),
  );
  let stamp = new Date().toISOString().replace(/\D/g, '').slice(0, 14);
  const latest = existing.sort().at(-1);
  if (latest && stamp <= latest) stamp = String(BigInt(latest) + 1n);
  return stamp;
}

function writeMigration(provider, folderName, sql) {
  const { migrationsDir } = PROVIDERS[provider];
  fs.mkdirSync(path.join(migrationsDir, folderName), { recursive: true });
  const lockPath = path.join(migrationsDir, LOCKFILE);
  if (!fs.existsSync(lockPath)) fs.writeFileSync(lockPath, lockfileText(provider));
  const file = path.join(migrationsDir, folderName, 'migration.sql');
  fs.writeFileSync(file, sql);
  return path.relative(root, file);
}

async function check() {
  assertPostgresSchemaCurrent();
  let behind = false;
  for (const provider of PROVIDER_NAMES) {
    const change = await pendingChange(provider);
    if (change.changed) {
      behind = true;
      console.error(`${provider}: schema.prisma has changes no migration covers:\n${change.sql}`);
    }
  }
  if (behind) throw new Error('Migrations are behind schema.prisma: run npm run db:migration -- <name>');
  console.log('Migrations match schema.prisma (sqlite and postgresql).');
}

async function create(rawName) {
  const name = migrationName(rawName);
  // Regenerates prisma/postgres/schema.prisma (and both clients) so the two stay in step.
  execFileSync(process.execPath, [path.join(__dirname, 'generate-prisma.js')], { stdio: 'inherit' });
  const changes = [];
  for (const provider of PROVIDER_NAMES) changes.push([provider, await pendingChange(provider)]);
  if (changes.every(([, change]) => !change.changed)) {
    console.log('No schema changes: no migration written.');
    return;
  }
  const folderName = `${nextTimestamp()}_${name}`;
  for (const [provider, change] of changes) {
    if (change.changed) console.log(`wrote ${writeMigration(provider, folderName, change.sql)}`);
    else console.log(`${provider}: no change for this provider`);
  }
}

const args = process.argv.slice(2);
(args[0] === '--check' ? check() : create(args[0])).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
