import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import { consentSchema, type ConsentRecord, type ConsentStore, type StoredConsent } from '../ports/consent';
import { defined, deleteWhere, nextSeq, queryAll, sql, type Doc } from './support';

interface ConsentDoc extends Doc, StoredConsent {
  seq: number;
}

const toConsent = (d: ConsentDoc): StoredConsent =>
  defined({
    id: d.id,
    userId: d.userId,
    channel: d.channel,
    ageBand: d.ageBand,
    textVersion: d.textVersion,
    parentalConfirmed: d.parentalConfirmed,
    givenAt: d.givenAt,
    withdrawnAt: d.withdrawnAt,
  });

/** Newest first; ties (same givenAt) by the order they were recorded, as SQLite's rowid. */
const newestFirst = (a: ConsentDoc, b: ConsentDoc): number => (a.givenAt === b.givenAt ? b.seq - a.seq : a.givenAt < b.givenAt ? 1 : -1);

/**
 * Survey consent records on Cosmos DB: container `consents`, partitioned by user id — every per-user
 * operation (active, list, withdraw, delete) is single-partition; only retention fans out.
 */
export class CosmosConsentStore implements ConsentStore {
  constructor(private readonly container: Container) {}

  async record(consent: ConsentRecord): Promise<StoredConsent> {
    const c = consentSchema.parse(consent);
    const id = randomUUID();
    await this.container.items.create<ConsentDoc>({ ...c, id, pk: c.userId, seq: nextSeq() });
    return { ...c, id };
  }

  private async ofUser(userId: string): Promise<ConsentDoc[]> {
    const docs = await queryAll<ConsentDoc>(this.container, sql('SELECT * FROM c WHERE c.pk = @u', { u: userId }), userId);
    return docs.sort(newestFirst);
  }

  async active(userId: string): Promise<StoredConsent | undefined> {
    const doc = (await this.ofUser(userId)).find((d) => d.withdrawnAt === undefined);
    return doc ? toConsent(doc) : undefined;
  }

  async listByUser(userId: string): Promise<StoredConsent[]> {
    return (await this.ofUser(userId)).map(toConsent);
  }

  async withdraw(userId: string, at: string): Promise<number> {
    const open = (await this.ofUser(userId)).filter((d) => d.withdrawnAt === undefined);
    for (const d of open) await this.container.item(d.id, d.pk).replace<ConsentDoc>({ ...d, withdrawnAt: at });
    return open.length;
  }

  deleteByUser(userId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.pk = @u', { u: userId }), userId);
  }

  purgeBefore(before: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.givenAt < @b', { b: before }));
  }
}
