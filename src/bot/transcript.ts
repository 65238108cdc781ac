import { ActivityTypes, TranscriptLoggerMiddleware, type Activity, type TranscriptLogger, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { NO_TRANSCRIPT_TURN } from '../privacy/markers';
import { SAFETY_TURN_KEY } from '../safety';
import type { TranscriptStore } from '../storage/ports/transcripts';

const LOGGED_TYPES = new Set<string>([ActivityTypes.Message, ActivityTypes.Event]);

/**
 * Feeds botbuilder's TranscriptLoggerMiddleware into the TranscriptStore: each message in and out, with time
 * and direction. Typing indicators and protocol traffic are not kept. Conversations whose current turn must
 * not be kept (survey answers, consent choices, a deletion) are skipped; writes are tracked so the turn can
 * wait for them.
 */
export class StoreTranscriptLogger implements TranscriptLogger {
  private readonly skipping = new Set<string>();
  private readonly pending = new Map<string, Set<Promise<void>>>();

  constructor(
    private readonly store: TranscriptStore,
    private readonly logger: Logger,
  ) {}

  logActivity(activity: Activity): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    if (this.skipping.has(conversationId) || !LOGGED_TYPES.has(activity.type)) return Promise.resolve();
    if (activity.type === ActivityTypes.Event && activity.name?.startsWith('bdh.') !== true) return Promise.resolve();
    const write = this.write(activity, conversationId);
    const set = this.pending.get(conversationId) ?? new Set<Promise<void>>();
    set.add(write);
    this.pending.set(conversationId, set);
    void write.finally(() => {
      set.delete(write);
      if (set.size === 0 && this.pending.get(conversationId) === set) this.pending.delete(conversationId);
    });
    return write;
  }

  /** While set, activities of the conversation are not kept (the flush of one turn). */
  skip(conversationId: string, on: boolean): void {
    if (on) this.skipping.add(conversationId);
    else this.skipping.delete(conversationId);
  }

  /** Resolves when every write of the conversation started so far has finished. */
  async settle(conversationId: string): Promise<void> {
    await Promise.allSettled([...(this.pending.get(conversationId) ?? [])]);
  }

  private async write(activity: Activity, conversationId: string): Promise<void> {
    const outgoing = activity.from?.role === 'bot';
    const userId = (outgoing ? activity.recipient?.id : activity.from?.id) ?? 'unknown';
    const at = activity.timestamp ? new Date(activity.timestamp).toISOString() : new Date().toISOString();
    try {
      await this.store.append({
        conversationId,
        userId,
        channel: activity.channelId,
        direction: outgoing ? 'out' : 'in',
        type: activity.type,
        ...(activity.text ? { text: activity.text } : {}),
        at,
      });
    } catch (err) {
      this.logger.error({ err, conversationId }, 'transcript write failed');
    }
  }
}

/**
 * botbuilder's TranscriptLoggerMiddleware, with two additions: a turn marked NO_TRANSCRIPT_TURN (and not a safety
 * turn: what triggered a risk flag is always kept for the counselor) leaves no transcript, and the turn ends only
 * when its transcript writes have finished (so "delete my data" after the turn, or a shutdown, never races them).
 */
export class TranscriptMiddleware extends TranscriptLoggerMiddleware {
  constructor(private readonly transcripts: StoreTranscriptLogger) {
    super(transcripts);
  }

  override async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    const conversationId = context.activity.conversation?.id ?? '';
    try {
      await super.onTurn(context, async () => {
        await next();
        // botbuilder flushes the turn's activities right after this returns, synchronously.
        const keep = !context.turnState.get(NO_TRANSCRIPT_TURN) || context.turnState.get(SAFETY_TURN_KEY) !== undefined;
        this.transcripts.skip(conversationId, !keep);
      });
    } finally {
      this.transcripts.skip(conversationId, false);
    }
    await this.transcripts.settle(conversationId);
  }
}
