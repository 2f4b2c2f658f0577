"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.parseDatabaseUrl = parseDatabaseUrl;
exports.postgresClientConfig = postgresClientConfig;
exports.describeTarget = describeTarget;
const node_path_1 = __importDefault(require("node:path"));
// Schema names end up in SQL and in a `-c search_path=` option: plain identifiers only.
const SCHEMA_NAME = /^[A-Za-z_][A-Za-z0-9_]{0,62}$/;
/**
 * `file:./data/chibo.db` or a plain path → SQLite (relative to the working directory);
 * `postgres://…` / `postgresql://…`, optionally `?schema=NAME` → PostgreSQL.
 * scripts/lib/database-url.js mirrors these rules for the dev scripts.
 */
function parseDatabaseUrl(url) {
    if (/^postgres(ql)?:\/\//.test(url))
        return parsePostgresUrl(url);
    const file = url.replace(/^file:/, '').replace(/\?.*$/, '');
    if (file === '' || file === ':memory:') {
        // The migrator and the client use separate connections: an in-memory database would be two databases.
        throw new Error(`A SQLite database needs a file, not "${url}"`);
    }
    return { provider: 'sqlite', file: node_path_1.default.resolve(file) };
}
function parsePostgresUrl(url) {
    const parsed = new URL(url);
    const schema = parsed.searchParams.get('schema') ?? undefined;
    if (schema !== undefined && !SCHEMA_NAME.test(schema)) {
        throw new Error(`Unsupported PostgreSQL schema name "${schema}" (letters, digits and _ only)`);
    }
    // `schema` is Prisma's parameter, not libpq's: pg must not see it.
    parsed.searchParams.delete('schema');
    return { provider: 'postgresql', connectionString: parsed.toString(), schema };
}
/** pg settings for a target: unqualified names (migration SQL, raw queries) resolve in its schema. */
function postgresClientConfig(target) {
    const base = { connectionString: target.connectionString };
    return target.schema === undefined ? base : { ...base, options: `-c search_path=${target.schema}` };
}
/** The target's URL with any password masked, for messages and logs. */
function describeTarget(target) {
    if (target.provider === 'sqlite')
        return target.file;
    const parsed = new URL(target.connectionString);
    if (parsed.password)
        parsed.password = '***';
    return target.schema === undefined ? parsed.toString() : `${parsed.toString()} (schema ${target.schema})`;
}
//# sourceMappingURL=database-url.js.map