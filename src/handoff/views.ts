import type { ConsoleAccountStore } from '../storage/ports/console';
import type { Ticket, TicketMessage, TicketNote } from '../storage/ports/tickets';
import { CRITICAL_PRIORITY, isOverdue } from './alerts';
import type { NoteItem, ThreadItem, TicketSummary, WindowState } from './events';

const NAME_TTL_MS = 5 * 60 * 1000;

/** Display names of console accounts, cached briefly (the queue asks for them on every refresh). */
export class AccountNames {
  private readonly cache = new Map<string, { name: string; at: number }>();

  constructor(private readonly accounts: Pick<ConsoleAccountStore, 'get'>) {}

  async name(id: string | undefined): Promise<string | undefined> {
    if (!id) return undefined;
    const hit = this.cache.get(id);
    if (hit && Date.now() - hit.at < NAME_TTL_MS) return hit.name;
    const account = await this.accounts.get(id);
    const name = account?.displayName ?? '—';
    this.cache.set(id, { name, at: Date.now() });
    return name;
  }
}

/** The queue's view of a ticket (no message text). */
export async function summarize(t: Ticket, window: WindowState, names: AccountNames, now: number, criticalAfterMs: number): Promise<TicketSummary> {
  const claimedByName = await names.name(t.claimedBy);
  return {
    id: t.id,
    channel: t.channel,
    lang: t.lang,
    reason: t.reason,
    priority: t.priority,
    status: t.status,
    createdAt: t.createdAt,
    overdue: isOverdue(t, now, criticalAfterMs),
    critical: t.priority >= CRITICAL_PRIORITY,
    window,
    ...(t.level ? { level: t.level } : {}),
    ...(t.category ? { category: t.category } : {}),
    ...(t.raisedAt ? { raisedAt: t.raisedAt } : {}),
    ...(t.claimedBy ? { claimedBy: t.claimedBy } : {}),
    ...(claimedByName ? { claimedByName } : {}),
    ...(t.claimedAt ? { claimedAt: t.claimedAt } : {}),
    ...(t.outcome ? { outcome: t.outcome } : {}),
    ...(t.locality ? { locality: t.locality } : {}),
  };
}

export async function threadItem(m: TicketMessage, names: AccountNames): Promise<ThreadItem> {
  const counselorName = await names.name(m.counselorId);
  return {
    seq: m.seq,
    at: m.at,
    author: m.author,
    status: m.status,
    context: m.context,
    ...(m.text !== undefined ? { text: m.text } : {}),
    ...(counselorName ? { counselorName } : {}),
    ...(m.riskLevel ? { riskLevel: m.riskLevel } : {}),
    ...(m.failureCode ? { failure: { code: m.failureCode, ...(m.platformCode ? { platformCode: m.platformCode } : {}) } } : {}),
  };
}

export async function noteItem(n: TicketNote, names: AccountNames): Promise<NoteItem> {
  return { seq: n.seq, at: n.at, authorName: (await names.name(n.authorId)) ?? '—', text: n.text };
}
