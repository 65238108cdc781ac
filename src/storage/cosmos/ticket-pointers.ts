import type { Container } from '@azure/cosmos';
import { deleteDoc, isConflict, isNotFound, isPreconditionFailed, readDoc, safeId, type Doc } from './support';

/**
 * Per-conversation pointers in the `tickets` container. `open:<conversation>` exists while the conversation
 * has an open ticket: creating it (create-if-absent, 409 for the loser) is what keeps one open ticket per
 * conversation across instances. `latest:<conversation>` names the newest ticket, so `latestFor` — asked by
 * the handoff gate on every turn — is point reads, never a query.
 */
export interface PointerDoc extends Doc {
  type: 'open' | 'latest';
  conversationId: string;
  ticketId: string;
  createdAt?: number;
}

/** Id (and partition key) of a conversation's open-ticket pointer. */
export const pointerId = (conversationId: string): string => safeId('open:', conversationId);
/** Id (and partition key) of a conversation's newest-ticket pointer. */
export const latestId = (conversationId: string): string => safeId('latest:', conversationId);

export class TicketPointers {
  constructor(private readonly container: Container) {}

  open(conversationId: string) {
    const id = pointerId(conversationId);
    return readDoc<PointerDoc>(this.container, id, id);
  }

  latest(conversationId: string) {
    const id = latestId(conversationId);
    return readDoc<PointerDoc>(this.container, id, id);
  }

  /** Takes the conversation's open pointer for `ticketId`; false when another request holds it. */
  async take(conversationId: string, ticketId: string): Promise<boolean> {
    const id = pointerId(conversationId);
    try {
      await this.container.items.create<PointerDoc>({ id, pk: id, type: 'open', conversationId, ticketId, createdAt: Date.now() });
      return true;
    } catch (err) {
      if (isConflict(err)) return false;
      throw err;
    }
  }

  async setLatest(conversationId: string, ticketId: string): Promise<void> {
    const id = latestId(conversationId);
    await this.container.items.upsert<PointerDoc>({ id, pk: id, type: 'latest', conversationId, ticketId });
  }

  /** Deletes a pointer if it has not changed since it was read (IfMatch); gone already is fine. */
  async drop(pointer: PointerDoc & { _etag: string }): Promise<void> {
    try {
      await this.container.item(pointer.id, pointer.pk).delete({ accessCondition: { type: 'IfMatch', condition: pointer._etag } });
    } catch (err) {
      if (!isPreconditionFailed(err) && !isNotFound(err)) throw err;
    }
  }

  /** After a close or deletion: frees the conversation (only if the open pointer still names this ticket). */
  async release(conversationId: string, ticketId: string): Promise<void> {
    const pointer = await this.open(conversationId);
    if (pointer?.ticketId === ticketId) await this.drop(pointer);
  }

  /** After a deletion: forgets the latest pointer if it names this ticket. */
  async forgetLatest(conversationId: string, ticketId: string): Promise<void> {
    const latest = await this.latest(conversationId);
    if (latest?.ticketId === ticketId) await deleteDoc(this.container, latest.id, latest.pk);
  }
}
