import type { Container } from '@azure/cosmos';
import type { StoredTranscriptEntry, TranscriptEntry, TranscriptStore } from '../ports/transcripts';
import { days, deleteWhere, nextSeq, queryAll, readDoc, sql, type Doc } from './support';

/** The entry's activity type is kept as `activityType`: `type` is the document discriminator. */
interface EntryDoc extends Doc, Omit<StoredTranscriptEntry, 'type'> {
  type: 'entry';
  activityType: string;
  ttl?: number;
}

/** One per conversation once it is a safety case, so later entries are stored as safety too. */
interface MetaDoc extends Doc {
  type: 'meta';
  safety: true;
}

const META_ID = 'meta';

/** Retention in days by kind; when given, each entry also carries a Cosmos TTL (backstop to purgeBefore). */
export interface TranscriptRetention {
  ordinaryDays?: number;
  safetyDays?: number;
}

/**
 * Transcripts on Cosmos DB: container `transcripts`, partitioned by conversation id, so the console's
 * `recent()` is a single-partition query on `seq`. `markSafety` flags the conversation (a meta document)
 * and re-marks its entries, with the safety TTL.
 */
export class CosmosTranscriptStore implements TranscriptStore {
  constructor(
    private readonly container: Container,
    private readonly retention: TranscriptRetention = {},
  ) {}

  private ttl(kind: 'ordinary' | 'safety'): number | undefined {
    return days(kind === 'safety' ? this.retention.safetyDays : this.retention.ordinaryDays);
  }

  async append(e: TranscriptEntry): Promise<void> {
    const meta = await readDoc<MetaDoc>(this.container, META_ID, e.conversationId);
    const kind = meta ? 'safety' : (e.kind ?? 'ordinary');
    const seq = nextSeq();
    const ttl = this.ttl(kind);
    const doc: EntryDoc = {
      id: String(seq),
      pk: e.conversationId,
      type: 'entry',
      seq,
      conversationId: e.conversationId,
      userId: e.userId,
      channel: e.channel,
      direction: e.direction,
      activityType: e.type,
      at: e.at,
      kind,
      ...(e.text === undefined ? {} : { text: e.text }),
      ...(ttl === undefined ? {} : { ttl }),
    };
    await this.container.items.create(doc);
  }

  /** One conversation's entries go to one partition; they are created in order (sequence numbers grow). */
  async appendMany(entries: TranscriptEntry[]): Promise<void> {
    for (const e of entries) await this.append(e);
  }

  async recent(conversationId: string, limit: number): Promise<StoredTranscriptEntry[]> {
    const n = Math.max(0, Math.floor(limit));
    if (n === 0) return [];
    const docs = await queryAll<EntryDoc>(
      this.container,
      sql("SELECT TOP @n * FROM c WHERE c.pk = @c AND c.type = 'entry' ORDER BY c.seq DESC", { n, c: conversationId }),
      conversationId,
    );
    return docs.reverse().map(toEntry);
  }

  async markSafety(conversationId: string): Promise<void> {
    await this.container.items.upsert<MetaDoc>({ id: META_ID, pk: conversationId, type: 'meta', safety: true });
    const docs = await queryAll<EntryDoc>(
      this.container,
      sql("SELECT * FROM c WHERE c.pk = @c AND c.type = 'entry' AND c.kind <> 'safety'", { c: conversationId }),
      conversationId,
    );
    const ttl = this.ttl('safety');
    for (const d of docs) {
      const next: Record<string, unknown> = { ...d, kind: 'safety' };
      if (ttl === undefined) delete next.ttl;
      else next.ttl = ttl;
      await this.container.item(d.id, d.pk).replace(next);
    }
  }

  purgeBefore(kind: 'ordinary' | 'safety', before: string): Promise<number> {
    return deleteWhere(this.container, sql("SELECT c.id, c.pk FROM c WHERE c.type = 'entry' AND c.kind = @k AND c.at < @b", { k: kind, b: before }));
  }

  async deleteByUser(userId: string): Promise<number> {
    return deleteWhere(this.container, sql("SELECT c.id, c.pk FROM c WHERE c.type = 'entry' AND c.userId = @u", { u: userId }));
  }

  async countByUser(userId: string): Promise<number> {
    const [n] = await queryAll<number>(this.container, sql("SELECT VALUE COUNT(1) FROM c WHERE c.type = 'entry' AND c.userId = @u", { u: userId }));
    return n ?? 0;
  }
}

function toEntry(d: EntryDoc): StoredTranscriptEntry {
  return {
    seq: d.seq,
    conversationId: d.conversationId,
    userId: d.userId,
    channel: d.channel,
    direction: d.direction,
    type: d.activityType,
    ...(d.text === undefined ? {} : { text: d.text }),
    at: d.at,
    kind: d.kind,
  };
}
