import { randomUUID } from 'node:crypto';
import type { Storage, StoreItems } from 'botbuilder';
import type { Db } from './db';

/** Thrown when a write carries an eTag that no longer matches: someone else wrote in between. */
export class ETagConflictError extends Error {
  override readonly name = 'ETagConflictError';
  constructor(readonly key: string) {
    super(`eTag conflict on ${key}: the item was changed by another writer`);
  }
}

/**
 * botbuilder `Storage` on SQLite, for conversation and user state. Same eTag rules as botbuilder's
 * MemoryStorage (and Cosmos DB): a write with no eTag or `*` always wins; otherwise it must match the stored
 * eTag, or the write fails and nothing is written.
 */
export class SqliteBotStorage implements Storage {
  private readonly readStmt;
  private readonly etagStmt;
  private readonly upsertStmt;
  private readonly deleteStmt;

  constructor(private readonly db: Db) {
    this.readStmt = db.prepare<[string], { value: string; etag: string }>('SELECT value, etag FROM bot_state WHERE key = ?');
    this.etagStmt = db.prepare<[string], string>('SELECT etag FROM bot_state WHERE key = ?').pluck();
    this.upsertStmt = db.prepare(
      `INSERT INTO bot_state (key, value, etag, updated_at) VALUES (@key, @value, @etag, @at)
       ON CONFLICT(key) DO UPDATE SET value = excluded.value, etag = excluded.etag, updated_at = excluded.updated_at`,
    );
    this.deleteStmt = db.prepare('DELETE FROM bot_state WHERE key = ?');
  }

  read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    for (const key of keys) {
      const row = this.readStmt.get(key);
      if (row) items[key] = { ...(JSON.parse(row.value) as object), eTag: row.etag };
    }
    return Promise.resolve(items);
  }

  write(changes: StoreItems): Promise<void> {
    try {
      this.db.transaction(() => {
        for (const [key, item] of Object.entries(changes)) this.writeOne(key, item as unknown);
      })();
      return Promise.resolve();
    } catch (err) {
      return Promise.reject(err instanceof Error ? err : new Error(String(err)));
    }
  }

  private writeOne(key: string, item: unknown): void {
    const { eTag, ...value } = (item ?? {}) as Record<string, unknown>;
    if (eTag !== undefined && eTag !== '*') {
      const stored = this.etagStmt.get(key);
      if (stored !== undefined && stored !== eTag) throw new ETagConflictError(key);
    }
    this.upsertStmt.run({ key, value: JSON.stringify(value), etag: randomUUID(), at: new Date().toISOString() });
  }

  delete(keys: string[]): Promise<void> {
    this.db.transaction(() => {
      for (const key of keys) this.deleteStmt.run(key);
    })();
    return Promise.resolve();
  }

  /** Deletes every state key that contains the user's id (user state and their conversations' state). */
  deleteMatching(fragment: string): Promise<number> {
    const escaped = fragment.replace(/[\\%_]/g, (c) => `\\${c}`);
    const info = this.db.prepare("DELETE FROM bot_state WHERE key LIKE ? ESCAPE '\\'").run(`%${escaped}%`);
    return Promise.resolve(info.changes);
  }
}
