import type { Logger } from '../logger';
import type { TicketStore } from '../storage/ports/tickets';
import type { TranscriptStore } from '../storage/ports/transcripts';

const DAY_MS = 24 * 60 * 60 * 1000;
/** How often the retention job runs (it is idempotent, so a missed run only delays deletion). */
export const RETENTION_INTERVAL_MS = 60 * 60 * 1000;

/** Something else to prune on the same schedule (channel delivery failures, expired sessions…). */
export interface ExtraPurge {
  name: string;
  /** Deletes what is older than the cut-off of its kind; returns how many. */
  purge(c: { ordinaryBefore: string; safetyBefore: string; now: string }): Promise<number>;
}

export interface RetentionDeps {
  transcripts: Pick<TranscriptStore, 'markSafety' | 'purgeBefore'>;
  tickets: Pick<TicketStore, 'riskConversations' | 'purgeContentBefore'>;
  ordinaryDays: number;
  safetyDays: number;
  now: () => Date;
  logger: Logger;
  extra?: readonly ExtraPurge[];
}

export interface RetentionReport {
  ordinaryBefore: string;
  safetyBefore: string;
  transcripts: { ordinary: number; safety: number };
  tickets: number;
  extra: Record<string, number>;
}

/**
 * S12: transcripts expire by kind — ordinary chats after RETENTION_ORDINARY_DAYS, safety cases after
 * RETENTION_SAFETY_DAYS — and so do the handoff threads and notes (a risk ticket's thread is a safety case).
 * Before purging it re-marks the transcripts of every recent risk conversation as safety, so a conversation
 * whose first message was the risk (logged after the flag was raised) is never purged early.
 */
export class RetentionJob {
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<unknown> | undefined;

  constructor(private readonly deps: RetentionDeps) {}

  async runOnce(): Promise<RetentionReport> {
    const now = this.deps.now();
    const ordinaryBefore = new Date(now.getTime() - this.deps.ordinaryDays * DAY_MS).toISOString();
    const safetyBefore = new Date(now.getTime() - this.deps.safetyDays * DAY_MS).toISOString();
    for (const conversationId of await this.deps.tickets.riskConversations(safetyBefore)) await this.deps.transcripts.markSafety(conversationId);
    const report: RetentionReport = {
      ordinaryBefore,
      safetyBefore,
      transcripts: {
        ordinary: await this.deps.transcripts.purgeBefore('ordinary', ordinaryBefore),
        safety: await this.deps.transcripts.purgeBefore('safety', safetyBefore),
      },
      tickets: await this.deps.tickets.purgeContentBefore({ ordinaryBefore, safetyBefore }),
      extra: {},
    };
    for (const e of this.deps.extra ?? []) report.extra[e.name] = await e.purge({ ordinaryBefore, safetyBefore, now: now.toISOString() });
    this.deps.logger.info({ ...report }, 'retention: expired data deleted');
    return report;
  }

  /** Runs now, then every `intervalMs`. */
  start(intervalMs = RETENTION_INTERVAL_MS): void {
    if (this.timer) return;
    const tick = () => {
      if (this.running) return;
      this.running = this.runOnce()
        .catch((err: unknown) => this.deps.logger.error({ err }, 'retention run failed'))
        .finally(() => (this.running = undefined));
    };
    tick();
    this.timer = setInterval(tick, intervalMs);
    this.timer.unref();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
    await this.running;
  }
}
