/**
 * The one place that knows each platform's messaging-window rules (Chatwoot's MessageWindowService model).
 *
 * Messenger (reference/channels.md §1.6): a Page may answer within 24 h of the user's last message; a
 * *human* agent may answer up to 7 days after it with `messaging_type: MESSAGE_TAG, tag: HUMAN_AGENT`, and
 * only then (never on bot output, never inside 24 h: chatwoot#15887). Messenger sends are free.
 * Zalo (§2.5): "tin tư vấn" may be sent within 7 days of the user's last interaction (-230/-232 after);
 * free within 48 h, billed from 48 h to 7 days. There is no human-only extension on Zalo.
 * Other channels (web, Bot Framework) have no window.
 */

const HOUR_MS = 60 * 60 * 1000;
const DAY_MS = 24 * HOUR_MS;

export const MESSENGER_STANDARD_WINDOW_MS = 24 * HOUR_MS;
export const MESSENGER_HUMAN_AGENT_WINDOW_MS = 7 * DAY_MS;
export const ZALO_WINDOW_MS = 7 * DAY_MS;
export const ZALO_FREE_WINDOW_MS = 48 * HOUR_MS;

export interface WindowQuery {
  channel: string;
  /** Epoch ms of the user's last inbound message/interaction; undefined when never seen. */
  lastInboundAt: number | undefined;
  now: number;
  /** The message is typed by a person (counselor), not produced by the bot. */
  humanAgent?: boolean;
}

export type WindowClosedReason = 'no_inbound' | 'window_closed' | 'human_only';

export interface WindowDecision {
  /** May this message be sent now? */
  allowed: boolean;
  /** Is sending it free of charge? (false on Zalo between 48 h and 7 days.) */
  free: boolean;
  /** Time left for this kind of message (bot or human); 0 when closed; Infinity when the channel has no window. */
  remainingMs: number;
  /** Time left before sends start costing money; Infinity when always free. */
  freeRemainingMs: number;
  /** Messenger only: the tag the send must carry (HUMAN_AGENT between 24 h and 7 days, human messages only). */
  tag?: 'HUMAN_AGENT';
  reason?: WindowClosedReason;
}

const OPEN: WindowDecision = { allowed: true, free: true, remainingMs: Infinity, freeRemainingMs: Infinity };

function closed(reason: WindowClosedReason, free = true): WindowDecision {
  return { allowed: false, free, remainingMs: 0, freeRemainingMs: free ? Infinity : 0, reason };
}

/**
 * Answers "may we send, is it free, how long is left" for one user and one kind of message.
 * Pure: the caller supplies the last inbound time (ChannelContactStore) and the clock.
 */
export class ReplyWindowPolicy {
  decide(q: WindowQuery): WindowDecision {
    if (q.channel === 'messenger') return this.messenger(q);
    if (q.channel === 'zalo') return this.zalo(q);
    return OPEN;
  }

  private messenger(q: WindowQuery): WindowDecision {
    if (q.lastInboundAt === undefined) return closed('no_inbound');
    const elapsed = Math.max(0, q.now - q.lastInboundAt);
    if (elapsed < MESSENGER_STANDARD_WINDOW_MS) {
      const remainingMs = (q.humanAgent ? MESSENGER_HUMAN_AGENT_WINDOW_MS : MESSENGER_STANDARD_WINDOW_MS) - elapsed;
      return { allowed: true, free: true, remainingMs, freeRemainingMs: Infinity };
    }
    if (elapsed >= MESSENGER_HUMAN_AGENT_WINDOW_MS) return closed('window_closed');
    if (!q.humanAgent) return closed('human_only');
    return {
      allowed: true,
      free: true,
      remainingMs: MESSENGER_HUMAN_AGENT_WINDOW_MS - elapsed,
      freeRemainingMs: Infinity,
      tag: 'HUMAN_AGENT',
    };
  }

  private zalo(q: WindowQuery): WindowDecision {
    if (q.lastInboundAt === undefined) return closed('no_inbound', false);
    const elapsed = Math.max(0, q.now - q.lastInboundAt);
    if (elapsed >= ZALO_WINDOW_MS) return closed('window_closed', false);
    const freeRemainingMs = Math.max(0, ZALO_FREE_WINDOW_MS - elapsed);
    return { allowed: true, free: freeRemainingMs > 0, remainingMs: ZALO_WINDOW_MS - elapsed, freeRemainingMs };
  }
}
