import type { DeliveryFailure } from '../storage/ports/channel-failures';
import type { ConsoleAccount } from '../storage/ports/console';
import type { Ticket, TransitionRefusal } from '../storage/ports/tickets';
import { HIGH_PRIORITY } from './alerts';
import { appendThread, logFailure, publishTicket, updateThread, type HandoffCore } from './core';
import type { NoteItem, ThreadItem, TicketSummary } from './events';
import { claimedNotice, returnedNotice } from './notices';
import type { Outcome } from './outcomes';
import { ownershipOf, transition, type HandoffCommand } from './ownership';
import { noteItem, summarize, threadItem } from './views';

/** How many thread lines the conversation view loads. */
export const THREAD_LIMIT = 300;

export type DeskErrorCode = TransitionRefusal | 'already_claimed' | 'bad_target';

/** A refused console action, with the HTTP status the route answers and who holds the ticket when relevant. */
export class DeskError extends Error {
  override readonly name = 'DeskError';
  constructor(
    readonly code: DeskErrorCode,
    readonly status: number,
    readonly holderName?: string,
  ) {
    super(code);
  }
}

export interface ConversationView {
  ticket: TicketSummary;
  thread: ThreadItem[];
  notes: NoteItem[];
  /** Ticket is claimed by the viewer: the composer is enabled. */
  mine: boolean;
}

type Actor = Pick<ConsoleAccount, 'id' | 'username'>;

/**
 * The counselors' side: the queue, opening a conversation (audited), atomic claim, transfer, release,
 * replies through the teen's own channel with per-message delivery status, internal notes, and close with an
 * outcome code (return to bot, with a message to the teen and an optional rating question).
 */
export class Desk {
  constructor(private readonly core: HandoffCore) {}

  private async summary(t: Ticket): Promise<TicketSummary> {
    return summarize(t, await this.core.relay.window(t), this.core.names, this.core.now().getTime(), this.core.criticalAfterMs);
  }

  private at(): string {
    return this.core.now().toISOString();
  }

  private async audit(actor: Actor, action: string, target: string, details?: Record<string, unknown>): Promise<void> {
    await this.core.audit.record({ at: this.at(), actorId: actor.id, actorName: actor.username, action, target, ...(details ? { details } : {}) });
  }

  private async load(id: string): Promise<Ticket> {
    const t = await this.core.tickets.get(id);
    if (!t) throw new DeskError('not_found', 404);
    return t;
  }

  /** Refuses early (with the state machine's reason) what the store would refuse atomically anyway. */
  private async check(t: Ticket, command: HandoffCommand): Promise<void> {
    const result = transition(ownershipOf(t), command);
    if (!result.ok) throw new DeskError(result.reason === 'risk_stays' ? 'bad_target' : result.reason, 409, await this.core.names.name(t.claimedBy));
  }

  private async refused(reason: TransitionRefusal | 'already_claimed', t: Ticket | undefined): Promise<never> {
    throw new DeskError(reason, reason === 'not_found' ? 404 : 409, await this.core.names.name(t?.claimedBy));
  }

  async queue(): Promise<TicketSummary[]> {
    return Promise.all((await this.core.tickets.queue()).map((t) => this.summary(t)));
  }

  /** Opens a conversation: the audit log records who read which one (S10). */
  async open(id: string, actor: Actor): Promise<ConversationView> {
    const t = await this.load(id);
    await this.audit(actor, 'conversation.open', t.id, { conversation: t.conversationId });
    const [messages, notes] = await Promise.all([this.core.tickets.messages(t.id, THREAD_LIMIT), this.core.tickets.notes(t.id)]);
    return {
      ticket: await this.summary(t),
      thread: await Promise.all(messages.map((m) => threadItem(m, this.core.names))),
      notes: await Promise.all(notes.map((n) => noteItem(n, this.core.names))),
      mine: t.status === 'claimed' && t.claimedBy === actor.id,
    };
  }

  /** Atomic claim: exactly one of many counselors wins; the others learn who has it. */
  async claim(id: string, actor: Actor): Promise<TicketSummary> {
    const result = await this.core.tickets.claim(id, actor.id, this.at());
    if (!result.ok) return this.refused(result.reason, result.ticket);
    await this.audit(actor, 'ticket.claim', id);
    await publishTicket(this.core, result.ticket);
    await this.notify(result.ticket, claimedNotice(this.core.i18n.getFixedT(result.ticket.lang)));
    return this.summary(result.ticket);
  }

  async transfer(id: string, actor: Actor, to: string, note?: string): Promise<TicketSummary> {
    await this.check(await this.load(id), 'transfer_by_owner');
    const target = await this.core.accounts.get(to);
    if (!target || target.disabled || target.role !== 'counselor' || target.id === actor.id) throw new DeskError('bad_target', 422);
    const result = await this.core.tickets.transfer(id, actor.id, to, this.at());
    if (!result.ok) return this.refused(result.reason, result.ticket);
    if (note) await this.note(id, actor, note);
    await this.audit(actor, 'ticket.transfer', id, { to });
    await publishTicket(this.core, result.ticket);
    this.core.alerts.direct(result.ticket, 'transfer', to);
    return this.summary(result.ticket);
  }

