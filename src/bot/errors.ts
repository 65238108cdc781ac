import { randomUUID } from 'node:crypto';
import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { Logger } from '../logger';
import type { BotServices } from './services';
import { turnT } from './turn';

/**
 * The one turn-error handler every adapter uses: logs with a correlation id (never the message text),
 * apologises in the user's language, and resets the dialog stack so the next message starts clean.
 * Stored safety flags and handoff tickets live in their own stores and are never touched here.
 */
export function createOnTurnError(services: Pick<BotServices, 'i18n' | 'state' | 'logger'>) {
  const log: Logger = services.logger.child({ module: 'bot:error' });
  return async (context: TurnContext, error: Error): Promise<void> => {
    const correlationId = randomUUID();
    log.error(
      { err: error, correlationId, channel: context.activity.channelId, conversationId: context.activity.conversation?.id },
      'unhandled error in turn',
    );
    try {
      const t = turnT(context, services.i18n);
      await context.sendActivity({ type: ActivityTypes.Message, text: t('common:error.apology') });
    } catch (sendErr) {
      log.error({ err: sendErr, correlationId }, 'could not send the apology');
    }
    try {
      await services.state.dialogState.delete(context);
      await services.state.conversationState.saveChanges(context, true);
    } catch (resetErr) {
      log.error({ err: resetErr, correlationId }, 'could not reset the dialog stack');
    }
  };
}
