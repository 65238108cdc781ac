import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openDatabase, type Db } from '../../../src/storage/sqlite/db';
import { WalCheckpointer } from '../../../src/storage/sqlite/checkpointer';
import { waitFor } from '../../fakes/http';

function fill(db: Db): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (x TEXT)');
  const insert = db.prepare('INSERT INTO filler (x) VALUES (?)');
  db.transaction(() => {
    for (let i = 0; i < 2000; i += 1) insert.run('x'.repeat(1000));
  })();
}

describe('WalCheckpointer', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
  });
  const open = () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bdh-ckpt-'));
    dirs.push(dir);
    const file = path.join(dir, 'db.sqlite');
    return { db: openDatabase(file), file };
  };

  it('copies committed pages into the database file from a worker thread, with auto-checkpoints off', async () => {
    const control = open();
    control.db.pragma('wal_autocheckpoint = 0');
    const controlSize = fs.statSync(control.file).size;
    fill(control.db);
    await new Promise((r) => setTimeout(r, 300));
    expect(fs.statSync(control.file).size).toBe(controlSize); // nothing moves the WAL into the file

    const { db, file } = open();
    const ckpt = new WalCheckpointer(db, 50);
    expect(db.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const before = fs.statSync(file).size;
    fill(db);
    expect(await waitFor(() => fs.statSync(file).size > before + 1_000_000, 5000)).toBe(true);
    await ckpt.stop();
    expect((db.prepare('SELECT COUNT(*) AS n FROM filler').get() as { n: number }).n).toBe(2000);
    db.close();
    control.db.close();
  });
});
