import { z } from 'zod';
import type { Db } from './db';
import { INBOUND_GRANULARITY_MS, type ChannelContact, type ChannelContactStore, type ChannelOption } from '../ports/channel-contacts';

const OPTIONS = z.array(z.object({ title: z.string(), value: z.string() }));

interface ContactRow {
  channel: string;
  user_id: string;
  conversation_id: string;
  last_inbound_at: number;
  options: string | null;
}

function parseOptions(text: string | null): ChannelOption[] | undefined {
  if (text === null) return undefined;
  const parsed = OPTIONS.safeParse(JSON.parse(text));
  return parsed.success ? parsed.data : undefined;
}

/** SQLite per-user channel facts (last inbound time, pending numbered options). */
export class SqliteChannelContactStore implements ChannelContactStore {
  private readonly upsert;
  private readonly one;
  private readonly opts;
  private readonly take;
  private readonly hasOptions;
  private readonly delUser;

  constructor(db: Db) {
    this.upsert = db.prepare(`INSERT INTO channel_contacts (channel, user_id, conversation_id, last_inbound_at)
      VALUES (@channel, @userId, @conversationId, @at)
      ON CONFLICT (channel, user_id) DO UPDATE SET
        conversation_id = excluded.conversation_id,
        last_inbound_at = MAX(last_inbound_at, excluded.last_inbound_at)
      WHERE excluded.last_inbound_at >= channel_contacts.last_inbound_at + ${INBOUND_GRANULARITY_MS}
         OR excluded.conversation_id <> channel_contacts.conversation_id`);
    this.one = db.prepare('SELECT * FROM channel_contacts WHERE channel = ? AND user_id = ?');
    this.opts = db.prepare('UPDATE channel_contacts SET options = ? WHERE channel = ? AND user_id = ?');
    const read = db.prepare('SELECT options FROM channel_contacts WHERE channel = ? AND user_id = ? AND options IS NOT NULL');
    this.hasOptions = db.prepare('SELECT 1 FROM channel_contacts WHERE channel = ? AND user_id = ? AND options IS NOT NULL');
    const clear = db.prepare('UPDATE channel_contacts SET options = NULL WHERE channel = ? AND user_id = ?');
    this.take = db.transaction((channel: string, userId: string) => {
      const r = read.get(channel, userId) as { options: string } | undefined;
      if (r) clear.run(channel, userId);
      return r?.options ?? null;
    });
    this.delUser = db.prepare('DELETE FROM channel_contacts WHERE user_id = ?');
  }

  async recordInbound(c: { channel: string; userId: string; conversationId: string; at: number }): Promise<void> {
    this.upsert.run(c);
  }

  async get(channel: string, userId: string): Promise<ChannelContact | undefined> {
    const r = this.one.get(channel, userId) as ContactRow | undefined;
    if (!r) return undefined;
    const options = parseOptions(r.options);
    return {
      channel: r.channel,
      userId: r.user_id,
      conversationId: r.conversation_id,
      lastInboundAt: r.last_inbound_at,
      ...(options ? { options } : {}),
    };
  }

  async setOptions(channel: string, userId: string, options: ChannelOption[] | null): Promise<void> {
    this.opts.run(options && options.length > 0 ? JSON.stringify(options) : null, channel, userId);
  }

  async takeOptions(channel: string, userId: string): Promise<ChannelOption[] | undefined> {
    // Most messages answer no offered options: a plain read avoids a write transaction for them.
    if (this.hasOptions.get(channel, userId) === undefined) return undefined;
    return parseOptions(this.take.immediate(channel, userId));
  }

  async deleteByUser(userId: string): Promise<number> {
    return this.delUser.run(userId).changes;
  }
}
