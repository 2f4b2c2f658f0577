/** Where the project's files are (built pages, templates), from src/ under jest or dist/src/ when built. */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The folder with package.json above `start`. */
export function findProjectRoot(start: string = __dirname): string {
  let dir = start;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`no package.json above ${start}`);
    dir = parent;
  }
  return dir;
}
