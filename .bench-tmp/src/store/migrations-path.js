"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.findRepoRoot = findRepoRoot;
exports.migrationsDir = migrationsDir;
const node_fs_1 = __importDefault(require("node:fs"));
const node_path_1 = __importDefault(require("node:path"));
/**
 * The repository root: the nearest folder above `start` with a package.json and a
 * prisma/ folder. Works from src/store (jest, tsx) and from dist/src/store (node);
 * requiring prisma/ skips a package.json that tsc may copy into dist/.
 */
function findRepoRoot(start = __dirname) {
    let dir = node_path_1.default.resolve(start);
    for (;;) {
        if (node_fs_1.default.existsSync(node_path_1.default.join(dir, 'package.json')) && node_fs_1.default.existsSync(node_path_1.default.join(dir, 'prisma')))
            return dir;
        const parent = node_path_1.default.dirname(dir);
        if (parent === dir)
            throw new Error(`No package.json with a prisma/ folder above ${start}`);
        dir = parent;
    }
}
/** The migrations folder of a provider: prisma/migrations (SQLite) or prisma/postgres/migrations. */
function migrationsDir(provider, root = findRepoRoot()) {
    return provider === 'sqlite'
        ? node_path_1.default.join(root, 'prisma', 'migrations')
        : node_path_1.default.join(root, 'prisma', 'postgres', 'migrations');
}
//# sourceMappingURL=migrations-path.js.map