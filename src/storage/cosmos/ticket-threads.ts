import type { Container } from '@azure/cosmos';
import type { NewTicketMessage, ThreadStatus, TicketMessage, TicketNote } from '../ports/tickets';
import { defined, deleteWhere, locateSeq, nextSeq, PkMemo, queryAll, readDoc, sql, type Doc } from './support';

interface MessageDoc extends Doc, TicketMessage {
  type: 'message';
}

interface NoteDoc extends Doc, TicketNote {
  type: 'note';
}

const noteId = (seq: number): string => `note-${seq}`;

function toMessage(d: MessageDoc): TicketMessage {
  return defined({
    seq: d.seq,
    ticketId: d.ticketId,
    at: d.at,
    author: d.author,
    counselorId: d.counselorId,
    text: d.text,
    status: d.status,
    context: d.context,
    riskLevel: d.riskLevel,
    failureCode: d.failureCode,
    platformCode: d.platformCode,
  });
}

/**
 * A ticket's thread and notes (container `threads`, partitioned by ticket id: reading a thread is a
 * single-partition query). Messages are addressed by their numeric `seq`; the partition of a seq this
 * instance did not create is found with one cross-partition query.
 */
export class CosmosTicketThreads {
  private readonly memo = new PkMemo();

  constructor(private readonly container: Container) {}

  async add(m: NewTicketMessage): Promise<TicketMessage> {
    const seq = nextSeq();
    const doc: MessageDoc = { ...defined(m), id: String(seq), pk: m.ticketId, type: 'message', seq, context: m.context === true };
    await this.container.items.create(doc);
    this.memo.set(seq, m.ticketId);
    return toMessage(doc);
  }

  async update(seq: number, change: { status: ThreadStatus; failureCode?: string; platformCode?: string }): Promise<TicketMessage | undefined> {
    const pk = await locateSeq(this.container, this.memo, seq, "AND c.type = 'message'");
    if (pk === undefined) return undefined;
    const doc = await readDoc<MessageDoc>(this.container, String(seq), pk);
    if (!doc) return undefined;
    const { failureCode: _f, platformCode: _p, ...rest } = doc;
    const next: MessageDoc = { ...rest, status: change.status, ...defined({ failureCode: change.failureCode, platformCode: change.platformCode }) };
    await this.container.item(doc.id, pk).replace(next);
    return toMessage(next);
  }

  async list(ticketId: string, limit: number): Promise<TicketMessage[]> {
    const n = Math.max(0, Math.floor(limit));
    if (n === 0) return [];
    const docs = await queryAll<MessageDoc>(
      this.container,
      sql("SELECT TOP @n * FROM c WHERE c.pk = @t AND c.type = 'message' ORDER BY c.seq DESC", { n, t: ticketId }),
      ticketId,
    );
    return docs.reverse().map(toMessage);
  }

  async addNote(note: Omit<TicketNote, 'seq'>): Promise<TicketNote> {
    const seq = nextSeq();
    await this.container.items.create<NoteDoc>({ ...note, id: noteId(seq), pk: note.ticketId, type: 'note', seq });
    return { ...note, seq };
  }

  async notes(ticketId: string): Promise<TicketNote[]> {
    const docs = await queryAll<NoteDoc>(
      this.container,
      sql("SELECT * FROM c WHERE c.pk = @t AND c.type = 'note' ORDER BY c.seq ASC", { t: ticketId }),
      ticketId,
    );
    return docs.map((d) => ({ seq: d.seq, ticketId: d.ticketId, at: d.at, authorId: d.authorId, text: d.text }));
  }

  /** Everything of one ticket (its deletion). */
  deleteTicket(ticketId: string): Promise<number> {
    return deleteWhere(this.container, sql('SELECT c.id, c.pk FROM c WHERE c.pk = @t', { t: ticketId }), ticketId);
  }

  /**
   * Retention: deletes messages and notes older than their ticket's cut-off. `isRisk` tells a ticket's kind
   * (a missing ticket counts as ordinary, as in SQLite).
   */
  async purge(c: { ordinaryBefore: string; safetyBefore: string }, isRisk: (ticketId: string) => Promise<boolean>): Promise<number> {
    const latest = c.ordinaryBefore > c.safetyBefore ? c.ordinaryBefore : c.safetyBefore;
    const rows = await queryAll<{ id: string; pk: string; at: string }>(
      this.container,
      sql('SELECT c.id, c.pk, c.at FROM c WHERE c.at < @b', { b: latest }),
    );
    const kinds = new Map<string, boolean>();
    let n = 0;
    for (const r of rows) {
      if (!kinds.has(r.pk)) kinds.set(r.pk, await isRisk(r.pk));
      const cutoff = kinds.get(r.pk) ? c.safetyBefore : c.ordinaryBefore;
      if (r.at >= cutoff) continue;
      await this.container.item(r.id, r.pk).delete();
      n += 1;
    }
    return n;
  }
}
