import { randomUUID } from 'node:crypto';
import type { Container } from '@azure/cosmos';
import type {
  ClaimResult,
  HandoffRequest,
  NewTicketMessage,
  ThreadStatus,
  Ticket,
  TicketMessage,
  TicketNote,
  TicketStore,
  TransitionResult,
} from '../ports/tickets';
import { TicketPointers } from './ticket-pointers';
import { CosmosTicketThreads } from './ticket-threads';
import { defined, deleteDoc, isPreconditionFailed, nextSeq, queryAll, readDoc, sql, type Doc } from './support';

type TicketDoc = Doc & Ticket & { type: 'ticket'; seq: number };

/** A pointer whose ticket is still missing after this long was left by a crashed request: it is replaced. */
const STALE_POINTER_MS = 10_000;
/** Optimistic-concurrency retries before giving up (each retry means another writer changed the item). */
const MAX_RETRIES = 10;
const RISK = (t: Ticket): boolean => t.reason === 'risk' || t.level !== undefined;


function toTicket(d: TicketDoc): Ticket {
  const { pk: _pk, type: _type, seq: _seq, _rid, _self, _etag, _attachments, _ts, ...rest } = d;
  return defined(rest);
}

/**
 * Handoff tickets on Cosmos DB. Container `tickets` (pk = ticket id) holds the tickets and, per conversation,
 * an `open:` pointer to its one open ticket; creating that pointer is the atomic "first writer wins" that
 * keeps one open ticket per conversation across instances. Every transition (claim, transfer, release,
 * close, rating, alert marks) is a read + replace with IfMatch on the ticket's ETag, retried on 412: of
 * concurrent claims exactly one wins, the others re-read and see `already_claimed`.
 */
export class CosmosTicketStore implements TicketStore {
  private readonly threads: CosmosTicketThreads;
  private readonly pointers: TicketPointers;

  constructor(
    private readonly container: Container,
    threads: Container,
  ) {
    this.threads = new CosmosTicketThreads(threads);
    this.pointers = new TicketPointers(container);
  }

  private doc(id: string): Promise<(TicketDoc & { _etag: string }) | undefined> {
    return readDoc<TicketDoc>(this.container, id, id);
  }

