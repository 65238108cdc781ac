import { ActivityTypes, TranscriptLoggerMiddleware, type Activity, type TranscriptLogger, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import { NO_TRANSCRIPT_TURN } from '../privacy/markers';
import { SAFETY_TURN_KEY } from '../safety';
import type { TranscriptEntry, TranscriptStore } from '../storage/ports/transcripts';

const LOGGED_TYPES = new Set<string>([ActivityTypes.Message, ActivityTypes.Event]);

/**
 * Feeds botbuilder's TranscriptLoggerMiddleware into the TranscriptStore: each message in and out, with time
 * and direction. Typing indicators and protocol traffic are not kept. botbuilder hands over a turn's activities
 * one by one in a single synchronous loop; they are gathered and written together (one transaction on SQLite).
 * Conversations whose current turn must not be kept (survey answers, consent choices, a deletion) are skipped;
 * writes are tracked so the turn can wait for them.
 */
export class StoreTranscriptLogger implements TranscriptLogger {
  private readonly skipping = new Set<string>();
  private readonly batches = new Map<string, { entries: TranscriptEntry[]; written: Promise<void> }>();
  private readonly pending = new Map<string, Set<Promise<void>>>();

  constructor(
    private readonly store: TranscriptStore,
    private readonly logger: Logger,
  ) {}

  logActivity(activity: Activity): Promise<void> {
    const conversationId = activity.conversation?.id ?? '';
    if (this.skipping.has(conversationId) || !LOGGED_TYPES.has(activity.type)) return Promise.resolve();
    if (activity.type === ActivityTypes.Event && activity.name?.startsWith('bdh.') !== true) return Promise.resolve();
    const batch = this.batches.get(conversationId);
    if (batch) {
      batch.entries.push(toEntry(activity, conversationId));
      return batch.written;
    }
    const entries = [toEntry(activity, conversationId)];
    // The rest of the turn's activities arrive in the same synchronous loop; write them after it.
    const written = Promise.resolve().then(() => {
      this.batches.delete(conversationId);
      return this.write(entries, conversationId);
    });
    this.batches.set(conversationId, { entries, written });
    this.track(conversationId, written);
    return written;
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

  private track(conversationId: string, write: Promise<void>): void {
    const set = this.pending.get(conversationId) ?? new Set<Promise<void>>();
    set.add(write);
    this.pending.set(conversationId, set);
    void write.finally(() => {
      set.delete(write);
      if (set.size === 0 && this.pending.get(conversationId) === set) this.pending.delete(conversationId);
    });
  }

  private async write(entries: TranscriptEntry[], conversationId: string): Promise<void> {
    try {
      await this.store.appendMany(entries);
    } catch (err) {
      this.logger.error({ err, conversationId }, 'transcript write failed');
    }
  }
}

function toEntry(activity: Activity, conversationId: string): TranscriptEntry {
  const outgoing = activity.from?.role === 'bot';
  return {
    conversationId,
    userId: (outgoing ? activity.recipient?.id : activity.from?.id) ?? 'unknown',
    channel: activity.channelId,
    direction: outgoing ? 'out' : 'in',
    type: activity.type,
    ...(activity.text ? { text: activity.text } : {}),
    at: activity.timestamp ? new Date(activity.timestamp).toISOString() : new Date().toISOString(),
  };
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
