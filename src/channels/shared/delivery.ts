import type { ResourceResponse } from 'botbuilder';
import type { Logger } from 'pino';
import type { OutboxItem } from '../../storage/ports/channel-outbox';
import type { DeliveryFailure } from '../../storage/ports/channel-failures';
import type { ReplyWindowPolicy, WindowDecision } from '../reply-window';
import { asSendError, failureCodeOf, WindowClosedError, type ChannelSendError } from './errors';
import type { ChannelStores } from './stores';

/** One platform message on its way to one user. `body` is channel-specific and JSON-serialisable. */
export interface Outbound<T> {
  conversationId: string;
  userId: string;
  /** Typed by a counselor (channelData.humanAgent): decides the Messenger HUMAN_AGENT tag. */
  humanAgent: boolean;
  body: T;
  /** Typing indicators: skipped silently outside the window, never queued or recorded. */
  ephemeral?: boolean;
}

/** The platform call itself. Returns the platform message id; throws ChannelSendError. */
export interface ChannelTransport<T> {
  readonly channel: string;
  send(out: Outbound<T>, decision: WindowDecision): Promise<string>;
}

export const OUTBOX_MAX_ATTEMPTS = 8;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_MAX_MS = 5 * 60 * 1000;

/** Exponential backoff with ±20 % jitter: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function backoffMs(attempts: number): number {
  const base = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** Math.max(0, attempts - 1));
  return Math.round(base * (0.8 + Math.random() * 0.4));
}

export interface DeliveryOptions<T> {
  transport: ChannelTransport<T>;
  stores: Pick<ChannelStores, 'outbox' | 'contacts' | 'failures'>;
  policy: ReplyWindowPolicy;
  clock: () => number;
  logger: Logger;
  onFailure?: (failure: DeliveryFailure) => void;
}

/**
 * Sends one channel's messages with the window policy applied first, failures recorded for the handoff
 * layer, and retryable failures parked in the outbox (keeping each conversation's order).
 */
export class Delivery<T> {
  constructor(private readonly o: DeliveryOptions<T>) {}

  get channel(): string {
    return this.o.transport.channel;
  }

  /** The window for one user now (for a bot message, or a counselor's when `humanAgent`). */
  async windowFor(userId: string, humanAgent: boolean): Promise<WindowDecision> {
    const contact = await this.o.stores.contacts.get(this.channel, userId);
    return this.o.policy.decide({
      channel: this.channel,
      lastInboundAt: contact?.lastInboundAt,
      now: this.o.clock(),
      humanAgent,
    });
  }

  /** Sends now, or queues behind earlier unsent messages; throws (after recording) on final failures. */
  async deliver(out: Outbound<T>): Promise<ResourceResponse> {
    const decision = await this.windowFor(out.userId, out.humanAgent);
    if (!decision.allowed) {
      if (out.ephemeral) return { id: '' };
      const err = new WindowClosedError(this.channel, undefined, `reply window closed (${decision.reason ?? 'closed'})`);
      await this.recordFailure(out, err, false);
      throw err;
    }
    if (!out.ephemeral && (await this.o.stores.outbox.hasPending(this.channel, out.conversationId))) {
      await this.park(out, 0, 'queued behind earlier messages');
      return { id: '' };
    }
    try {
      return { id: await this.o.transport.send(out, decision) };
    } catch (e) {
      const err = asSendError(e, this.channel);
      if (out.ephemeral) return { id: '' };
      if (err.retryable) {
        await this.park(out, 1, err.message);
        return { id: '' };
      }
      await this.recordFailure(out, err, false);
      throw err;
    }
  }

  /** One outbox retry: sent → removed; retryable → rescheduled; final or budget spent → recorded, removed. */
  async retry(item: OutboxItem): Promise<boolean> {
    const out: Outbound<T> = {
      conversationId: item.conversationId,
      userId: item.userId,
      humanAgent: item.humanAgent,
      body: JSON.parse(item.payload) as T,
    };
    const decision = await this.windowFor(out.userId, out.humanAgent);
    try {
      if (!decision.allowed) throw new WindowClosedError(this.channel, undefined, 'reply window closed while queued');
      await this.o.transport.send(out, decision);
      await this.o.stores.outbox.remove(item.id);
      return true;
    } catch (e) {
      const err = asSendError(e, this.channel);
      const attempts = item.attempts + 1;
      if (err.retryable && attempts < OUTBOX_MAX_ATTEMPTS) {
        await this.o.stores.outbox.reschedule(item.id, this.o.clock() + backoffMs(attempts), attempts, err.message);
        return false;
      }
      await this.recordFailure(out, err, err.retryable);
      await this.o.stores.outbox.remove(item.id);
      return false;
    }
  }

  private async park(out: Outbound<T>, attempts: number, reason: string): Promise<void> {
    const now = this.o.clock();
    await this.o.stores.outbox.add({
      channel: this.channel,
      conversationId: out.conversationId,
      userId: out.userId,
      payload: JSON.stringify(out.body),
      humanAgent: out.humanAgent,
      createdAt: now,
      nextAttemptAt: attempts === 0 ? now : now + backoffMs(attempts),
      attempts,
      lastError: reason,
    });
    this.o.logger.warn({ conversationId: out.conversationId, reason }, 'message parked in outbox');
  }

  private async recordFailure(out: Outbound<T>, err: ChannelSendError, gaveUp: boolean): Promise<void> {
    const code = failureCodeOf(err, gaveUp);
    const failure: DeliveryFailure = {
      channel: this.channel,
      conversationId: out.conversationId,
      userId: out.userId,
      at: new Date(this.o.clock()).toISOString(),
      code,
      reasonKey: `channels:failure.${code}`,
      ...(err.platformCode !== undefined ? { platformCode: err.platformCode } : {}),
      humanAgent: out.humanAgent,
    };
    const level = code === 'bad_token' ? 'error' : 'warn';
    this.o.logger[level]({ conversationId: out.conversationId, code, platformCode: err.platformCode }, 'message not delivered');
    try {
      await this.o.stores.failures.record(failure);
      this.o.onFailure?.(failure);
    } catch (e) {
      this.o.logger.error({ err: e }, 'could not record delivery failure');
    }
  }
}
