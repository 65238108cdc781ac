import type { Db } from './db';
import type { ChannelFailureStore, DeliveryFailure, DeliveryFailureCode } from '../ports/channel-failures';

interface FailureRow {
  channel: string;
  conversation_id: string;
  user_id: string;
  at: string;
  code: string;
  reason_key: string;
  platform_code: string | null;
  human_agent: number;
}

function toFailure(r: FailureRow): DeliveryFailure {
  return {
    channel: r.channel,
    conversationId: r.conversation_id,
    userId: r.user_id,
    at: r.at,
    code: r.code as DeliveryFailureCode,
    reasonKey: r.reason_key,
    ...(r.platform_code !== null ? { platformCode: r.platform_code } : {}),
    humanAgent: r.human_agent === 1,
  };
}

/** SQLite record of undelivered messages. */
export class SqliteChannelFailureStore implements ChannelFailureStore {
  private readonly insert;
  private readonly byConversation;
  private readonly since;
  private readonly delUser;
  private readonly purge;

  constructor(db: Db) {
    this.insert = db.prepare(`INSERT INTO channel_delivery_failures
      (channel, conversation_id, user_id, at, code, reason_key, platform_code, human_agent)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`);
    this.byConversation = db.prepare(
      'SELECT * FROM channel_delivery_failures WHERE conversation_id = ? AND at >= ? ORDER BY at, id',
    );
    this.since = db.prepare('SELECT * FROM channel_delivery_failures WHERE at >= ? ORDER BY at, id LIMIT ?');
    this.delUser = db.prepare('DELETE FROM channel_delivery_failures WHERE user_id = ?');
    this.purge = db.prepare('DELETE FROM channel_delivery_failures WHERE at < ?');
  }

  async record(f: DeliveryFailure): Promise<void> {
    this.insert.run(
      f.channel, f.conversationId, f.userId, f.at, f.code, f.reasonKey, f.platformCode ?? null, f.humanAgent ? 1 : 0,
    );
  }

  async listForConversation(conversationId: string, since = ''): Promise<DeliveryFailure[]> {
    return (this.byConversation.all(conversationId, since) as FailureRow[]).map(toFailure);
  }

  async listSince(since: string, limit: number): Promise<DeliveryFailure[]> {
    return (this.since.all(since, limit) as FailureRow[]).map(toFailure);
  }

  async deleteByUser(userId: string): Promise<number> {
    return this.delUser.run(userId).changes;
  }

  async purgeBefore(before: string): Promise<number> {
    return this.purge.run(before).changes;
  }
}
