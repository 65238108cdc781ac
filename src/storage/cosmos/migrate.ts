import { createHash } from 'node:crypto';
import type { Db } from '../sqlite/db';
import type { Containers } from './containers';
import { TABLES, type DocOut, type MapContext, type Row } from './migrate-tables';
import { queryAll, sql } from './support';

export { SKIPPED_TABLES } from './migrate-tables';

/** What happened to one table: rows read, documents written, and whether the read-back matched. */
export interface TableReport {
  table: string;
  rows: number;
  docs: number;
  /** Documents found again in Cosmos DB with the same id and partition key. */
  found: number;
  checksum: string;
  cosmosChecksum: string;
  ok: boolean;
}

export interface MigrationOptions {
  /** Transcript TTLs in days (RETENTION_ORDINARY_DAYS / RETENTION_SAFETY_DAYS), as the app would set. */
  retention?: { ordinaryDays?: number; safetyDays?: number };
  /** Parallel writes per table (default 16). */
  concurrency?: number;
  onTable?: (report: TableReport) => void;
}

const DEFAULT_CONCURRENCY = 16;

/** JSON with keys sorted at every level: the same data always gives the same text. */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

const keyOf = (d: { id: string; pk: string }): string => `${d.pk}\u0000${d.id}`;

/** SHA-256 over the canonical documents in key order (Cosmos system properties `_…` left out). */
export function checksum(docs: Record<string, unknown>[]): string {
  const hash = createHash('sha256');
  const lines = docs.map((d) => {
    const clean = Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith('_')));
    return [keyOf(d as DocOut), canonical(clean)] as const;
  });
  for (const [, line] of lines.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) hash.update(line).update('\n');
  return hash.digest('hex');
}

async function writeAll(container: Containers[keyof Containers], docs: DocOut[], concurrency: number): Promise<void> {
  for (let i = 0; i < docs.length; i += concurrency) {
    await Promise.all(docs.slice(i, i + concurrency).map((d) => container.items.upsert(d)));
  }
}

/**
 * Copies every table of the embedded database into Cosmos DB (upserts: safe to run again), then reads each
 * table's documents back and compares count and checksum with what was written. Ids, sequence numbers and
 * times are kept, so every port answers the same after the move (tested in
 * test/storage/cosmos/migrate.test.ts). Run it with the app stopped (or webhooks paused): writes made to
 * SQLite after a table was copied are not copied.
 */
export async function migrateSqliteToCosmos(db: Db, containers: Containers, o: MigrationOptions = {}): Promise<TableReport[]> {
  const day = 86_400;
  const ctx: MapContext = {
    now: Date.now(),
    ttl: {
      ...(o.retention?.ordinaryDays ? { ordinary: o.retention.ordinaryDays * day } : {}),
      ...(o.retention?.safetyDays ? { safety: o.retention.safetyDays * day } : {}),
    },
  };
  const written: { map: (typeof TABLES)[number]; rows: number; docs: DocOut[] }[] = [];
  for (const map of TABLES) {
    const rows = db.prepare(map.select).all() as Row[];
    const docs = rows.flatMap((r) => map.toDocs(r, ctx));
    await writeAll(containers[map.container], docs, o.concurrency ?? DEFAULT_CONCURRENCY);
    written.push({ map, rows: rows.length, docs });
  }
  // Verified only after every table is written, so one table overwriting another's documents shows up.
  const reports: TableReport[] = [];
  for (const { map, rows, docs } of written) {
    const wanted = new Set(docs.map(keyOf));
    const back = (await queryAll<DocOut>(containers[map.container], sql(`SELECT * FROM c WHERE ${map.kind}`))).filter((d) => wanted.has(keyOf(d)));
    const report: TableReport = { table: map.table, rows, docs: docs.length, found: back.length, checksum: checksum(docs), cosmosChecksum: checksum(back), ok: false };
    report.ok = report.found === report.docs && report.checksum === report.cosmosChecksum;
    reports.push(report);
    o.onTable?.(report);
  }
  return reports;
}
