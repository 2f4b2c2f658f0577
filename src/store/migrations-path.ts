import fs from 'node:fs';
import path from 'node:path';
import type { DatabaseProvider } from './database-url';

/**
 * The repository root: the nearest folder above `start` with a package.json and a
 * prisma/ folder. Works from src/store (jest, tsx) and from dist/src/store (node);
 * requiring prisma/ skips a package.json that tsc may copy into dist/.
 */
export function findRepoRoot(start: string = __dirname): string {
  let dir = path.resolve(start);
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json')) && fs.existsSync(path.join(dir, 'prisma'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`No package.json with a prisma/ folder above ${start}`);
    dir = parent;
  }
}

/** The migrations folder of a provider: prisma/migrations (SQLite) or prisma/postgres/migrations. */
export function migrationsDir(provider: DatabaseProvider, root: string = findRepoRoot()): string {
  return provider === 'sqlite'
    ? path.join(root, 'prisma', 'migrations')
    : path.join(root, 'prisma', 'postgres', 'migrations');
}
