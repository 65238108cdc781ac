import { createHash } from 'node:crypto';
import type { Container, ItemDefinition, SqlParameter, SqlQuerySpec } from '@azure/cosmos';

/**
 * Small helpers every Cosmos store shares: status-code checks, query shorthands, the id escaping Cosmos
 * needs, and the numeric sequence the ports expose as `id`/`seq`.
 */

/** Every document carries its partition-key value in `pk` (containers are partitioned on `/pk`). */
export interface Doc extends ItemDefinition {
  id: string;
  pk: string;
  /** Discriminator when one container holds several kinds of document. */
  type?: string;
}

const statusOf = (err: unknown): number | undefined => {
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'number' ? code : undefined;
};

/** 404: the item (or container) does not exist. */
export const isNotFound = (err: unknown): boolean => statusOf(err) === 404;
/** 409: an item with that id already exists in the partition (create-if-absent lost). */
export const isConflict = (err: unknown): boolean => statusOf(err) === 409;
/** 412: the ETag (IfMatch) or patch condition did not hold: someone else wrote first. */
export const isPreconditionFailed = (err: unknown): boolean => statusOf(err) === 412;

/** Builds a query spec from SQL and named values (`{ ch: 'zalo' }` binds `@ch`). */
export function sql(query: string, values: Record<string, unknown> = {}): SqlQuerySpec {
  const parameters: SqlParameter[] = Object.entries(values).map(([k, v]) => ({ name: `@${k}`, value: v as SqlParameter['value'] }));
  return { query, parameters };
}

/** Runs a query to the end. `pk` scopes it to one logical partition (cheaper: no fan-out). */
export async function queryAll<T>(container: Container, spec: SqlQuerySpec, pk?: string): Promise<T[]> {
  const { resources } = await container.items.query<T>(spec, pk === undefined ? {} : { partitionKey: pk }).fetchAll();
  return resources;
}

/** Point read; undefined when the item does not exist. */
export async function readDoc<T extends Doc>(container: Container, id: string, pk: string): Promise<(T & { _etag: string }) | undefined> {
  try {
    const { resource } = await container.item(id, pk).read<T & { _etag: string }>();
    return resource;
  } catch (err) {
    if (isNotFound(err)) return undefined;
    throw err;
  }
}

/** Deletes one item; false when it was already gone. */
export async function deleteDoc(container: Container, id: string, pk: string): Promise<boolean> {
  try {
    await container.item(id, pk).delete();
    return true;
  } catch (err) {
    if (isNotFound(err)) return false;
    throw err;
  }
}

/** Deletes every item a query returns (the query must select `id` and `pk`); returns how many it removed. */
export async function deleteWhere(container: Container, spec: SqlQuerySpec, pk?: string): Promise<number> {
  const rows = await queryAll<{ id: string; pk: string }>(container, spec, pk);
  let n = 0;
  for (let i = 0; i < rows.length; i += DELETE_PARALLELISM) {
    const results = await Promise.all(rows.slice(i, i + DELETE_PARALLELISM).map((r) => deleteDoc(container, r.id, r.pk)));
    n += results.filter(Boolean).length;
  }
  return n;
}

/** How many deletes run at once in bulk removals (retention, "delete my data"). */
export const DELETE_PARALLELISM = 16;

/** Ids may not contain `/ \ ? #`; this escapes them (and the escape char `*`) reversibly. */
export function escapeId(key: string): string {
  return key.replace(/[/\\?#*]/g, (c) => `*${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** Cosmos ids are at most 255 characters: a long key is replaced by its SHA-256 (the key itself stays in the document). */
export function safeId(prefix: string, key: string): string {
  const escaped = `${prefix}${escapeId(key)}`;
  return escaped.length <= MAX_ID_LENGTH ? escaped : `${prefix}sha256-${createHash('sha256').update(key).digest('hex')}`;
}

const MAX_ID_LENGTH = 250;

/** Times stored as UTC ISO strings compare as instants with plain string comparison. */
export const utc = (iso: string): string => new Date(iso).toISOString();

/** Copies only the keys whose value is defined (Cosmos keeps `undefined` out of JSON, tests compare shapes). */
export function defined<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined && v !== null)) as T;
}

/** Numeric ids for ports that expose one: 1024 values per millisecond, monotonic in this process. */
const SEQ_PER_MS = 1024;
let lastSeq = 0;

/**
 * A time-ordered number, unique in this process and (with high probability) across instances: epoch ms ×
 * 1024 plus a counter that starts at a random offset. Safe as a JS integer until the year 2248. Callers that
 * need hard uniqueness create the document with this id and retry on 409.
 */
export function nextSeq(now = Date.now()): number {
  const base = now * SEQ_PER_MS + Math.floor(Math.random() * (SEQ_PER_MS / 2));
  lastSeq = Math.max(base, lastSeq + 1);
  return lastSeq;
}

/** Runs `work` with a fresh sequence number, retrying (a few times) when that id was taken (409). */
export async function withFreshSeq<T>(work: (seq: number) => Promise<T>): Promise<T> {
  for (let attempt = 0; ; attempt += 1) {
    try {
      return await work(nextSeq());
    } catch (err) {
      if (!isConflict(err) || attempt >= 4) throw err;
    }
  }
}

/** Seconds for a per-item `ttl` from a number of days (undefined = keep until purged). */
export const days = (n: number | undefined): number | undefined => (n === undefined ? undefined : Math.round(n * 86_400));

/** A bounded id → partition-key memo, for ports whose operations name an item by its number only. */
export class PkMemo {
  private readonly map = new Map<number, string>();
  constructor(private readonly max = 10_000) {}

  set(id: number, pk: string): void {
    if (this.map.size >= this.max) this.map.delete(this.map.keys().next().value as number);
    this.map.set(id, pk);
  }

  get(id: number): string | undefined {
    return this.map.get(id);
  }

  delete(id: number): void {
    this.map.delete(id);
  }
}

/**
 * Finds the partition key of an item known only by its numeric `seq`: from the memo, else by a
 * cross-partition query (an item created by another instance).
 */
export async function locateSeq(container: Container, memo: PkMemo, seq: number, extra = ''): Promise<string | undefined> {
  const known = memo.get(seq);
  if (known !== undefined) return known;
  const rows = await queryAll<{ pk: string }>(container, sql(`SELECT c.pk FROM c WHERE c.id = @id ${extra}`, { id: String(seq) }));
  const pk = rows[0]?.pk;
  if (pk !== undefined) memo.set(seq, pk);
  return pk;
}
