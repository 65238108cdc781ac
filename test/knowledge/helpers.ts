import fs from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { tempDir } from '../helpers/tmp';

export const FIXTURE_DIR = path.join(__dirname, 'fixtures', 'kb');

type Item = Record<string, unknown>;

/**
 * Copies the fixture knowledge base to a temp folder, lets `edit` change the parsed files (name → list of
 * entries), writes them back and returns the folder.
 */
export function editedFixture(edit: (files: Record<string, Item[]>) => void): { dir: string; cleanup: () => void } {
  const tmp = tempDir('kb-');
  const files: Record<string, Item[]> = {};
  for (const f of fs.readdirSync(FIXTURE_DIR).filter((x) => x.endsWith('.yaml'))) {
    files[f] = parse(fs.readFileSync(path.join(FIXTURE_DIR, f), 'utf8')) as Item[];
  }
  edit(files);
  for (const [f, items] of Object.entries(files)) fs.writeFileSync(path.join(tmp.dir, f), stringify(items));
  return tmp;
}

/** The entry with `id` in the parsed files. */
export function entryOf(files: Record<string, Item[]>, id: string): Item {
  for (const items of Object.values(files)) {
    const found = items.find((i) => i.id === id);
    if (found) return found;
  }
  throw new Error(`fixture has no ${id}`);
}
