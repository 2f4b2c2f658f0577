"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.createSqliteClient = createSqliteClient;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const adapter_better_sqlite3_1 = require("@prisma/adapter-better-sqlite3");
const client_1 = require("./generated/sqlite/client");
const sqlite_migration_driver_1 = require("./sqlite-migration-driver");
// Per-connection settings (foreign keys, synchronous) must be set on every connection
// the adapter opens; WAL is persistent but set again in case migrations were skipped.
const CONNECTION_PRAGMAS = [
    'PRAGMA journal_mode = WAL',
    'PRAGMA foreign_keys = ON',
    'PRAGMA synchronous = NORMAL',
].join(';\n');
/** Wraps the adapter factory so each new connection gets CONNECTION_PRAGMAS first. */
function withConnectionPragmas(factory) {
    return {
        provider: factory.provider,
        adapterName: factory.adapterName,
        async connect() {
            const adapter = await factory.connect();
            await adapter.executeScript(CONNECTION_PRAGMAS);
            return adapter;
        },
    };
}
/** A Prisma client on a SQLite file (its folder is created), in WAL mode with a busy timeout. */
function createSqliteClient(file, log) {
    node_fs_1.default.mkdirSync(node_path_1.default.dirname(file), { recursive: true });
    const factory = new adapter_better_sqlite3_1.PrismaBetterSqlite3({ url: `file:${file}`, timeout: sqlite_migration_driver_1.SQLITE_BUSY_TIMEOUT_MS });
    return new client_1.PrismaClient({ adapter: withConnectionPragmas(factory), log: [...log] });
}
//# sourceMappingURL=sqlite-client.js.map