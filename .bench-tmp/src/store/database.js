"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openDatabase = openDatabase;
const database_url_1 = require("./database-url");
const migrate_1 = require("./migrate");
const postgres_client_1 = require("./postgres-client");
const sqlite_client_1 = require("./sqlite-client");
/**
 * Opens the database at `url` — `file:./data/chibo.db` or a path (SQLite), or
 * `postgres(ql)://…[?schema=NAME]` — after applying its pending migrations.
 * Rejects with a MigrationError when the migration history cannot be trusted.
 */
async function openDatabase(url, options = {}) {
    const target = (0, database_url_1.parseDatabaseUrl)(url);
    const migrations = options.migrate === false
        ? undefined
        : await (0, migrate_1.migrateTarget)(target, options.migrationsDir === undefined ? {} : { migrationsDir: options.migrationsDir });
    const prisma = await createClient(target, options.log ?? []);
    return {
        prisma,
        provider: target.provider,
        description: (0, database_url_1.describeTarget)(target),
        migrations,
        close: () => prisma.$disconnect(),
    };
}
function createClient(target, log) {
    return target.provider === 'sqlite'
        ? Promise.resolve((0, sqlite_client_1.createSqliteClient)(target.file, log))
        : (0, postgres_client_1.createPostgresClient)(target, log);
}
//# sourceMappingURL=database.js.map