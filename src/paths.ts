import fs from 'node:fs';
import path from 'node:path';

/**
 * The project's root folder (where package.json is), whether the code runs from `src/` under tsx/vitest or
 * from `dist/src/` after `tsc`. Data files (locales, knowledge base, migrations, static pages) are read
 * from the source tree relative to this root, so they never need copying into `dist/`.
 */
function findRoot(start: string): string {
  let dir = start;
  for (;;) {
    if (fs.existsSync(path.join(dir, 'package.json'))) return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`package.json not found above ${start}`);
    dir = parent;
  }
}

export const PROJECT_ROOT = findRoot(__dirname);

/** Resolves a path inside the project: `projectPath('locales', 'vi')`. */
export function projectPath(...parts: string[]): string {
  return path.join(PROJECT_ROOT, ...parts);
}