  /** Back to the queue (keeps its place); high-priority tickets alert everyone again. */
  async release(id: string, actor: Actor): Promise<TicketSummary> {
    const result = await this.core.tickets.release(id, actor.id, this.at());
    if (!result.ok) return this.refused(result.reason, result.ticket);
    await this.audit(actor, 'ticket.release', id);
    await publishTicket(this.core, result.ticket);
    if (result.ticket.priority >= HIGH_PRIORITY) await this.core.alerts.ticketArrived(result.ticket, 'new');
    return this.summary(result.ticket);
  }

  async note(id: string, actor: Actor, text: string): Promise<NoteItem> {
    await this.load(id);
    const note = await noteItem(await this.core.tickets.addNote({ ticketId: id, at: this.at(), authorId: actor.id, text }), this.core.names);
    this.core.hub.publishConversation(id, { type: 'note', note });
    return note;
  }

  /** A counselor's message to the teen, through the teen's own channel; the outcome shows next to it. */
  async reply(id: string, actor: Actor, text: string): Promise<ThreadItem> {
    const t = await this.load(id);
    if (t.status !== 'claimed' || t.claimedBy !== actor.id) return this.refused(t.status === 'closed' ? 'closed' : 'not_owner', t);
    const pending = await appendThread(this.core, { ticketId: id, at: this.at(), author: 'counselor', counselorId: actor.id, text, status: 'pending' });
    const outcome = await this.core.relay.sendAsCounselor(t, actor.id, text);
    const change = { status: outcome.status, ...(outcome.failureCode ? { failureCode: outcome.failureCode } : {}), ...(outcome.platformCode ? { platformCode: outcome.platformCode } : {}) };
    return (await updateThread(this.core, id, pending.seq, change)) ?? pending;
  }

  /**
   * Close with an outcome and return the chat to the bot. Order matters (lesson: send, then change state):
   * the counselor's goodbye goes out first; then, in one turn of the teen's conversation (serialised with the
   * teen's own turns), the state change, and only if it succeeded the return notice (the bot says it is a bot
   * again), the rating question and the dialog-stack reset.
   */
  async close(id: string, actor: Actor, c: { outcome: Outcome; message?: string; askRating: boolean }): Promise<TicketSummary> {
    const t = await this.load(id);
    await this.check(t, t.claimedBy === actor.id ? 'close_by_owner' : 'close_by_other');
    if (c.message && t.status === 'claimed') await this.reply(id, actor, c.message);
    const notices = returnedNotice(this.core.i18n.getFixedT(t.lang), c.askRating);
    if (c.message && t.status === 'queued') notices.unshift({ type: 'message', text: c.message });
    let closed: Ticket | undefined;
    let refusal: { reason: TransitionRefusal; ticket?: Ticket } | undefined;
    const doClose = async () => {
      const result = await this.core.tickets.closeAs(id, { by: actor.id, outcome: c.outcome, at: this.at(), ratingRequested: c.askRating });
      if (result.ok) closed = result.ticket;
      else refusal = result;
    };
    await this.notify(t, notices, {
      before: async () => {
        await doClose();
        return closed !== undefined;
      },
      after: async (ctx) => this.core.resetDialogs?.(ctx),
    });
    // No way back to the teen (channel not configured, no reference): the chat still returns to the bot.
    if (!closed && !refusal) await doClose();
    if (!closed) return this.refused(refusal?.reason ?? 'not_found', refusal?.ticket);
    await this.audit(actor, 'ticket.close', id, { outcome: c.outcome });
    await publishTicket(this.core, closed);
    return this.summary(closed);
  }

  /** Sends automated notices to the teen and records them (and any failure) in the thread. */
  private async notify(t: Ticket, notices: Parameters<HandoffCore['relay']['sendNotices']>[1], turn?: Parameters<HandoffCore['relay']['sendNotices']>[2]): Promise<void> {
    const outcome = await this.core.relay.sendNotices(t, notices, turn).catch((err: unknown) => {
      logFailure(this.core, err, 'handoff: notice failed', { ticketId: t.id });
      return { status: 'failed' as const, failureCode: 'rejected' };
    });
    if (outcome.status === 'blocked') return;
    for (const n of notices) {
      await appendThread(this.core, { ticketId: t.id, at: this.at(), author: 'system', text: n.text ?? '', ...outcome });
    }
  }

  /**
   * A delivery failure reported later by a channel (a parked message that finally failed): marks the
   * counselor's pending message failed and alerts its owner.
   */
  async deliveryFailed(f: DeliveryFailure): Promise<void> {
    const t = await this.core.tickets.openFor(f.conversationId);
    if (!t) return;
    const thread = await this.core.tickets.messages(t.id, 50);
    const waiting = [...thread].reverse().find((m) => m.status === 'retrying' && (m.author === 'counselor') === f.humanAgent);
    if (waiting) await updateThread(this.core, t.id, waiting.seq, { status: 'failed', failureCode: f.code, ...(f.platformCode ? { platformCode: f.platformCode } : {}) });
    if (t.claimedBy) this.core.alerts.direct(t, 'delivery_failed', t.claimedBy);
  }
}
