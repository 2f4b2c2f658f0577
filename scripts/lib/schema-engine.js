// Prisma's schema engine, the WebAssembly build, driven through a driver adapter.
// The native engine cannot be downloaded on our machines (shared/STACK.md), so
// this is how migration SQL is computed and how a database is compared with
// schema.prisma. Dev tooling only: the service applies migrations without it.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { pathToFileURL } = require('node:url');
const { setTimeout } = require('node:timers');
const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');
const { parseDatabaseUrl, postgresPoolConfig } = require('./database-url');

const FILTERS = { externalTables: [], externalEnums: [] };
let bindingsPromise;

/** Instantiates the engine once per process; the package's own entry imports a .wasm file, which Node cannot. */
function loadBindings() {
  if (!bindingsPromise) bindingsPromise = instantiate();
  return bindingsPromise;
}

async function instantiate() {
  const gluePath = require.resolve('@prisma/schema-engine-wasm/schema_engine_bg');
  const glue = await import(pathToFileURL(gluePath).href);
  const imports = { ...glue };
  const timerImport = Object.keys(glue).find((name) => name.startsWith('__wbg_setTimeout_'));
  if (timerImport) {
    // The engine arms a 10 s timer that would keep a finished CLI alive.
    imports[timerImport] = (callback, ms) => setTimeout(callback, ms >>> 0).unref();
  }
  // The glue reports Rust panics to this global; without it a panic becomes a TypeError.
  globalThis.PRISMA_WASM_PANIC_REGISTRY = {
    message: '',
    set_message(message) {
      this.message = `RuntimeError: ${message}`;
    },
  };
  const bytes = fs.readFileSync(path.join(path.dirname(gluePath), 'schema_engine_bg.wasm'));
  const { instance } = await globalThis.WebAssembly.instantiate(bytes, { './schema_engine_bg.js': imports });
  glue.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return glue;
}

/**
 * A pg pool whose results report PostgreSQL's internal "char" type as text: the
 * engine reads catalog columns of that type and the pg adapter rejects them
 * ("Column type 'char' could not be deserialized").
 */
function createCatalogFriendlyPool(config) {
  const pg = require('pg');
  const CHAR_OID = 18;
  const TEXT_OID = 25;
  class CatalogFriendlyPool extends pg.Pool {
    async query(config, values) {
      const result = await super.query(config, values);
      for (const field of result.fields ?? []) {
        if (field.dataTypeID === CHAR_OID) field.dataTypeID = TEXT_OID;
      }
      return result;
    }
  }
  return new CatalogFriendlyPool(config);
}

/** The adapter factory for a URL, with the connections the engine opens tracked: it never closes them itself. */
function createTrackedFactory(url) {
  const target = parseDatabaseUrl(url);
  const opened = [];
  let inner;
  let pool;
  if (target.provider === 'sqlite') {
    const { PrismaBetterSqlite3 } = require('@prisma/adapter-better-sqlite3');
    inner = new PrismaBetterSqlite3({ url: `file:${target.file}` });
  } else {
    const { PrismaPg } = require('@prisma/adapter-pg');
    pool = createCatalogFriendlyPool(postgresPoolConfig(target));
    inner = new PrismaPg(pool, target.schema ? { schema: target.schema } : undefined);
  }
  const factory = {
    provider: inner.provider,
    adapterName: inner.adapterName,
    async connect() {
      const adapter = await inner.connect();
      opened.push(adapter);
      return adapter;
    },
    async connectToShadowDb() {
      const adapter = await inner.connectToShadowDb();
      opened.push(adapter);
      return adapter;
    },
  };
  async function dispose() {
    // A SQLite connection left open keeps an exclusive lock on the file.
    for (const adapter of opened.splice(0)) await adapter.dispose();
    if (pool) await pool.end();
  }
  return { provider: target.provider, factory, dispose };
}

/** Replaces the engine's "External error id#N" with the driver error it stands for. */
function explain(error, registry) {
  const text = error instanceof Error ? error.message : String(error);
  const detailed = text.replace(/External error id#(\d+)/g, (whole, id) => {
    const record = registry.consumeError(Number(id));
    if (!record) return whole;
    return record.error instanceof Error ? record.error.message : JSON.stringify(record.error);
  });
  const wrapped = new Error(detailed);
  wrapped.cause = error;
  return wrapped;
}

/**
 * Runs `work(engine)` with an engine connected to `url` (file:… or postgresql://…?schema=…)
 * that knows `schemaText`, then frees the engine and every connection it opened.
 */
async function withSchemaEngine(url, schemaText, work) {
  const glue = await loadBindings();
  const tracked = createTrackedFactory(url);
  const bound = bindMigrationAwareSqlAdapterFactory(tracked.factory);
  const ignoreLogs = () => undefined;
  let engine;
  try {
    engine = await glue.SchemaEngine.new({ datamodels: [['schema.prisma', schemaText]] }, ignoreLogs, bound);
    return await work(engine);
  } catch (error) {
    throw explain(error, bound.errorRegistry);
  } finally {
    if (engine) engine.free();
    await tracked.dispose();
  }
}

/** SQL that would bring the live database to `schemaText` (exitCode 2 when there is any). */
async function diffDatabaseToSchema(engine, schemaText, configDir) {
  const files = [{ path: 'schema.prisma', content: schemaText }];
  const result = await engine.diff({
    from: { tag: 'schemaDatasource', files, configDir },
    to: { tag: 'schemaDatamodel', files },
    script: true,
    exitCode: true,
    filters: FILTERS,
  });
  return { changed: result.exitCode === 2, sql: result.stdout ?? '' };
}

/** Prisma's own reading of `_prisma_migrations` against a migrations folder. */
function diagnoseHistory(engine, migrationsList) {
  return engine.diagnoseMigrationHistory({ migrationsList, optInToShadowDatabase: false, filters: FILTERS });
}

module.exports = { withSchemaEngine, diffDatabaseToSchema, diagnoseHistory, FILTERS };
