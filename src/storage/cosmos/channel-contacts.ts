import type { Container } from '@azure/cosmos';
import { z } from 'zod';
import { INBOUND_GRANULARITY_MS, type ChannelContact, type ChannelContactStore, type ChannelOption } from '../ports/channel-contacts';
import { deleteWhere, isConflict, isPreconditionFailed, readDoc, safeId, sql, type Doc } from './support';

const OPTIONS = z.array(z.object({ title: z.string(), value: z.string() }));
const MAX_RETRIES = 10;

type ContactDoc = Doc & ChannelContact;

const toContact = (d: ContactDoc): ChannelContact => {
  const options = d.options === undefined ? undefined : OPTIONS.safeParse(d.options);
  return {
    channel: d.channel,
    userId: d.userId,
    conversationId: d.conversationId,
    lastInboundAt: d.lastInboundAt,
    ...(options?.success ? { options: options.data } : {}),
  };
};

/**
 * Per-user channel facts on Cosmos DB: container `contacts`, partitioned by user id (id = channel), so
 * every read is a point read and "delete my data" is single-partition. Read-modify-write with IfMatch,
 * retried on 412, so two instances never move `lastInboundAt` backwards or hand the same options out twice.
 */
export class CosmosChannelContactStore implements ChannelContactStore {
  constructor(private readonly container: Container) {}

  private read(channel: string, userId: string) {
    return readDoc<ContactDoc>(this.container, safeId('', channel), userId);
  }

  /** Re-reads and re-applies `change` until its IfMatch write lands; `change` returns undefined for "no write". */
  private async update(channel: string, userId: string, change: (d: ContactDoc) => ContactDoc | undefined): Promise<ContactDoc | undefined> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt += 1) {
      const doc = await this.read(channel, userId);
      if (!doc) return undefined;
      const next = change(doc);
      if (!next) return doc;
      try {
        await this.container.item(doc.id, doc.pk).replace(next, { accessCondition: { type: 'IfMatch', condition: doc._etag } });
        return doc;
      } catch (err) {
        if (!isPreconditionFailed(err)) throw err;
      }
    }
    throw new Error('contact kept changing under a write');
  }

  async recordInbound(c: { channel: string; userId: string; conversationId: string; at: number }): Promise<void> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt += 1) {
      const exists = await this.update(c.channel, c.userId, (d) =>
        c.at >= d.lastInboundAt + INBOUND_GRANULARITY_MS || c.conversationId !== d.conversationId
          ? { ...d, conversationId: c.conversationId, lastInboundAt: Math.max(d.lastInboundAt, c.at) }
          : undefined,
      );
      if (exists) return;
      try {
        await this.container.items.create<ContactDoc>({ id: safeId('', c.channel), pk: c.userId, channel: c.channel, userId: c.userId, conversationId: c.conversationId, lastInboundAt: c.at });
        return;
      } catch (err) {
        if (!isConflict(err)) throw err;
      }
    }
  }

  async get(channel: string, userId: string): Promise<ChannelContact | undefined> {
    const d = await this.read(channel, userId);
    return d ? toContact(d) : undefined;
  }

  async setOptions(channel: string, userId: string, options: ChannelOption[] | null): Promise<void> {
    await this.update(channel, userId, (d) => {
      const { options: _o, ...rest } = d;
      return options && options.length > 0 ? { ...rest, options } : rest;
    });
  }

  async takeOptions(channel: string, userId: string): Promise<ChannelOption[] | undefined> {
    let taken: ChannelOption[] | undefined;
    await this.update(channel, userId, (d) => {
      taken = undefined;
      if (d.options === undefined) return undefined;
      taken = toContact(d).options;
      const { options: _o, ...rest } = d;
      return rest;
    });
    return taken;
  }

  deleteByUser(userId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.pk = @u', { u: userId }), userId);
  }
}
