import { ActivityTypes, type Activity, type TranscriptLogger } from 'botbuilder';
import type { Logger } from '../logger';
import type { TranscriptStore } from '../storage/ports/transcripts';

const LOGGED_TYPES = new Set<string>([ActivityTypes.Message, ActivityTypes.Event]);

/**
 * Feeds botbuilder's TranscriptLoggerMiddleware into the TranscriptStore: each message in and out, with time
 * and direction. Typing indicators and protocol traffic are not kept.
 */
export class StoreTranscriptLogger implements TranscriptLogger {
  constructor(
    private readonly store: TranscriptStore,
    private readonly logger: Logger,
  ) {}

  async logActivity(activity: Activity): Promise<void> {
    if (!LOGGED_TYPES.has(activity.type)) return;
    if (activity.type === ActivityTypes.Event && activity.name?.startsWith('bdh.') !== true) return;
    const outgoing = activity.from?.role === 'bot';
    const userId = (outgoing ? activity.recipient?.id : activity.from?.id) ?? 'unknown';
    const at = activity.timestamp ? new Date(activity.timestamp).toISOString() : new Date().toISOString();
    try {
      await this.store.append({
        conversationId: activity.conversation.id,
        userId,
        channel: activity.channelId,
        direction: outgoing ? 'out' : 'in',
        type: activity.type,
        ...(activity.text ? { text: activity.text } : {}),
        at,
      });
    } catch (err) {
      this.logger.error({ err, conversationId: activity.conversation.id }, 'transcript write failed');
    }
  }
}
