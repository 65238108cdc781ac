import type { Db } from './db';
import type { ChannelOutboxStore, OutboxEntry, OutboxItem } from '../ports/channel-outbox';

interface OutboxRow {
  id: number;
  channel: string;
  conversation_id: string;
  user_id: string;
  payload: string;
  human_agent: number;
  created_at: number;
  next_attempt_at: number;
  attempts: number;
  last_error: string | null;
}

function toItem(r: OutboxRow): OutboxItem {
  return {
    id: r.id,
    channel: r.channel,
    conversationId: r.conversation_id,
    userId: r.user_id,
    payload: r.payload,
    humanAgent: r.human_agent === 1,
    createdAt: r.created_at,
    nextAttemptAt: r.next_attempt_at,
    attempts: r.attempts,
    ...(r.last_error !== null ? { lastError: r.last_error } : {}),
  };
}

/** SQLite outbox of messages waiting for a retry. */
export class SqliteChannelOutboxStore implements ChannelOutboxStore {
  private readonly insert;
  private readonly due;
  private readonly push;
  private readonly any;
  private readonly update;
  private readonly del;
  private readonly count;
  private readonly delUser;

  constructor(private readonly db: Db) {
    this.insert = db.prepare(`INSERT INTO channel_outbox
      (channel, conversation_id, user_id, payload, human_agent, created_at, next_attempt_at, attempts, last_error)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    this.due = db.prepare(`SELECT o.* FROM channel_outbox AS o
      WHERE o.channel = @channel AND o.next_attempt_at <= @now
        AND NOT EXISTS (SELECT 1 FROM channel_outbox AS p
                        WHERE p.channel = o.channel AND p.conversation_id = o.conversation_id AND p.id < o.id)
      ORDER BY o.id LIMIT @limit`);
    this.push = db.prepare('UPDATE channel_outbox SET next_attempt_at = ? WHERE id = ?');
    this.any = db.prepare('SELECT 1 FROM channel_outbox WHERE channel = ? AND conversation_id = ? LIMIT 1');
    this.update = db.prepare('UPDATE channel_outbox SET next_attempt_at = ?, attempts = ?, last_error = ? WHERE id = ?');
    this.del = db.prepare('DELETE FROM channel_outbox WHERE id = ?');
    this.count = db.prepare('SELECT COUNT(*) AS n FROM channel_outbox WHERE channel = ?');
    this.delUser = db.prepare('DELETE FROM channel_outbox WHERE user_id = ?');
  }

  async add(e: OutboxEntry): Promise<number> {
    const r = this.insert.run(
      e.channel, e.conversationId, e.userId, e.payload, e.humanAgent ? 1 : 0,
      e.createdAt, e.nextAttemptAt, e.attempts, e.lastError ?? null,
    );
    return Number(r.lastInsertRowid);
  }

  async claimDue(channel: string, now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    return this.db.transaction(() => {
      const rows = this.due.all({ channel, now, limit }) as OutboxRow[];
      for (const r of rows) this.push.run(now + leaseMs, r.id);
      return rows.map(toItem);
    }).immediate();
  }

  async hasPending(channel: string, conversationId: string): Promise<boolean> {
    return this.any.get(channel, conversationId) !== undefined;
  }

  async reschedule(id: number, nextAttemptAt: number, attempts: number, lastError: string): Promise<void> {
    this.update.run(nextAttemptAt, attempts, lastError, id);
  }

  async remove(id: number): Promise<void> {
    this.del.run(id);
  }

  async pending(channel: string): Promise<number> {
    return (this.count.get(channel) as { n: number }).n;
  }

  async deleteByUser(userId: string): Promise<number> {
    return this.delUser.run(userId).changes;
  }
}
