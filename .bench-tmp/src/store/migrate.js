"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.migrateDatabase = migrateDatabase;
exports.migrateTarget = migrateTarget;
exports.runMigrations = runMigrations;
exports.planMigrations = planMigrations;
const node_perf_hooks_1 = require("node:perf_hooks");
const database_url_1 = require("./database-url");
const migration_error_1 = require("./migration-error");
const migration_files_1 = require("./migration-files");
const migrations_path_1 = require("./migrations-path");
/**
 * Applies the pending migrations of the provider's folder to the database at `url`,
 * recording them in `_prisma_migrations` as `prisma migrate deploy` would. Needs no
 * Prisma engine. Refuses (MigrationError) an edited, unknown or failed migration.
 */
function migrateDatabase(url, options = {}) {
    return migrateTarget((0, database_url_1.parseDatabaseUrl)(url), options);
}
/** migrateDatabase for an already parsed URL. */
async function migrateTarget(target, options = {}) {
    const started = node_perf_hooks_1.performance.now();
    const files = (0, migration_files_1.readMigrationFolder)(options.migrationsDir ?? (0, migrations_path_1.migrationsDir)(target.provider), target.provider);
    const driver = await openMigrationDriver(target);
    try {
        const outcome = await runMigrations(driver, files);
        return { provider: target.provider, ...outcome, durationMs: Math.round(node_perf_hooks_1.performance.now() - started) };
    }
    finally {
        await driver.close();
    }
}
// Loaded on demand: a SQLite deployment never loads pg, and the reverse.
async function openMigrationDriver(target) {
    if (target.provider === 'sqlite') {
        const { openSqliteMigrationDriver } = await Promise.resolve().then(() => __importStar(require('./sqlite-migration-driver')));
        return openSqliteMigrationDriver(target.file);
    }
    const { openPostgresMigrationDriver } = await Promise.resolve().then(() => __importStar(require('./postgres-migration-driver')));
    return openPostgresMigrationDriver(target);
}
/** Applies what `planMigrations` finds pending, under the driver's migration lock. */
function runMigrations(driver, files) {
    return driver.exclusive(async (session) => {
        const pending = planMigrations(files, await session.readRecords());
        const applied = [];
        for (const migration of pending) {
            try {
                await session.apply(migration);
            }
            catch (error) {
                throw new migration_error_1.MigrationError('migration.apply_failed', `Migration ${migration.name} failed and was rolled back: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
            }
            applied.push(migration.name);
        }
        return { applied, alreadyApplied: files.length - pending.length };
    });
}
/**
 * The migrations still to apply, in folder order. Throws when the recorded
 * history cannot be trusted: a failed migration, an applied migration whose
 * file changed, or one this build does not have (a newer build migrated).
 */
function planMigrations(files, records) {
    // Rows marked rolled back are history only, as for Prisma.
    const live = records.filter((record) => !record.rolledBack);
    assertNoFailed(live);
    const byName = new Map(files.map((file) => [file.name, file]));
    const unknown = live.filter((record) => !byName.has(record.migrationName)).map((r) => r.migrationName);
    if (unknown.length > 0) {
        throw new migration_error_1.MigrationError('migration.unknown_applied', `The database has migrations this build does not know (${unknown.join(', ')}): it was migrated by a newer build; deploy that build or restore a backup`);
    }
    const edited = live
        .filter((record) => {
        const file = byName.get(record.migrationName);
        return file !== undefined && !(0, migration_files_1.matchesChecksum)(file.sql, record.checksum);
    })
        .map((record) => record.migrationName);
    if (edited.length > 0) {
        throw new migration_error_1.MigrationError('migration.checksum_mismatch', `Migration files changed after they were applied (${edited.join(', ')}): restore them from version control and put further changes in a new migration (npm run db:migration -- <name>)`);
    }
    const applied = new Set(live.map((record) => record.migrationName));
    return files.filter((file) => !applied.has(file.name));
}
function assertNoFailed(live) {
    const failed = live.filter((record) => !record.finished);
    if (failed.length === 0)
        return;
    const details = failed.map((record) => `${record.migrationName}${record.logs ? `: ${record.logs.slice(0, 500)}` : ''}`);
    throw new migration_error_1.MigrationError('migration.failed_earlier', `_prisma_migrations records failed migrations (${details.join('; ')}). Repair the database by hand, then mark them ` +
        `rolled back: UPDATE "_prisma_migrations" SET rolled_back_at = CURRENT_TIMESTAMP WHERE finished_at IS NULL AND rolled_back_at IS NULL`);
}
//# sourceMappingURL=migrate.js.map