#!/usr/bin/env node
// Prisma's own view of a live database, through its schema engine (WASM):
//
//   node scripts/check-database.js <url>
//
// prints JSON { provider, schemaDiff: { changed, sql }, history } where
// schemaDiff is what would take the database to schema.prisma (nothing when
// the migrations produce exactly the schema) and history is Prisma's
// diagnosis of `_prisma_migrations` against the migrations folder. Used by
// tests/store/migrations.test.ts; handy by hand on a deployed database.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { withSchemaEngine, diffDatabaseToSchema, diagnoseHistory } = require('./lib/schema-engine');
const { PROVIDERS, migrationsList } = require('./lib/migrations-folder');
const { parseDatabaseUrl } = require('./lib/database-url');

async function main(url) {
  if (!url) throw new Error('usage: node scripts/check-database.js <database url>');
  const { provider } = parseDatabaseUrl(url);
  const { schemaFile, migrationsDir } = PROVIDERS[provider];
  const schemaText = fs.readFileSync(schemaFile, 'utf8');
  const report = await withSchemaEngine(url, schemaText, async (engine) => ({
    provider,
    schemaDiff: await diffDatabaseToSchema(engine, schemaText, path.dirname(schemaFile)),
    history: await diagnoseHistory(engine, migrationsList(migrationsDir)),
  }));
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
}

main(process.argv[2]).catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