  async request(req: HandoffRequest): Promise<{ ticket: Ticket; created: boolean; raised: boolean }> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt += 1) {
      const pointer = await this.pointers.open(req.conversationId);
      if (!pointer) {
        const created = await this.create(req);
        if (created) return { ticket: created, created: true, raised: false };
        continue;
      }
      const open = await this.doc(pointer.ticketId);
      if (!open || open.status === 'closed') {
        const young = !open && Date.now() - (pointer.createdAt ?? 0) < STALE_POINTER_MS;
        if (young) await new Promise((r) => setTimeout(r, 20 * (attempt + 1)));
        else await this.pointers.drop(pointer);
        continue;
      }
      const result = await this.raise(open, req);
      if (result) return { ticket: toTicket(result.doc), created: false, raised: result.raised };
    }
    throw new Error(`ticket request for a conversation kept conflicting after ${MAX_RETRIES} attempts`);
  }

  /** Takes the conversation's pointer, then writes the ticket; undefined when another request took it first. */
  private async create(req: HandoffRequest): Promise<Ticket | undefined> {
    const id = randomUUID();
    if (!(await this.pointers.take(req.conversationId, id))) return undefined;
    const ticket: Ticket = defined({
      id,
      conversationId: req.conversationId,
      userId: req.userId,
      channel: req.channel,
      lang: req.lang,
      reason: req.reason,
      category: req.category,
      level: req.level,
      priority: req.priority,
      status: 'queued' as const,
      createdAt: req.at,
      updatedAt: req.at,
      reference: req.reference,
      locality: req.locality,
      ratingPending: false,
    });
    await this.container.items.create<TicketDoc>({ ...ticket, pk: id, type: 'ticket', seq: nextSeq() });
    await this.pointers.setLatest(req.conversationId, id);
    return ticket;
  }

  private async raise(open: TicketDoc & { _etag: string }, req: HandoffRequest): Promise<{ doc: TicketDoc; raised: boolean } | undefined> {
    const raised = req.priority > open.priority;
    if (!raised && !req.reference) return { doc: open, raised: false };
    const { category: _c, level: _l, ...base } = open;
    const next: TicketDoc = raised
      ? { ...base, ...defined({ category: req.category, level: req.level }), priority: req.priority, reason: req.reason, raisedAt: req.at, updatedAt: req.at }
      : { ...open };
    if (req.reference) next.reference = req.reference;
    try {
      await this.container.item(open.id, open.pk).replace(next, { accessCondition: { type: 'IfMatch', condition: open._etag } });
      return { doc: next, raised };
    } catch (err) {
      if (isPreconditionFailed(err)) return undefined;
      throw err;
    }
  }

  /**
   * Applies `change` to the current ticket with IfMatch, re-reading on 412. `change` returns undefined when
   * the ticket's state refuses the transition. Returns the ticket after, and whether this call changed it.
   */
  private async mutate(id: string, change: (t: Ticket) => Ticket | undefined): Promise<{ ticket?: Ticket; changed: boolean }> {
    for (let attempt = 0; attempt < MAX_RETRIES; attempt += 1) {
      const doc = await this.doc(id);
      if (!doc) return { changed: false };
      const current = toTicket(doc);
      const next = change(current);
      if (!next) return { ticket: current, changed: false };
      try {
        await this.container.item(id, id).replace<TicketDoc>({ ...defined(next), pk: id, type: 'ticket', seq: doc.seq }, { accessCondition: { type: 'IfMatch', condition: doc._etag } });
        if (next.status === 'closed' && current.status !== 'closed') await this.pointers.release(next.conversationId, next.id);
        return { ticket: next, changed: true };
      } catch (err) {
        if (!isPreconditionFailed(err)) throw err;
      }
    }
    throw new Error(`ticket ${id} kept changing under a write after ${MAX_RETRIES} attempts`);
  }

  private explain(result: { ticket?: Ticket; changed: boolean }, by: string): TransitionResult {
    const t = result.ticket;
    if (result.changed && t) return { ok: true, ticket: t };
    if (!t) return { ok: false, reason: 'not_found' };
    if (t.status === 'closed') return { ok: false, reason: 'closed', ticket: t };
    if (t.status === 'queued') return { ok: false, reason: 'not_claimed', ticket: t };
    return { ok: false, reason: t.claimedBy === by ? 'not_claimed' : 'not_owner', ticket: t };
  }

  async get(id: string): Promise<Ticket | undefined> {
    const doc = await this.doc(id);
    return doc ? toTicket(doc) : undefined;
  }

  async openFor(conversationId: string): Promise<Ticket | undefined> {
    const pointer = await this.pointers.open(conversationId);
    if (!pointer) return undefined;
    const t = await this.get(pointer.ticketId);
    return t && t.status !== 'closed' ? t : undefined;
  }

  /**
   * Point reads only (the gate asks on every turn): the open pointer, else the `latest:` pointer that every
   * creation updates (the migration writes it too). No pointer = the conversation never had a ticket.
   */
  async latestFor(conversationId: string): Promise<Ticket | undefined> {
    const open = await this.openFor(conversationId);
    if (open) return open;
    const latest = await this.pointers.latest(conversationId);
    return latest ? this.get(latest.ticketId) : undefined;
  }

  async queue(): Promise<Ticket[]> {
    const docs = await queryAll<TicketDoc>(this.container, sql("SELECT * FROM c WHERE c.type = 'ticket' AND c.status <> 'closed'"));
    return docs
      .map(toTicket)
      .sort((a, b) => b.priority - a.priority || a.createdAt.localeCompare(b.createdAt) || a.id.localeCompare(b.id));
  }

  async claim(id: string, counselorId: string, at: string): Promise<ClaimResult> {
    const r = await this.mutate(id, (t) => (t.status === 'queued' ? { ...t, status: 'claimed', claimedBy: counselorId, claimedAt: at, updatedAt: at } : undefined));
    if (r.changed && r.ticket) return { ok: true, ticket: r.ticket };
    if (!r.ticket) return { ok: false, reason: 'not_found' };
    return { ok: false, reason: r.ticket.status === 'closed' ? 'closed' : 'already_claimed', ticket: r.ticket };
  }

  async transfer(id: string, from: string, to: string, at: string): Promise<TransitionResult> {
    const r = await this.mutate(id, (t) => (t.status === 'claimed' && t.claimedBy === from ? { ...t, claimedBy: to, claimedAt: at, updatedAt: at } : undefined));
    return this.explain(r, from);
  }

  async release(id: string, by: string, at: string): Promise<TransitionResult> {
    const r = await this.mutate(id, (t) => {
      if (t.status !== 'claimed' || t.claimedBy !== by) return undefined;
      const { claimedBy: _b, claimedAt: _a, ...rest } = t;
      return { ...rest, status: 'queued', updatedAt: at };
    });
    return this.explain(r, by);
  }

  async close(id: string, by: string, outcome: string, at: string): Promise<Ticket | undefined> {
    const r = await this.mutate(id, (t) => (t.status !== 'closed' ? { ...t, status: 'closed', outcome, closedAt: at, closedBy: by, updatedAt: at } : undefined));
    return r.ticket;
  }

  async closeAs(id: string, c: { by: string; outcome: string; at: string; ratingRequested: boolean }): Promise<TransitionResult> {
    const r = await this.mutate(id, (t) =>
      t.status === 'queued' || (t.status === 'claimed' && t.claimedBy === c.by)
        ? { ...t, status: 'closed', outcome: c.outcome, closedAt: c.at, closedBy: c.by, ratingPending: c.ratingRequested, updatedAt: c.at }
        : undefined,
    );
    return this.explain(r, c.by);
  }

  async rate(id: string, rating: number | null, at: string): Promise<boolean> {
    const r = await this.mutate(id, (t) => {
      if (!t.ratingPending) return undefined;
      const { rating: _r, ...rest } = t;
      return { ...rest, ...(rating === null ? {} : { rating }), ratingPending: false, updatedAt: at };
    });
    return r.changed;
  }

  async setReference(id: string, reference: string): Promise<void> {
    await this.mutate(id, (t) => (t.status !== 'closed' ? { ...t, reference } : undefined));
  }

  async markAlerted(id: string, at: string, previous: string | undefined): Promise<boolean> {
    return (await this.mutate(id, (t) => (t.lastAlertAt === previous ? { ...t, lastAlertAt: at } : undefined))).changed;
  }

  async markNotice(id: string, at: string): Promise<void> {
    await this.mutate(id, (t) => ({ ...t, noticeAt: at }));
  }

  addMessage(message: NewTicketMessage): Promise<TicketMessage> {
    return this.threads.add(message);
  }

  updateMessage(seq: number, change: { status: ThreadStatus; failureCode?: string; platformCode?: string }): Promise<TicketMessage | undefined> {
    return this.threads.update(seq, change);
  }

  messages(ticketId: string, limit: number): Promise<TicketMessage[]> {
    return this.threads.list(ticketId, limit);
  }

  addNote(note: Omit<TicketNote, 'seq'>): Promise<TicketNote> {
    return this.threads.addNote(note);
  }

  notes(ticketId: string): Promise<TicketNote[]> {
    return this.threads.notes(ticketId);
  }

  async riskConversations(since: string): Promise<string[]> {
    const rows = await queryAll<{ conversationId: string }>(
      this.container,
      sql("SELECT c.conversationId FROM c WHERE c.type = 'ticket' AND (c.reason = 'risk' OR IS_DEFINED(c.level)) AND c.createdAt >= @s", { s: since }),
    );
    return [...new Set(rows.map((r) => r.conversationId))];
  }

  async purgeContentBefore(c: { ordinaryBefore: string; safetyBefore: string }): Promise<number> {
    let n = await this.threads.purge(c, async (ticketId) => {
      const t = await this.get(ticketId);
      return t !== undefined && RISK(t);
    });
    const latest = c.ordinaryBefore > c.safetyBefore ? c.ordinaryBefore : c.safetyBefore;
    const docs = await queryAll<TicketDoc>(
      this.container,
      sql(
        `SELECT * FROM c WHERE c.type = 'ticket' AND c.status = 'closed' AND c.closedAt < @b
           AND (c.userId <> '' OR IS_DEFINED(c.reference) OR IS_DEFINED(c.locality))`,
        { b: latest },
      ),
    );
    for (const d of docs) {
      const t = toTicket(d);
      if ((t.closedAt ?? '') >= (RISK(t) ? c.safetyBefore : c.ordinaryBefore)) continue;
      const r = await this.mutate(t.id, (cur) => {
        const { reference: _r, locality: _l, ...rest } = cur;
        return { ...rest, userId: '' };
      });
      if (r.changed) n += 1;
    }
    return n;
  }

  async deleteByUser(userId: string): Promise<number> {
    const docs = await queryAll<TicketDoc>(this.container, sql("SELECT * FROM c WHERE c.type = 'ticket' AND c.userId = @u", { u: userId }));
    for (const d of docs) {
      await this.threads.deleteTicket(d.id);
      if (d.status !== 'closed') await this.pointers.release(d.conversationId, d.id);
      await this.pointers.forgetLatest(d.conversationId, d.id);
      await deleteDoc(this.container, d.id, d.pk);
    }
    return docs.length;
  }
}
