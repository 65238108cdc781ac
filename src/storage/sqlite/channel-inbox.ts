import type { Db } from './db';
import type { ChannelInboxStore, ClaimOptions, InboxEntry, InboxItem } from '../ports/channel-inbox';

interface InboxRow {
  id: number;
  channel: string;
  user_key: string;
  dedupe_key: string;
  payload: string;
  received_at: number;
  attempts: number;
}

/** SQLite durable inbox. Every write is one transaction, committed before the webhook answers 200. */
export class SqliteChannelInboxStore implements ChannelInboxStore {
  private readonly seen;
  private readonly insert;
  private readonly candidates;
  private readonly lease;
  private readonly removeOne;
  private readonly countPending;
  private readonly purge;

  constructor(private readonly db: Db) {
    this.seen = db.prepare('INSERT OR IGNORE INTO channel_dedupe (channel, dedupe_key, seen_at) VALUES (?, ?, ?)');
    this.insert = db.prepare(
      'INSERT INTO channel_inbox (channel, user_key, dedupe_key, payload, received_at) VALUES (?, ?, ?, ?, ?)',
    );
    // A user's oldest item, if it is not under a live lease; later items of a user wait for it.
    this.candidates = db.prepare(`SELECT i.* FROM channel_inbox AS i
      WHERE i.channel = @channel AND i.lease_until <= @now
        AND NOT EXISTS (SELECT 1 FROM channel_inbox AS j
                        WHERE j.channel = i.channel AND j.user_key = i.user_key AND j.id < i.id)
      ORDER BY i.id LIMIT @limit`);
    this.lease = db.prepare(
      'UPDATE channel_inbox SET lease_owner = ?, lease_until = ?, attempts = attempts + 1 WHERE id = ?',
    );
    this.removeOne = db.prepare('DELETE FROM channel_inbox WHERE id = ?');
    this.countPending = db.prepare('SELECT COUNT(*) AS n FROM channel_inbox WHERE channel = ?');
    this.purge = db.prepare('DELETE FROM channel_dedupe WHERE seen_at < ?');
  }

  async enqueue(entries: InboxEntry[], now: number): Promise<number> {
    return this.db.transaction(() => {
      let added = 0;
      for (const e of entries) {
        if (this.seen.run(e.channel, e.dedupeKey, now).changes === 0) continue;
        this.insert.run(e.channel, e.userKey, e.dedupeKey, e.payload, e.receivedAt);
        added += 1;
      }
      return added;
    }).immediate();
  }

  async claim(channel: string, opts: ClaimOptions): Promise<InboxItem[]> {
    return this.db.transaction(() => {
      for (const id of opts.done ?? []) this.removeOne.run(id);
      if (opts.limit <= 0) return [];
      const rows = this.candidates.all({ channel, now: opts.now, limit: opts.limit }) as InboxRow[];
      for (const r of rows) this.lease.run(opts.owner, opts.now + opts.leaseMs, r.id);
      return rows.map((r) => ({
        id: r.id,
        channel: r.channel,
        userKey: r.user_key,
        dedupeKey: r.dedupe_key,
        payload: r.payload,
        receivedAt: r.received_at,
        attempts: r.attempts + 1,
      }));
    }).immediate();
  }

  async renew(ids: number[], owner: string, until: number): Promise<void> {
    const stmt = this.db.prepare('UPDATE channel_inbox SET lease_until = ? WHERE id = ? AND lease_owner = ?');
    this.db.transaction(() => {
      for (const id of ids) stmt.run(until, id, owner);
    })();
  }

  async complete(id: number): Promise<void> {
    this.removeOne.run(id);
  }

  async pending(channel: string): Promise<number> {
    return (this.countPending.get(channel) as { n: number }).n;
  }

  async purgeSeen(before: number): Promise<number> {
    return this.purge.run(before).changes;
  }
}
