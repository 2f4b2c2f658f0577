"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.checksumOf = checksumOf;
exports.matchesChecksum = matchesChecksum;
exports.readMigrationFolder = readMigrationFolder;
const node_crypto_1 = require("node:crypto");
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
const migration_error_1 = require("./migration-error");
/** sha256 hex of a migration script. */
function checksumOf(sql) {
    return (0, node_crypto_1.createHash)('sha256').update(sql, 'utf8').digest('hex');
}
/** Whether a script matches a recorded checksum; like Prisma, a CRLF checkout still matches. */
function matchesChecksum(sql, checksum) {
    return checksumOf(sql) === checksum || (sql.includes('\r\n') && checksumOf(sql.replace(/\r\n/g, '\n')) === checksum);
}
/** The migrations of a folder in apply order (Prisma sorts folder names, which start with a timestamp). */
function readMigrationFolder(dir, provider) {
    if (!node_fs_1.default.existsSync(dir)) {
        throw new migration_error_1.MigrationError('migration.folder_invalid', `Migrations folder not found: ${dir}`);
    }
    assertLockProvider(dir, provider);
    return node_fs_1.default
        .readdirSync(dir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory())
        .map((entry) => entry.name)
        .sort()
        .map((name) => readOne(dir, name));
}
function readOne(dir, name) {
    const file = node_path_1.default.join(dir, name, 'migration.sql');
    if (!node_fs_1.default.existsSync(file)) {
        throw new migration_error_1.MigrationError('migration.folder_invalid', `${file} is missing: every migration folder needs one`);
    }
    const sql = node_fs_1.default.readFileSync(file, 'utf8');
    return { name, sql, checksum: checksumOf(sql) };
}
// Guards against pointing one provider at the other's folder.
function assertLockProvider(dir, provider) {
    const lockFile = node_path_1.default.join(dir, 'migration_lock.toml');
    if (!node_fs_1.default.existsSync(lockFile))
        return;
    const match = /^\s*provider\s*=\s*"([^"]+)"/m.exec(node_fs_1.default.readFileSync(lockFile, 'utf8'));
    if (match?.[1] !== undefined && match[1] !== provider) {
        throw new migration_error_1.MigrationError('migration.folder_invalid', `${dir} holds ${match[1]} migrations, not ${provider} ones (migration_lock.toml)`);
    }
}
//# sourceMappingURL=migration-files.js.map