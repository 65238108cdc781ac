import type { Middleware, TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { DataEraser, ErasureTarget } from './eraser';
import { ERASE_AFTER_TURN } from './markers';

/**
 * Finishes a "delete my data" turn. The deletion dialog erases at once, but the same turn still writes after
 * it: the bot saves user and conversation state at the end of the turn, and botbuilder's
 * TranscriptLoggerMiddleware writes the turn's messages after the bot logic. This middleware runs the eraser
 * once more after all of that. WARNING: add it FIRST in the middleware list (outermost), so its code after
 * `next()` runs after the transcript is flushed and state is saved.
 */
export class ErasureMiddleware implements Middleware {
  constructor(
    private readonly eraser: DataEraser,
    private readonly logger: Logger,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    const target = context.turnState.get<ErasureTarget | undefined>(ERASE_AFTER_TURN);
    if (!target) return;
    try {
      await this.eraser.erase(target);
    } catch (err) {
      this.logger.error({ err, channel: context.activity.channelId }, 'privacy: post-turn erasure failed');
    }
  }
}
