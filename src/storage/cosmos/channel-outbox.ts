import type { Container } from '@azure/cosmos';
import type { ChannelOutboxStore, OutboxEntry, OutboxItem } from '../ports/channel-outbox';
import { defined, deleteDoc, deleteWhere, isNotFound, isPreconditionFailed, locateSeq, nextSeq, PkMemo, queryAll, readDoc, sql, type Doc } from './support';

interface OutboxDoc extends Doc, OutboxEntry {
  type: 'item';
  seq: number;
}

/** Waiting messages a claim looks at (oldest first). */
const CLAIM_WINDOW = 1000;

const partition = (channel: string, conversationId: string): string => `${channel}|${conversationId}`;

const toItem = (d: OutboxDoc): OutboxItem =>
  defined({
    id: d.seq,
    channel: d.channel,
    conversationId: d.conversationId,
    userId: d.userId,
    payload: d.payload,
    humanAgent: d.humanAgent,
    createdAt: d.createdAt,
    nextAttemptAt: d.nextAttemptAt,
    attempts: d.attempts,
    lastError: d.lastError,
  });

/**
 * The retry outbox on Cosmos DB: container `outbox`, partitioned by channel + conversation, so the hot
 * check "does this conversation have messages waiting?" (before every send) is single-partition. Claims
 * are cross-partition (oldest first, the head of each conversation only) and lease with IfMatch: of two
 * instances retrying, one sends.
 */
export class CosmosChannelOutboxStore implements ChannelOutboxStore {
  private readonly memo = new PkMemo();

  constructor(private readonly container: Container) {}

  async add(e: OutboxEntry): Promise<number> {
    const seq = nextSeq();
    const pk = partition(e.channel, e.conversationId);
    await this.container.items.create<OutboxDoc>({ ...defined(e), id: String(seq), pk, type: 'item', seq });
    this.memo.set(seq, pk);
    return seq;
  }

  async claimDue(channel: string, now: number, limit: number, leaseMs: number): Promise<OutboxItem[]> {
    if (limit <= 0) return [];
    const docs = await queryAll<OutboxDoc & { _etag: string }>(
      this.container,
      sql("SELECT TOP @n * FROM c WHERE c.type = 'item' AND c.channel = @ch ORDER BY c.seq ASC", { n: CLAIM_WINDOW, ch: channel }),
    );
    const heads = new Map<string, OutboxDoc & { _etag: string }>();
    for (const d of docs) if (!heads.has(d.conversationId)) heads.set(d.conversationId, d);
    const due = [...heads.values()].filter((d) => d.nextAttemptAt <= now).slice(0, limit);
    const leased = await Promise.all(
      due.map(async (d) => {
        try {
          await this.container.item(d.id, d.pk).patch([{ op: 'set', path: '/nextAttemptAt', value: now + leaseMs }], {
            accessCondition: { type: 'IfMatch', condition: d._etag },
          });
          this.memo.set(d.seq, d.pk);
          return toItem(d);
        } catch (err) {
          if (isPreconditionFailed(err) || isNotFound(err)) return undefined;
          throw err;
        }
      }),
    );
    return leased.filter((i): i is OutboxItem => i !== undefined);
  }

  async hasPending(channel: string, conversationId: string): Promise<boolean> {
    const pk = partition(channel, conversationId);
    const rows = await queryAll<string>(this.container, sql('SELECT TOP 1 VALUE c.id FROM c WHERE c.pk = @pk', { pk }), pk);
    return rows.length > 0;
  }

  async reschedule(id: number, nextAttemptAt: number, attempts: number, lastError: string): Promise<void> {
    const pk = await locateSeq(this.container, this.memo, id);
    if (pk === undefined) return;
    const doc = await readDoc<OutboxDoc>(this.container, String(id), pk);
    if (!doc) return;
    await this.container.item(doc.id, pk).replace<OutboxDoc>({ ...doc, nextAttemptAt, attempts, lastError });
  }

  async remove(id: number): Promise<void> {
    const pk = await locateSeq(this.container, this.memo, id);
    if (pk !== undefined) await deleteDoc(this.container, String(id), pk);
    this.memo.delete(id);
  }

  async pending(channel: string): Promise<number> {
    const [n] = await queryAll<number>(this.container, sql("SELECT VALUE COUNT(1) FROM c WHERE c.type = 'item' AND c.channel = @ch", { ch: channel }));
    return n ?? 0;
  }

  deleteByUser(userId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.userId = @u', { u: userId }));
  }
}
