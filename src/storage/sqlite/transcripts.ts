import type { StoredTranscriptEntry, TranscriptEntry, TranscriptStore } from '../ports/transcripts';
import type { Db } from './db';

interface Row {
  seq: number;
  conversation_id: string;
  user_id: string;
  channel: string;
  direction: 'in' | 'out';
  type: string;
  text: string | null;
  at: string;
  kind: 'ordinary' | 'safety';
}

const toEntry = (r: Row): StoredTranscriptEntry => ({
  seq: r.seq,
  conversationId: r.conversation_id,
  userId: r.user_id,
  channel: r.channel,
  direction: r.direction,
  type: r.type,
  ...(r.text === null ? {} : { text: r.text }),
  at: r.at,
  kind: r.kind,
});

export class SqliteTranscriptStore implements TranscriptStore {
  private readonly insert;
  private readonly insertAs;
  private readonly isSafety;
  constructor(private readonly db: Db) {
    this.insertAs = db.prepare(
      `INSERT INTO transcripts (conversation_id, user_id, channel, direction, type, text, at, kind)
       VALUES (@conversationId, @userId, @channel, @direction, @type, @text, @at, @kind)`,
    );
    this.isSafety = db.prepare<[string], { one: number }>("SELECT 1 AS one FROM transcripts WHERE conversation_id = ? AND kind = 'safety' LIMIT 1");
    this.insert = db.prepare(
      `INSERT INTO transcripts (conversation_id, user_id, channel, direction, type, text, at, kind)
       VALUES (@conversationId, @userId, @channel, @direction, @type, @text, @at,
         COALESCE((SELECT 'safety' FROM transcripts WHERE conversation_id = @conversationId AND kind = 'safety' LIMIT 1), @kind))`,
    );
  }

  append(e: TranscriptEntry): Promise<void> {
    this.insert.run({ ...e, text: e.text ?? null, kind: e.kind ?? 'ordinary' });
    return Promise.resolve();
  }

  /** One transaction; whether a conversation is already a safety case is looked up once per conversation, not per line. */
  appendMany(entries: TranscriptEntry[]): Promise<void> {
    this.db.transaction(() => {
      const safety = new Map<string, boolean>();
      for (const e of entries) {
        let known = safety.get(e.conversationId);
        if (known === undefined) {
          known = this.isSafety.get(e.conversationId) !== undefined;
          safety.set(e.conversationId, known);
        }
        const kind = known ? 'safety' : (e.kind ?? 'ordinary');
        // A safety line makes the rest of the conversation safety too (as the single-line insert does).
        if (kind === 'safety') safety.set(e.conversationId, true);
        this.insertAs.run({ conversationId: e.conversationId, userId: e.userId, channel: e.channel, direction: e.direction, type: e.type, text: e.text ?? null, at: e.at, kind });
      }
    })();
    return Promise.resolve();
  }

  recent(conversationId: string, limit: number): Promise<StoredTranscriptEntry[]> {
    const rows = this.db
      .prepare<[string, number], Row>('SELECT * FROM transcripts WHERE conversation_id = ? ORDER BY seq DESC LIMIT ?')
      .all(conversationId, limit);
    return Promise.resolve(rows.reverse().map(toEntry));
  }

  markSafety(conversationId: string): Promise<void> {
    this.db.prepare("UPDATE transcripts SET kind = 'safety' WHERE conversation_id = ?").run(conversationId);
    return Promise.resolve();
  }

  purgeBefore(kind: 'ordinary' | 'safety', before: string): Promise<number> {
    return Promise.resolve(this.db.prepare('DELETE FROM transcripts WHERE kind = ? AND at < ?').run(kind, before).changes);
  }

  deleteByUser(userId: string): Promise<number> {
    return Promise.resolve(this.db.prepare('DELETE FROM transcripts WHERE user_id = ?').run(userId).changes);
  }

  countByUser(userId: string): Promise<number> {
    const row = this.db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM transcripts WHERE user_id = ?').get(userId);
    return Promise.resolve(row?.n ?? 0);
  }
}
