import type { Container } from '@azure/cosmos';
import type { ChannelFailureStore, DeliveryFailure } from '../ports/channel-failures';
import { defined, deleteWhere, nextSeq, queryAll, sql, type Doc } from './support';

interface FailureDoc extends Doc, DeliveryFailure {
  seq: number;
}

const toFailure = (d: FailureDoc): DeliveryFailure =>
  defined({
    channel: d.channel,
    conversationId: d.conversationId,
    userId: d.userId,
    at: d.at,
    code: d.code,
    reasonKey: d.reasonKey,
    platformCode: d.platformCode,
    humanAgent: d.humanAgent,
  });

/** Delivery failures on Cosmos DB: container `failures`, partitioned by conversation (the handoff reads them per chat). */
export class CosmosChannelFailureStore implements ChannelFailureStore {
  constructor(private readonly container: Container) {}

  async record(f: DeliveryFailure): Promise<void> {
    const seq = nextSeq();
    await this.container.items.create<FailureDoc>({ ...defined(f), id: String(seq), pk: f.conversationId, seq });
  }

  async listForConversation(conversationId: string, since = ''): Promise<DeliveryFailure[]> {
    const docs = await queryAll<FailureDoc>(
      this.container,
      sql('SELECT * FROM c WHERE c.pk = @c AND c.at >= @s ORDER BY c.at ASC, c.seq ASC', { c: conversationId, s: since }),
      conversationId,
    );
    return docs.map(toFailure);
  }

  async listSince(since: string, limit: number): Promise<DeliveryFailure[]> {
    const n = Math.max(0, Math.floor(limit));
    if (n === 0) return [];
    const docs = await queryAll<FailureDoc>(this.container, sql('SELECT TOP @n * FROM c WHERE c.at >= @s ORDER BY c.at ASC, c.seq ASC', { n, s: since }));
    return docs.map(toFailure);
  }

  deleteByUser(userId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.userId = @u', { u: userId }));
  }

  purgeBefore(before: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.at < @b', { b: before }));
  }
}
