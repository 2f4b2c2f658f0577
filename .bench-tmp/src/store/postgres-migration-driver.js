"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.POSTGRES_LOCK_WAIT_MS = void 0;
exports.openPostgresMigrationDriver = openPostgresMigrationDriver;
const node_crypto_1 = require("node:crypto");
const promises_1 = require("node:timers/promises");
const pg_1 = require("pg");
const database_url_1 = require("./database-url");
const migration_error_1 = require("./migration-error");
// The key `prisma migrate deploy` locks: our instances and Prisma's CLI exclude each other.
const PRISMA_ADVISORY_LOCK = 72707369;
const LOCK_POLL_MS = 200;
/** How long an instance waits for another one to finish migrating. */
exports.POSTGRES_LOCK_WAIT_MS = 120_000;
// Prisma's own definition of the table on PostgreSQL, so its tooling reads our rows.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;
/** Connects one pg client (search_path = the URL's schema) for migrating. */
async function openPostgresMigrationDriver(target) {
    const client = new pg_1.Client((0, database_url_1.postgresClientConfig)(target));
    await client.connect();
    return {
        exclusive: (work) => exclusive(client, target.schema, work),
        close: () => client.end(),
    };
}
async function exclusive(client, schema, work) {
    await acquireLock(client);
    try {
        // Inside the lock: two instances creating the same schema at once would collide.
        if (schema !== undefined)
            await client.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
        await client.query(CREATE_TABLE);
        return await work(createSession(client));
    }
    finally {
        await client.query('SELECT pg_advisory_unlock($1)', [PRISMA_ADVISORY_LOCK]);
    }
}
// Polls rather than blocks, so a stuck peer gives a clear error instead of a hung start.
async function acquireLock(client) {
    const deadline = Date.now() + exports.POSTGRES_LOCK_WAIT_MS;
    for (;;) {
        const result = await client.query('SELECT pg_try_advisory_lock($1) AS locked', [
            PRISMA_ADVISORY_LOCK,
        ]);
        if (result.rows[0]?.locked === true)
            return;
        if (Date.now() > deadline) {
            throw new migration_error_1.MigrationError('migration.lock_timeout', `Another process held the migration lock for ${exports.POSTGRES_LOCK_WAIT_MS / 1000} s (advisory lock ${PRISMA_ADVISORY_LOCK})`);
        }
        await (0, promises_1.setTimeout)(LOCK_POLL_MS);
    }
}
function createSession(client) {
    return {
        async readRecords() {
            const result = await client.query('SELECT migration_name, checksum, finished_at, rolled_back_at, logs FROM "_prisma_migrations" ORDER BY started_at');
            return result.rows.map(toRecord);
        },
        apply: (migration) => applyInTransaction(client, migration),
    };
}
/** The script and its row in one transaction: PostgreSQL DDL is transactional, so a failure leaves nothing behind. */
async function applyInTransaction(client, migration) {
    const startedAt = new Date();
    await client.query('BEGIN');
    try {
        // No parameters: pg uses the simple protocol, which runs a multi-statement script.
        await client.query(migration.sql);
        await client.query(`INSERT INTO "_prisma_migrations" (id, checksum, finished_at, migration_name, logs, rolled_back_at, started_at, applied_steps_count)
       VALUES ($1, $2, $3, $4, NULL, NULL, $5, 1)`, [(0, node_crypto_1.randomUUID)(), migration.checksum, new Date(), migration.name, startedAt]);
        await client.query('COMMIT');
    }
    catch (error) {
        await client.query('ROLLBACK').catch((rollbackError) => {
            throw new Error(`ROLLBACK failed after: ${String(error)}`, { cause: rollbackError });
        });
        throw error;
    }
}
function toRecord(raw) {
    return {
        migrationName: raw.migration_name,
        checksum: raw.checksum,
        finished: raw.finished_at !== null,
        rolledBack: raw.rolled_back_at !== null,
        logs: raw.logs,
    };
}
//# sourceMappingURL=postgres-migration-driver.js.map