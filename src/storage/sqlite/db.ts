import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { projectPath } from '../../paths';

export type Db = Database.Database;

/** Folder of versioned migrations: `NNNN_name.sql`, applied once each, in file-name order. */
export const MIGRATIONS_DIR = projectPath('src', 'storage', 'sqlite', 'migrations');

/**
 * Opens (creating when missing) the one embedded database file, in WAL mode so readers never block the
 * writer, and brings its schema up to date.
 */
export function openDatabase(file: string, migrationsDir = MIGRATIONS_DIR): Db {
  if (file !== ':memory:') fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  db.pragma('busy_timeout = 5000');
  migrate(db, migrationsDir);
  return db;
}

/** Applies every migration file not yet recorded in `schema_migrations`, each in its own transaction. */
export function migrate(db: Db, dir: string): string[] {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    name TEXT PRIMARY KEY, applied_at TEXT NOT NULL)`);
  const done = new Set(
    (db.prepare('SELECT name FROM schema_migrations').all() as { name: string }[]).map((r) => r.name),
  );
  const files = fs.readdirSync(dir).filter((f) => /^\d{4}_[a-z0-9_]+\.sql$/.test(f)).sort();
  const applied: string[] = [];
  for (const f of files) {
    if (done.has(f)) continue;
    const sql = fs.readFileSync(path.join(dir, f), 'utf8');
    db.transaction(() => {
      db.exec(sql);
      db.prepare('INSERT INTO schema_migrations (name, applied_at) VALUES (?, ?)').run(f, new Date().toISOString());
    })();
    applied.push(f);
  }
  return applied;
}
