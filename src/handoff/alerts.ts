import type { Logger } from '../logger';
import { HANDOFF_PRIORITY } from '../safety/reply';
import type { Ticket, TicketStore } from '../storage/ports/tickets';
import type { AlertKind, HandoffHub } from './events';
import { notifyAll, type Notifier, type OffConsoleAlert } from './notifiers/notifier';

/** New tickets at or above this priority (disclosed harm and up) alert every online counselor at once. */
export const HIGH_PRIORITY = HANDOFF_PRIORITY.disclosed;
/** Tickets at or above this priority (imminent danger) alert again, and turn red, when nobody claims them in time. */
export const CRITICAL_PRIORITY = HANDOFF_PRIORITY.imminent;
/** How often the monitor looks for critical tickets waiting too long. */
export const ALERT_CHECK_MS = 15_000;

const LEVEL_VI: Record<string, string> = { imminent: 'nguy hiểm tức thời', disclosed: 'đã kể về việc bị hại', possible: 'có dấu hiệu' };

/** The moment a ticket's current urgency started: creation, or the raise that made it more urgent. */
export function urgentSince(t: Pick<Ticket, 'createdAt' | 'raisedAt'>): number {
  return Math.max(Date.parse(t.createdAt), t.raisedAt ? Date.parse(t.raisedAt) : 0);
}

/** Critical, still queued, and waiting longer than the threshold: shown red and alerted again. */
export function isOverdue(t: Pick<Ticket, 'status' | 'priority' | 'createdAt' | 'raisedAt'>, now: number, criticalAfterMs: number): boolean {
  return t.status === 'queued' && t.priority >= CRITICAL_PRIORITY && now - urgentSince(t) >= criticalAfterMs;
}

export interface AlertDeps {
  tickets: TicketStore;
  hub: HandoffHub;
  notifiers: readonly Notifier[];
  logger: Logger;
  now: () => Date;
  criticalAfterMs: number;
  /** Base URL for links in off-console alerts (PUBLIC_URL). */
  publicUrl?: string;
}

/**
 * Alerts: a new (or newly raised) high-priority ticket goes to every online counselor's console at once and
 * to the off-console notifiers; a critical ticket nobody claimed within CRITICAL_ALERT_AFTER_MINUTES alerts
 * again (console and off-console), once per period, until someone claims it.
 */
export class Alerts {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;

  constructor(private readonly deps: AlertDeps) {}

  /** A ticket was opened or its priority raised. */
  async ticketArrived(ticket: Ticket, kind: 'new' | 'raised'): Promise<void> {
    if (ticket.priority < HIGH_PRIORITY) return;
    this.console(ticket, kind);
    await this.offConsole(ticket, kind);
  }

  /** One pass of the overdue check (the timer calls it; tests call it with a fake clock). */
  async checkOverdue(): Promise<number> {
    const now = this.deps.now();
    let alerted = 0;
    for (const t of await this.deps.tickets.queue()) {
      if (!isOverdue(t, now.getTime(), this.deps.criticalAfterMs)) continue;
      const last = t.lastAlertAt ? Date.parse(t.lastAlertAt) : undefined;
      if (last !== undefined && last >= urgentSince(t) && now.getTime() - last < this.deps.criticalAfterMs) continue;
      if (!(await this.deps.tickets.markAlerted(t.id, now.toISOString(), t.lastAlertAt))) continue;
      alerted += 1;
      this.console(t, 'overdue');
      await this.offConsole(t, 'overdue');
    }
    return alerted;
  }

  private console(t: Ticket, kind: AlertKind, to?: string): void {
    this.deps.hub.publishQueue({
      type: 'alert',
      alert: {
        kind,
        ticketId: t.id,
        priority: t.priority,
        channel: t.channel,
        at: this.deps.now().toISOString(),
        ...(t.level ? { level: t.level } : {}),
        ...(t.category ? { category: t.category } : {}),
        ...(to ? { to } : {}),
      },
    });
  }

  /** Tells one counselor only (a transfer to them, a failed delivery in their chat, new risk in their chat). */
  direct(t: Ticket, kind: AlertKind, to: string): void {
    this.console(t, kind, to);
  }

  private async offConsole(t: Ticket, kind: OffConsoleAlert['kind']): Promise<void> {
    if (this.deps.notifiers.length === 0) return;
    const now = this.deps.now();
    const waitingMinutes = Math.max(0, Math.floor((now.getTime() - Date.parse(t.createdAt)) / 60_000));
    const online = this.deps.hub.online().length;
    const level = t.level ? LEVEL_VI[t.level] ?? t.level : 'ưu tiên cao';
    const what = kind === 'overdue' ? `Ca khẩn cấp chưa có ai nhận sau ${waitingMinutes} phút` : 'Có ca cần tư vấn viên';
    const alert: OffConsoleAlert = {
      kind,
      ticketId: t.id,
      priority: t.priority,
      channel: t.channel,
      waitingMinutes,
      counselorsOnline: online,
      summary: `${what} (${level}, kênh ${t.channel}). Tư vấn viên đang trực: ${online}.`,
      at: now.toISOString(),
      ...(t.level ? { level: t.level } : {}),
      ...(t.category ? { category: t.category } : {}),
      ...(this.deps.publicUrl ? { consoleUrl: `${this.deps.publicUrl.replace(/\/$/, '')}/console#/queue/${t.id}` } : {}),
    };
    await notifyAll(this.deps.notifiers, alert, (name, err) =>
      this.deps.logger.error({ notifier: name, ticketId: t.id, err: { name: err instanceof Error ? err.name : 'error', message: err instanceof Error ? err.message : '' } }, 'off-console alert failed'),
    );
  }

  start(intervalMs = ALERT_CHECK_MS): void {
    if (this.timer) return;
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = this.checkOverdue()
        .then(() => undefined)
        .catch((err: unknown) => this.deps.logger.error({ err }, 'overdue check failed'))
        .finally(() => (this.running = undefined));
    }, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
