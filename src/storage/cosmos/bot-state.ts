import type { Container } from '@azure/cosmos';
import type { StoreItems } from 'botbuilder';
import type { BotStateStore } from '../index';
import { ETagConflictError } from '../sqlite/bot-state';
import { deleteDoc, deleteWhere, safeId, isConflict, isNotFound, isPreconditionFailed, readDoc, sql, type Doc } from './support';

interface StateDoc extends Doc {
  key: string;
  value: Record<string, unknown>;
}

/**
 * botbuilder `Storage` on Cosmos DB (container `botstate`, one logical partition per state key, so every
 * read and write is a point operation). eTag rules as MemoryStorage and SqliteBotStorage: no eTag or `*`
 * writes unconditionally; any other eTag must equal the stored `_etag` (Cosmos IfMatch), or the write fails
 * with ETagConflictError and nothing changes.
 *
 * WARNING: a `write` of several keys is not one transaction (each key is its own partition), as with
 * botbuilder's own CosmosDbPartitionedStorage; a conflict on one key leaves the keys before it written.
 */
export class CosmosBotStorage implements BotStateStore {
  constructor(private readonly container: Container) {}

  async read(keys: string[]): Promise<StoreItems> {
    const items: StoreItems = {};
    const docs = await Promise.all(keys.map((key) => readDoc<StateDoc>(this.container, safeId('', key), safeId('', key))));
    docs.forEach((doc, i) => {
      if (doc) items[keys[i] as string] = { ...doc.value, eTag: doc._etag };
    });
    return items;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) await this.writeOne(key, item as unknown);
  }

  private async writeOne(key: string, item: unknown): Promise<void> {
    const { eTag, ...value } = (item ?? {}) as Record<string, unknown>;
    const id = safeId('', key);
    const doc: StateDoc = { id, pk: id, key, value };
    if (eTag === undefined || eTag === '*') {
      await this.container.items.upsert(doc);
      return;
    }
    try {
      await this.container.item(id, id).replace(doc, { accessCondition: { type: 'IfMatch', condition: typeof eTag === 'string' ? eTag : JSON.stringify(eTag) } });
    } catch (err) {
      if (isPreconditionFailed(err)) throw new ETagConflictError(key);
      if (!isNotFound(err)) throw err;
      // Gone (or never written) since it was read: like SQLite, a missing item accepts the write — unless
      // another writer creates it first.
      try {
        await this.container.items.create(doc);
      } catch (e) {
        if (isConflict(e)) throw new ETagConflictError(key);
        throw e;
      }
    }
  }

  async delete(keys: string[]): Promise<void> {
    await Promise.all(keys.map((key) => deleteDoc(this.container, safeId('', key), safeId('', key))));
  }

  /** Cross-partition: finds every key containing the fragment, then deletes them one by one. */
  deleteMatching(fragment: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE CONTAINS(c.key, @f)', { f: fragment }));
  }
}
