import type { Activity, ConversationReference, TurnContext } from 'botbuilder';
import type { WindowDecision } from '../channels/reply-window';
import { ChannelSendError, failureCodeOf } from '../channels/shared/errors';
import type { Ticket, ThreadStatus } from '../storage/ports/tickets';
import type { WindowState } from './events';
import { sendNotice, setRelayStamp } from './turn-keys';

/** Any botbuilder adapter that can run a proactive turn (CloudAdapter, WebAdapter, Messenger, Zalo). */
export interface RelayAdapter {
  continueConversationAsync(
    botAppIdOrClaims: string,
    reference: Partial<ConversationReference>,
    logic: (context: TurnContext) => Promise<void>,
  ): Promise<void>;
}

/** One channel's way back to the teen, plus its reply-window rule when it has one. */
export interface RelayTarget {
  adapter: RelayAdapter;
  /** Bot app id for CloudAdapter (empty for the Emulator and the custom channels). */
  botAppId?: string;
  /** The channel's ReplyWindowPolicy answer for this user (Messenger, Zalo). */
  windowFor?(userId: string, humanAgent: boolean): Promise<WindowDecision>;
}

/** How one message to the teen went. `retrying` = parked in the channel outbox (rate limit, outage). */
export interface SendOutcome {
  status: Extract<ThreadStatus, 'sent' | 'retrying' | 'failed' | 'blocked'>;
  failureCode?: string;
  platformCode?: string;
}

/** The ticket's channel has no registered adapter, or the ticket has no conversation reference. */
export class RelayError extends Error {
  override readonly name = 'RelayError';
  constructor(readonly code: 'no_channel' | 'no_reference') {
    super(code === 'no_channel' ? 'no adapter is registered for this channel' : 'the ticket has no conversation reference');
  }
}

const OPEN_WINDOW: WindowState = { allowed: true, free: true, remainingMs: null, freeRemainingMs: null, humanAgentTag: false };

const finite = (n: number): number | null => (Number.isFinite(n) ? Math.max(0, Math.round(n)) : null);

/** A window decision as JSON (Infinity → null). */
export function toWindowState(d: WindowDecision): WindowState {
  return {
    allowed: d.allowed,
    free: d.free,
    remainingMs: finite(d.remainingMs),
    freeRemainingMs: finite(d.freeRemainingMs),
    humanAgentTag: d.tag === 'HUMAN_AGENT',
    ...(d.reason ? { reason: d.reason } : {}),
  };
}

function failureOf(err: unknown): SendOutcome {
  if (err instanceof RelayError) return { status: 'failed', failureCode: err.code };
  if (err instanceof ChannelSendError) {
    return { status: 'failed', failureCode: failureCodeOf(err, false), ...(err.platformCode ? { platformCode: err.platformCode } : {}) };
  }
  return { status: 'failed', failureCode: 'rejected' };
}

/**
 * Sends through the teen's own channel with the adapter's `continueConversationAsync`: the counselor's
 * messages (marked `channelData.humanAgent`, which is what decides Messenger's HUMAN_AGENT tag, and only
 * inside its 24 h–7 d band) and the handoff's notices. Every proactive turn passes the same middleware, the
 * gate included. Errors never escape into the adapter's onTurnError (which would apologise to the teen).
 */
export class ChannelRelay {
  private readonly targets = new Map<string, RelayTarget>();
  private fallback: RelayTarget | undefined;

  register(channelId: string, target: RelayTarget): void {
    this.targets.set(channelId, target);
  }

  /** The adapter for Bot Framework channels (Emulator, Teams…) that have no target of their own. */
  setFallback(target: RelayTarget): void {
    this.fallback = target;
  }

  private target(channel: string): RelayTarget | undefined {
    return this.targets.get(channel) ?? this.fallback;
  }

  /** The counselor's reply window for a ticket now: may a person still write, is it free, how long is left. */
  async window(ticket: Pick<Ticket, 'channel' | 'userId'>): Promise<WindowState> {
    const target = this.targets.get(ticket.channel);
    if (!target?.windowFor) return OPEN_WINDOW;
    return toWindowState(await target.windowFor(ticket.userId, true));
  }

  /** Runs `work` in a proactive turn of the ticket's conversation; rethrows what `work` threw. */
  async run(ticket: Pick<Ticket, 'channel' | 'reference'>, work: (ctx: TurnContext) => Promise<void>): Promise<void> {
    const target = this.target(ticket.channel);
    if (!target) throw new RelayError('no_channel');
    if (!ticket.reference) throw new RelayError('no_reference');
    const reference = JSON.parse(ticket.reference) as Partial<ConversationReference>;
    let failure: { error: unknown } | undefined;
    await target.adapter.continueConversationAsync(target.botAppId ?? '', reference, async (ctx) => {
      try {
        await work(ctx);
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw failure.error;
  }

  /** Sends a counselor's typed message. Never throws for delivery problems: they come back as the outcome. */
  async sendAsCounselor(ticket: Ticket, counselorId: string, text: string): Promise<SendOutcome> {
    let outcome: SendOutcome = { status: 'blocked' };
    try {
      await this.run(ticket, async (ctx) => {
        setRelayStamp(ctx, { ticketId: ticket.id, counselorId });
        const res = await ctx.sendActivity({ type: 'message', text, channelData: { humanAgent: true } });
        outcome = res === undefined ? { status: 'blocked' } : { status: res.id ? 'sent' : 'retrying' };
      });
    } catch (err) {
      outcome = failureOf(err);
    }
    return outcome;
  }

  /**
   * Sends the handoff's own (automated) messages: never tagged HUMAN_AGENT, so outside 24 h on Messenger they
   * fail (and say so). In the same turn of the teen's conversation, `before` may decide that nothing is sent
   * (it answers false: outcome `blocked`), and `after` runs once they went out.
   */
  async sendNotices(
    ticket: Ticket,
    activities: Partial<Activity>[],
    turn: { before?: (ctx: TurnContext) => Promise<boolean>; after?: (ctx: TurnContext) => Promise<void> } = {},
  ): Promise<SendOutcome> {
    let outcome: SendOutcome = { status: 'sent' };
    try {
      await this.run(ticket, async (ctx) => {
        if (turn.before && !(await turn.before(ctx))) {
          outcome = { status: 'blocked' };
          return;
        }
        try {
          await sendNotice(ctx, activities);
        } catch (err) {
          outcome = failureOf(err);
        }
        await turn.after?.(ctx);
      });
    } catch (err) {
      outcome = failureOf(err);
    }
    return outcome;
  }
}
