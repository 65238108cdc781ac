import { BulkOperationType, type Container, type OperationInput } from '@azure/cosmos';
import type { ChannelInboxStore, ClaimOptions, InboxEntry, InboxItem } from '../ports/channel-inbox';
import { deleteDoc, deleteWhere, isConflict, isNotFound, isPreconditionFailed, locateSeq, nextSeq, PkMemo, queryAll, safeId, sql, type Doc } from './support';

/** A dedupe key: created in the same transactional batch as its item, kept until purgeSeen (TTL as backstop). */
interface SeenDoc extends Doc {
  type: 'seen';
  channel: string;
  dedupeKey: string;
  seenAt: number;
  ttl: number;
}

interface ItemDoc extends Doc, Omit<InboxItem, 'id'> {
  type: 'item';
  seq: number;
  leaseOwner?: string;
  leaseUntil: number;
}

/** Dedupe keys expire by TTL after this long even if purgeSeen never runs (the worker purges after 72 h). */
export const SEEN_TTL_SECONDS = 7 * 24 * 3600;
/** Pending items a claim looks at (oldest first); users beyond it wait for the next claim. */
const CLAIM_WINDOW = 1000;

const partition = (channel: string, userKey: string): string => `${channel}|${userKey}`;

function toItem(d: ItemDoc): InboxItem {
  return { id: d.seq, channel: d.channel, userKey: d.userKey, dedupeKey: d.dedupeKey, payload: d.payload, receivedAt: d.receivedAt, attempts: d.attempts };
}

/**
 * The durable inbox on Cosmos DB: container `inbox`, partitioned by channel + platform user. An entry and
 * its dedupe key are written in ONE transactional batch in the user's partition, dedupe key first: when
 * the same webhook reaches two instances, the second batch fails on the key (409) and writes nothing —
 * the atomic "first writer wins". (A platform message id always belongs to one sender, so scoping the key
 * to the user's partition loses nothing.) Leases are an IfMatch patch on the item's ETag: of two workers
 * on two instances, one gets the item.
 *
 * WARNING: `enqueue` of several entries is one batch per entry, not one transaction for all (they live in
 * different partitions); each entry is all-or-nothing and the webhook answers 200 only after all are stored.
 */
export class CosmosChannelInboxStore implements ChannelInboxStore {
  private readonly memo = new PkMemo();

  constructor(private readonly container: Container) {}

  async enqueue(entries: InboxEntry[], now: number): Promise<number> {
    const inCall = new Set<string>();
    let added = 0;
    for (const e of entries) {
      const key = `${e.channel}\u0000${e.dedupeKey}`;
      if (inCall.has(key)) continue;
      inCall.add(key);
      if (await this.add(e, now)) added += 1;
    }
    return added;
  }

  private async add(e: InboxEntry, now: number): Promise<boolean> {
    const pk = partition(e.channel, e.userKey);
    const seq = nextSeq();
    const seen: SeenDoc = { id: safeId('seen:', e.dedupeKey), pk, type: 'seen', channel: e.channel, dedupeKey: e.dedupeKey, seenAt: now, ttl: SEEN_TTL_SECONDS };
    const item: ItemDoc = { ...e, id: String(seq), pk, type: 'item', seq, attempts: 0, leaseUntil: 0 };
    const ops: OperationInput[] = [
      { operationType: BulkOperationType.Create, resourceBody: seen },
      { operationType: BulkOperationType.Create, resourceBody: item },
    ];
    let statuses: number[];
    try {
      const res = await this.container.items.batch(ops, pk);
      statuses = (res.result ?? []).map((r) => r.statusCode);
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
    if (statuses[0] === 409) return false;
    const failed = statuses.find((s) => s >= 400);
    if (failed !== undefined) throw new Error(`inbox batch failed with status ${failed}`);
    this.memo.set(seq, pk);
    return true;
  }

  async claim(channel: string, opts: ClaimOptions): Promise<InboxItem[]> {
    for (const id of opts.done ?? []) await this.complete(id);
    if (opts.limit <= 0) return [];
    const rows = await queryAll<{ id: string; pk: string; seq: number; userKey: string; leaseUntil: number; _etag: string }>(
      this.container,
      sql("SELECT TOP @n c.id, c.pk, c.seq, c.userKey, c.leaseUntil, c._etag FROM c WHERE c.type = 'item' AND c.channel = @ch ORDER BY c.seq ASC", { n: CLAIM_WINDOW, ch: channel }),
    );
    const heads = new Map<string, (typeof rows)[number]>();
    for (const r of rows) if (!heads.has(r.userKey)) heads.set(r.userKey, r);
    const candidates = [...heads.values()].filter((r) => r.leaseUntil <= opts.now).slice(0, opts.limit);
    const leased = await Promise.all(candidates.map((r) => this.lease(r, opts)));
    return leased.filter((i): i is InboxItem => i !== undefined).sort((a, b) => a.id - b.id);
  }

  /** Takes the lease if the item did not change since the claim query read it (IfMatch). */
  private async lease(r: { id: string; pk: string; seq: number; _etag: string }, opts: ClaimOptions): Promise<InboxItem | undefined> {
    try {
      const { resource } = await this.container.item(r.id, r.pk).patch<ItemDoc>(
        [
          { op: 'set', path: '/leaseOwner', value: opts.owner },
          { op: 'set', path: '/leaseUntil', value: opts.now + opts.leaseMs },
          { op: 'incr', path: '/attempts', value: 1 },
        ],
        { accessCondition: { type: 'IfMatch', condition: r._etag } },
      );
      this.memo.set(r.seq, r.pk);
      return resource ? toItem(resource) : undefined;
    } catch (err) {
      if (isPreconditionFailed(err) || isNotFound(err)) return undefined;
      throw err;
    }
  }

  async renew(ids: number[], owner: string, until: number): Promise<void> {
    for (const id of ids) {
      const pk = await locateSeq(this.container, this.memo, id, "AND c.type = 'item'");
      if (pk === undefined) continue;
      try {
        const { resource } = await this.container.item(String(id), pk).read<ItemDoc>();
        if (!resource || resource.leaseOwner !== owner) continue;
        await this.container.item(String(id), pk).patch([{ op: 'set', path: '/leaseUntil', value: until }], {
          accessCondition: { type: 'IfMatch', condition: (resource as ItemDoc & { _etag: string })._etag },
        });
      } catch (err) {
        if (!isPreconditionFailed(err) && !isNotFound(err)) throw err;
      }
    }
  }

  async complete(id: number): Promise<void> {
    const pk = await locateSeq(this.container, this.memo, id, "AND c.type = 'item'");
    if (pk !== undefined) await deleteDoc(this.container, String(id), pk);
    this.memo.delete(id);
  }

  async pending(channel: string): Promise<number> {
    const [n] = await queryAll<number>(this.container, sql("SELECT VALUE COUNT(1) FROM c WHERE c.type = 'item' AND c.channel = @ch", { ch: channel }));
    return n ?? 0;
  }

  purgeSeen(before: number): Promise<number> {
    return deleteWhere(this.container, sql("SELECT c.id, c.pk FROM c WHERE c.type = 'seen' AND c.seenAt < @b", { b: before }));
  }
}
